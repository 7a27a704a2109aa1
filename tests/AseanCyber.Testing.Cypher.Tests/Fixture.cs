namespace AseanCyber.Testing.Cypher.Tests;

/// <summary>Import parameters shaped as Neo4jMapping shapes them, for two small profiles.</summary>
internal static class Fixture
{
    internal sealed record Profile(string Id, Dictionary<string, object?> Properties, List<object?> Members, List<Dictionary<string, object?>> Entries);

    private static Dictionary<string, object?> Country(string code, string code3, string name, int ordinal = 0) => new(StringComparer.Ordinal)
    {
        ["id"] = "country:" + code,
        ["code"] = code,
        ["code3"] = code3,
        ["name"] = name,
        ["ordinal"] = ordinal,
    };

    private static Dictionary<string, object?> Link(string id, string name, int ordinal, int line) => new(StringComparer.Ordinal)
    {
        ["id"] = id,
        ["name"] = name,
        ["evidence"] = "about " + name,
        ["line"] = line,
        ["ordinal"] = ordinal,
    };

    private static Dictionary<string, object?> Entry(
        string profileId,
        string id,
        string kind,
        string title,
        int firstLine,
        int ordinal,
        int? year,
        List<object?>? bodies = null,
        List<object?>? involvements = null,
        List<object?>? places = null,
        List<object?>? themes = null,
        List<object?>? organizations = null) => new(StringComparer.Ordinal)
        {
            ["kind"] = kind,
            ["properties"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = id,
                ["profileId"] = profileId,
                ["kind"] = kind,
                ["section"] = "S",
                ["category"] = null,
                ["title"] = title,
                ["status"] = null,
                ["edition"] = null,
                ["acronym"] = null,
                ["description"] = title + " description",
                ["items"] = new List<string> { "one", "two" },
                ["dates"] = "[]",
                ["dateStart"] = year is null ? null : $"{year}-01-01",
                ["year"] = year,
                ["document"] = "doc.md",
                ["firstLine"] = firstLine,
                ["lastLine"] = firstLine + 3,
                ["ordinal"] = ordinal,
            },
            ["bodies"] = bodies ?? [],
            ["involvements"] = involvements ?? [],
            ["places"] = places ?? [],
            ["themes"] = themes ?? [],
            ["organizations"] = organizations ?? [],
        };

    private static Dictionary<string, object?> Involves(Dictionary<string, object?> country, string role, int ordinal) => new(StringComparer.Ordinal)
    {
        ["country"] = country,
        ["role"] = role,
        ["evidence"] = role + " evidence",
        ["line"] = 10 + ordinal,
        ["ordinal"] = ordinal,
    };

    public static Profile Asean(bool withoutC = false)
    {
        const string id = "profile:asean";
        var my = Country("MY", "MYS", "Malaysia");
        var jp = Country("JP", "JPN", "Japan");
        var kr = Country("KR", "KOR", "Korea, Republic of");
        var kl = Link("place:kl", "Kuala Lumpur", 0, 4);
        kl["countries"] = new List<object?> { my };
        var interpol = Link("organization:interpol", "INTERPOL", 0, 7);
        interpol["acronym"] = "INTERPOL";
        var theme = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = "theme:cybercrime", ["name"] = "Cybercrime", ["term"] = "cyber crime", ["line"] = 5, ["ordinal"] = 0 };
        var entries = new List<Dictionary<string, object?>>
        {
            Entry(id, "entry:asean:a", "MEETING", "ARF meeting", 3, 0, 2019,
                bodies: [Link("body:arf", "ARF", 0, 3), Link("body:secretariat", "ASEAN Secretariat", 1, 3)],
                involvements: [Involves(jp, "HOST", 0)], places: [kl], themes: [theme]),
            Entry(id, "entry:asean:b", "ACTIVITY", "Joint operation", 8, 1, null,
                involvements: [Involves(kr, "PARTNER", 0)], organizations: [interpol]),
        };
        if (!withoutC)
        {
            entries.Add(Entry(id, "entry:asean:c", "LEGISLATION", "A law", 12, 2, 2020,
                bodies: [Link("body:npa", "National Police Agency", 0, 12)], involvements: [Involves(Country("SG", "SGP", "Singapore"), "PARTNER", 0)]));
        }

        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["name"] = "ASEAN",
            ["acronym"] = "ASEAN",
            ["lastUpdated"] = "2024-01-01",
            ["document"] = "asean.md",
            ["text"] = "# ASEAN",
        };
        return new Profile(id, properties, [Country("MY", "MYS", "Malaysia", 0), Country("JP", "JPN", "Japan", 1)], entries);
    }

    public static Profile Japan()
    {
        const string id = "profile:japan";
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["name"] = "Japan",
            ["acronym"] = null,
            ["lastUpdated"] = null,
            ["document"] = "japan.md",
            ["text"] = "# Japan",
        };
        var entries = new List<Dictionary<string, object?>>
        {
            Entry(id, "entry:japan:x", "MEETING", "Dialogue", 2, 0, 2021,
                bodies: [Link("body:arf", "ARF (other spelling)", 0, 2)], involvements: [Involves(Country("JP", "JPN", "Japan"), "PARTNER", 0)]),
        };
        return new Profile(id, properties, [], entries);
    }
}
