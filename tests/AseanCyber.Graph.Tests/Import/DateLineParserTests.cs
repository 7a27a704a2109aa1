using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Tests.Import;

public sealed class DateLineParserTests
{
    [Theory]
    [InlineData("2015", "2015", null, DatePrecision.Year, null)]
    [InlineData("October 2017", "2017-10", null, DatePrecision.Month, null)]
    [InlineData("20 October 2016", "2016-10-20", null, DatePrecision.Day, null)]
    [InlineData("10-11 October 2017", "2017-10-10", "2017-10-11", DatePrecision.Day, null)]
    [InlineData("10 - 11 October 2017", "2017-10-10", "2017-10-11", DatePrecision.Day, null)]
    [InlineData("November 2017 (announced)", "2017-11", null, DatePrecision.Month, "announced")]
    [InlineData("(approved on) 16 June 2009", "2009-06-16", null, DatePrecision.Day, "approved on")]
    [InlineData("30 September - 2 October 2017", "2017-09-30", "2017-10-02", DatePrecision.Day, null)]
    [InlineData("30 December 2016 - 2 January 2017", "2016-12-30", "2017-01-02", DatePrecision.Day, null)]
    [InlineData("September 2016 - March 2017", "2016-09", "2017-03", DatePrecision.Month, null)]
    [InlineData("September - October 2017", "2017-09", "2017-10", DatePrecision.Month, null)]
    [InlineData("2016-2020", "2016", "2020", DatePrecision.Year, null)]
    [InlineData("14–16 September 2016", "2016-09-14", "2016-09-16", DatePrecision.Day, null)]
    [InlineData("1st March 2017", "2017-03-01", null, DatePrecision.Day, null)]
    [InlineData("Sept. 2017", "2017-09", null, DatePrecision.Month, null)]
    [InlineData("29 February 2016", "2016-02-29", null, DatePrecision.Day, null)]
    [InlineData("May 23, 2018", "2018-05-23", null, DatePrecision.Day, null)]
    [InlineData("May 23-25, 2018", "2018-05-23", "2018-05-25", DatePrecision.Day, null)]
    [InlineData("2018/2019", "2018", "2019", DatePrecision.Year, null)]
    [InlineData("June–July 2018", "2018-06", "2018-07", DatePrecision.Month, null)]
    public void Single_expressions(string line, string start, string? end, DatePrecision precision, string? note)
    {
        Assert.True(DateLineParser.TryParse(line, out var spans));
        Assert.Equal(new DateSpan(line, start, end, precision, note), Assert.Single(spans));
    }

    [Fact]
    public void Several_expressions_separated_by_semicolons()
    {
        Assert.True(DateLineParser.TryParse("1-2 March 2017; 27 March 2014 (first dialogue)", out var spans));
        Assert.Equal(
            [
                new DateSpan("1-2 March 2017", "2017-03-01", "2017-03-02", DatePrecision.Day, null),
                new DateSpan("27 March 2014 (first dialogue)", "2014-03-27", null, DatePrecision.Day, "first dialogue"),
            ],
            spans);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ASEAN ICT Masterplan 2020")]
    [InlineData("Revision of the 2015 guidelines")]
    [InlineData("Established on 10 October 2017")]
    [InlineData("10 October 2017 by the government")]
    [InlineData("May")]
    [InlineData("10 October")]
    [InlineData("31 February 2017")]
    [InlineData("29 February 2017")]
    [InlineData("32 March 2017")]
    [InlineData("10 2017")]
    [InlineData("2016 - March 2017")]
    [InlineData("10 - October 2017")]
    [InlineData("1-2 March 2017;")]
    [InlineData("2017 (announced")]
    [InlineData("2017 ()")]
    [InlineData("1. Economic Development")]
    [InlineData("20000")]
    [InlineData("1850")]
    [InlineData("(in progress) Japan-ASEAN Cybersecurity Policy Handbook")]
    [InlineData("May 23")]
    [InlineData("May 32, 2018")]
    [InlineData("February 28-30, 2018")]
    [InlineData("10/2018")]
    [InlineData("Spring 2018")]
    public void Lines_that_are_not_only_dates(string line)
    {
        Assert.False(DateLineParser.TryParse(line, out var spans));
        Assert.Empty(spans);
    }

    [Theory]
    [InlineData("November 2018", "2018-11")]
    [InlineData("12 November 2018", "2018-11-12")]
    public void Last_updated_points(string text, string iso)
    {
        Assert.True(DateLineParser.TryParsePoint(text, out var span));
        Assert.Equal(iso, span.Start);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("2016-2018")]
    [InlineData("November 2018 (announced)")]
    public void Last_updated_rejects_ranges_and_notes(string text)
    {
        Assert.False(DateLineParser.TryParsePoint(text, out _));
    }

    [Theory]
    [InlineData("Spring 2018", true)]
    [InlineData("Q3 2019", true)]
    [InlineData("mid-2017", true)]
    [InlineData("end of 2016", true)]
    [InlineData("2018", false)]
    [InlineData("Computer Crimes Act 2003", false)]
    [InlineData("Agenda 2063", false)]
    [InlineData("Spring meeting", false)]
    public void Lines_meant_as_dates_that_the_parser_does_not_read(string line, bool expected)
    {
        Assert.Equal(expected, DateLineParser.LooksLikeDate(line));
    }
}
