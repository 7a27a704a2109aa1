using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;

namespace AseanCyber.Graph.Tests.Import;

public sealed class TitleParserTests
{
    private static (ParsedTitle Title, List<string> Warnings) Parse(string line)
    {
        var warnings = new List<string>();
        return (TitleParser.Parse(line, ReferenceData.Default, warnings.Add), warnings);
    }

    [Theory]
    [InlineData("(in progress) Japan-ASEAN Cybersecurity Policy Handbook", "Japan-ASEAN Cybersecurity Policy Handbook", EntryStatus.InProgress)]
    [InlineData("(proposed) Creation of National Security Operations Centres (SOC)", "Creation of National Security Operations Centres (SOC)", EntryStatus.Proposed)]
    [InlineData("(In Progress) National Strategy", "National Strategy", EntryStatus.InProgress)]
    [InlineData("National Strategy", "National Strategy", null)]
    public void Status_prefixes(string line, string title, EntryStatus? status)
    {
        var (parsed, warnings) = Parse(line);
        Assert.Equal(title, parsed.Title);
        Assert.Equal(status, parsed.Status);
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("ASEAN-Japan Information Security Policy Meetings (10th edition), to be renamed", 10)]
    [InlineData("ASEAN Telecommunications and Information Technology Ministers Meeting (TELMIN), 16th edition (Bandar Seri Begawan, Brunei Darussalam)", 16)]
    [InlineData("ASEAN Ministerial Conference on Cybersecurity, Third Edition", 3)]
    [InlineData("Regional Forum, twentieth edition", 20)]
    [InlineData("Regional Forum (First Edition)", 1)]
    [InlineData("ASEAN-Japan 2nd Cybercrime Dialogue", 2)]
    [InlineData("Second Regional Cyber Forum", 2)]
    [InlineData("Cybersecurity Act 2018", null)]
    [InlineData("CIIP Guidelines, 9th ASEAN-Japan Information Security Policy Meeting", null)]
    [InlineData("Second Meeting on Cyber Norms", 2)]
    public void Editions_are_read_from_the_word_edition_or_an_ordinal_in_the_title(string line, int? edition)
    {
        Assert.Equal(edition, Parse(line).Title.Edition);
    }

    [Fact]
    public void A_trailing_place_leaves_the_title_and_a_middle_acronym_stays()
    {
        var (parsed, warnings) = Parse("ASEAN Telecommunications and Information Technology Ministers Meeting (TELMIN), 16th edition (Bandar Seri Begawan, Brunei Darussalam)");
        Assert.Equal("ASEAN Telecommunications and Information Technology Ministers Meeting (TELMIN), 16th edition", parsed.Title);
        Assert.Equal("TELMIN", parsed.Acronym);
        var place = Assert.Single(parsed.Places);
        Assert.Equal(("Bandar Seri Begawan", "BN", "(Bandar Seri Begawan, Brunei Darussalam)"), (place.Place?.Name, place.Country.Code, place.Evidence));
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("Workshop (Bangkok)", "Bangkok", "TH")]
    [InlineData("Workshop (Singapore)", "Singapore", "SG")]
    [InlineData("Workshop (Hoi An City, Quang Nam Province, Viet Nam)", "Hoi An", "VN")]
    [InlineData("Workshop (Nusa Dua, Bali, Indonesia)", "Nusa Dua", "ID")]
    [InlineData("Workshop (Ho Chi Minh City)", "Ho Chi Minh City", "VN")]
    [InlineData("Workshop (Viet Nam)", null, "VN")]
    [InlineData("Workshop (Lao PDR)", null, "LA")]
    public void Places_in_trailing_parentheses(string line, string? city, string code)
    {
        var (parsed, warnings) = Parse(line);
        Assert.Equal("Workshop", parsed.Title);
        var place = Assert.Single(parsed.Places);
        Assert.Equal(city, place.Place?.Name);
        Assert.Equal(code, place.Country.Code);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_place_in_the_middle_stays_in_the_title_but_is_linked_and_masked_for_partners()
    {
        var (parsed, _) = Parse("Meeting (Bangkok), 5th edition");
        Assert.Equal("Meeting (Bangkok), 5th edition", parsed.Title);
        Assert.Equal(5, parsed.Edition);
        Assert.Equal("Bangkok", Assert.Single(parsed.Places).Place?.Name);
        Assert.DoesNotContain("Bangkok", parsed.TextForMentions, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Strategy (not published)")]
    [InlineData("Strategy (2016-2020)")]
    [InlineData("Strategy (draft)")]
    public void Lower_case_and_numeric_notes_stay_silently(string line)
    {
        var (parsed, warnings) = Parse(line);
        Assert.Equal(line, parsed.Title);
        Assert.Empty(parsed.Places);
        Assert.Null(parsed.Acronym);
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("Strategy (Working Draft)", "'(Working Draft)' is not a known place, acronym or edition; kept in the title")]
    [InlineData("Strategy (Draft", "unbalanced parentheses in the title 'Strategy (Draft'; kept as printed")]
    [InlineData("Strategy Draft)", "unbalanced parentheses in the title 'Strategy Draft)'; kept as printed")]
    [InlineData("Summit (Bangkok, Japan)", "'(Bangkok, Japan)' names Bangkok, which is in Thailand, but also Japan; linked to Thailand")]
    public void Quirks_warn(string line, string warning)
    {
        var (_, warnings) = Parse(line);
        Assert.Equal([warning], warnings);
    }

    [Fact]
    public void The_first_all_caps_parenthetical_is_the_acronym()
    {
        var (parsed, _) = Parse("ASEAN Cyber Capacity Programme (ACCP) with the Computer Emergency Response Team (CERT)");
        Assert.Equal("ACCP", parsed.Acronym);
    }
}
