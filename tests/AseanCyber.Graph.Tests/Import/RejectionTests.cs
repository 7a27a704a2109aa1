using AseanCyber.Graph.Import;
using static AseanCyber.Graph.Tests.Import.ImportTestData;

namespace AseanCyber.Graph.Tests.Import;

/// <summary>A text that is not a profile page is rejected with the line that shows it.</summary>
public sealed class RejectionTests
{
    private static ProfileFormatException RejectFixture(string name) => Rejection(ReadFixture(name));

    [Fact]
    public void An_empty_text_is_rejected_at_line_1()
    {
        var error = RejectFixture("reject-empty.txt");
        Assert.Equal(1, error.Line);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("line 1: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \n")]
    [InlineData("\uFEFF")]
    public void Blank_texts_are_rejected_at_line_1(string text)
    {
        Assert.Equal(1, Rejection(text).Line);
    }

    [Fact]
    public void A_missing_Last_Updated_line_is_rejected_at_line_2_saying_what_was_found()
    {
        var error = RejectFixture("reject-no-last-updated.txt");
        Assert.Equal(2, error.Line);
        Assert.Equal("expected 'Last Updated: <Month YYYY>' after the profile's name, found 'Policy'", error.Reason);
    }

    [Theory]
    [InlineData("ASEAN\nLast Updated: soon\nPolicy")]
    [InlineData("ASEAN\nLast Updated:\nPolicy")]
    [InlineData("ASEAN\nUpdated November 2018\nPolicy")]
    [InlineData("ASEAN\nLast Updated: 2018-11\nPolicy")]
    public void A_malformed_Last_Updated_line_is_rejected_at_line_2(string text)
    {
        Assert.Equal(2, Rejection(text).Line);
    }

    [Fact]
    public void A_name_alone_is_rejected_at_line_2()
    {
        var error = Rejection("Association of Southeast Asian Nations (ASEAN)\n");
        Assert.Equal(2, error.Line);
        Assert.Contains("found the end of the text", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_any_section_heading_is_rejected_at_its_first_content_line()
    {
        var error = RejectFixture("reject-no-sections.txt");
        Assert.Equal(3, error.Line);
        Assert.Contains("section heading", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_anything_after_it_is_rejected_after_the_last_line()
    {
        Assert.Equal(3, Rejection("Viet Nam\nLast Updated: May 2019\n").Line);
    }

    [Fact]
    public void Random_prose_is_rejected_at_line_1()
    {
        var error = RejectFixture("reject-prose.txt");
        Assert.Equal(1, error.Line);
        Assert.Contains("does not look like a profile page", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_heading_first_is_rejected_at_line_1()
    {
        Assert.Equal(1, Rejection("Policy\nLast Updated: May 2019\nStructure").Line);
    }

    [Fact]
    public void Binary_data_is_rejected_at_the_line_of_the_first_control_character()
    {
        var error = Rejection("Viet Nam\nLast Updated: May 2019\nPolicy\n\u0000\u0001\u0002PK\u0003\u0004");
        Assert.Equal(4, error.Line);
        Assert.Contains("binary", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Leading_blank_lines_keep_the_original_numbering()
    {
        var error = Rejection("\n\nViet Nam\nPolicy");
        Assert.Equal(4, error.Line);
    }
}
