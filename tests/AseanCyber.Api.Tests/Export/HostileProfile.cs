using AseanCyber.Graph.Model;

namespace AseanCyber.Api.Tests.Export;

/// <summary>
/// A profile document whose every text is hostile to some export format: quotes of both kinds, backslashes (also before
/// n, u and quotes), newlines, CR LF, tabs, comment openers and closers (<c>*/</c>, <c>/*</c>, <c>//</c>), semicolons,
/// backticks, non-Latin letters, an astral character, a right-to-left override, a line separator, cells a spreadsheet
/// would run (<c>=cmd|' /C calc'!A0</c>, <c>+</c>, <c>-</c>, <c>@</c>, a leading tab, a leading quote), an empty text
/// and empty lists. The importer never makes most of these (it reads one line per value), so the document is built
/// here and imported through the store port as the importer's output would be.
/// </summary>
internal static class HostileProfile
{
    public const string Id = "profile:hostile";

    /// <summary>The spreadsheet formula of the OWASP CSV injection page, as an evidence text.</summary>
    public const string Formula = "=cmd|' /C calc'!A0";

    public static ProfileDocument Document { get; } = Build();

    private static ProfileDocument Build()
    {
        var country = new Country("XQ", "XQZ", "Côte d'\"Ivoire\" \\ */ // 🙂");
        var profile = new Profile(Id, "Hostile \"profile\" 'quoted' \\ back\\slash;", "=HOST()", "2026-01", "hostile.txt", [country]);
        var body = new Body("body:hostile:quotes", "Ministry of 'Quotes' and \"Doubles\" \\' \\\" \\n \\u0041 */ /* // ;");
        var theme = new Theme("theme:hostile", "+Theme with\ttab, newline\nand CR LF\r\nend");
        var place = new Place("place:hostile", "@Place Ñoño 東京 \u202Eevil\u202C", country);
        var organization = new Organization("organization:hostile", "-Org `backtick` ``double`` '", "'=SUM(A1:A9)");
        var first = new Entry(
            "entry:hostile:one",
            Id,
            EntryKind.Meeting,
            "Cooperation",
            "Meetings, \"quoted\"",
            "Title with 'single' \"double\" \\n literal and a real\nnewline",
            EntryStatus.Proposed,
            3,
            "\tACR",
            "Description */ MATCH (n) DETACH DELETE n; // \r\nline separator\u2028after",
            [Formula, "item, with comma", "\"quoted\" item", "", "back\\slash"],
            [new DateSpan("1-3 May 2026", "2026-05-01", "2026-05-03", DatePrecision.Day, "note 'x' \"y\"")],
            new SourceSpan("hostile.txt", 3, 7));
        var second = new Entry(
            "entry:hostile:two",
            Id,
            EntryKind.Other,
            "Policy",
            "",
            "-",
            null,
            null,
            null,
            null,
            [],
            [],
            new SourceSpan("hostile.txt", 8, 8));
        var links = new EntryLinks(
            [new BodyLink(body, Formula, 4)],
            [new Involvement(country, InvolvementRole.Partner, "-2+3 with \"quotes\" and 'apostrophes'", 5)],
            [new PlaceLink(place, "@SUM(1)", 6)],
            [new ThemeLink(theme, ["\tterm with a leading tab", "=\"quoted\" term"], 0.51, true, 6)],
            [new OrganizationLink(organization, "evidence `backtick` \\ ends with a backslash \\", 7)]);
        return new ProfileDocument(
            profile,
            [new ImportedEntry(first, links), new ImportedEntry(second, EntryLinks.Empty)],
            [],
            "A hostile page: its entries were written by hand.\n");
    }
}
