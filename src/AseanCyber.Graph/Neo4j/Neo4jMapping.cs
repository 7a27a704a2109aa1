using System.Text.Json;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Search;
using AseanCyber.Graph.Store;
using AseanCyber.Neo4j.QueryApi;

namespace AseanCyber.Graph.Neo4j;

/// <summary>Model records to statement parameters and back from the Query API's values.</summary>
internal static class Neo4jMapping
{
    private static readonly JsonSerializerOptions DateJson = new(JsonSerializerDefaults.Web);

    // ---- to parameters ----------------------------------------------------------------------------------------------

    public static Dictionary<string, object?> ProfileParameters(ProfileDocument document) => new(StringComparer.Ordinal)
    {
        ["id"] = document.Profile.Id,
        ["name"] = document.Profile.Name,
        ["acronym"] = document.Profile.Acronym,
        ["lastUpdated"] = document.Profile.LastUpdated,
        ["document"] = document.Profile.Document,
        ["text"] = document.Text,
        ["nameFolded"] = CypherFold.Value(document.Profile.Name),
        ["acronymFolded"] = CypherFold.Value(document.Profile.Acronym),
        ["lastUpdatedFolded"] = CypherFold.Value(document.Profile.LastUpdated),
    };

    public static List<object?> MemberParameters(Profile profile) =>
        [.. profile.Members.Select((c, i) => (object?)CountryParameters(c, i))];

    /// <summary>A state profile's own country as a list of one (none for an intergovernmental organization).</summary>
    public static List<object?> OwnCountryParameters(Profile profile) =>
        profile.Country is { } country ? [CountryParameters(country, 0)] : [];

    public static List<object?> EntryParameters(ProfileDocument document) =>
        [.. document.Entries.Select((imported, ordinal) => (object?)EntryRow(imported, ordinal))];

    private static Dictionary<string, object?> EntryRow(ImportedEntry imported, int ordinal)
    {
        var entry = imported.Entry;
        var links = imported.Links;
        var kind = CypherEnums.Name(entry.Kind);
        return new(StringComparer.Ordinal)
        {
            ["kind"] = kind,
            ["properties"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = entry.Id,
                ["profileId"] = entry.ProfileId,
                ["kind"] = kind,
                ["section"] = entry.Section,
                ["category"] = entry.Category,
                ["title"] = entry.Title,
                ["status"] = entry.Status is { } status ? CypherEnums.Name(status) : null,
                ["edition"] = entry.Edition,
                ["acronym"] = entry.Acronym,
                ["description"] = entry.Description,
                ["items"] = entry.Items.ToList(),
                ["dates"] = JsonSerializer.Serialize(entry.Dates.Select(DateRecord.From), DateJson),
                ["dateStart"] = entry.Date?.Start,
                ["year"] = entry.Year,
                ["document"] = entry.Source.Document,
                ["firstLine"] = entry.Source.FirstLine,
                ["lastLine"] = entry.Source.LastLine,
                ["ordinal"] = ordinal,
                ["sectionFolded"] = CypherFold.Value(entry.Section),
                ["categoryFolded"] = CypherFold.Value(entry.Category),
                ["titleFolded"] = CypherFold.Value(entry.Title),
                ["acronymFolded"] = CypherFold.Value(entry.Acronym),
                ["descriptionFolded"] = CypherFold.Value(entry.Description),
                ["searchItems"] = SearchDocument.ItemsText(entry),
                ["searchNames"] = SearchDocument.NamesText(links),
            },
            ["bodies"] = links.Bodies.Select((l, i) => (object?)Link(l.Body.Id, l.Body.Name, i, l.Evidence, l.Line)).ToList(),
            ["involvements"] = links.Involvements.Select((l, i) => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["country"] = CountryParameters(l.Country, 0),
                ["role"] = CypherEnums.Name(l.Role),
                ["evidence"] = l.Evidence,
                ["evidenceFolded"] = CypherFold.Value(l.Evidence),
                ["line"] = l.Line,
                ["ordinal"] = i,
            }).ToList(),
            ["places"] = links.Places.Select((l, i) =>
            {
                var link = Link(l.Place.Id, l.Place.Name, i, l.Evidence, l.Line);
                link["countries"] = l.Place.Country is { } c ? new List<object?> { CountryParameters(c, 0) } : new List<object?>();
                return (object?)link;
            }).ToList(),
            ["themes"] = links.Themes.Select((l, i) => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = l.Theme.Id,
                ["name"] = l.Theme.Name,
                ["nameFolded"] = CypherFold.Value(l.Theme.Name),
                ["terms"] = l.Terms.Select(t => (object?)t).ToList(),
                ["confidence"] = l.Confidence,
                ["weak"] = l.Weak,
                ["line"] = l.Line,
                ["ordinal"] = i,
            }).ToList(),
            ["organizations"] = links.Organizations.Select((l, i) =>
            {
                var link = Link(l.Organization.Id, l.Organization.Name, i, l.Evidence, l.Line);
                link["acronym"] = l.Organization.Acronym;
                link["acronymFolded"] = CypherFold.Value(l.Organization.Acronym);
                return (object?)link;
            }).ToList(),
        };
    }

    private static Dictionary<string, object?> Link(string id, string name, int ordinal, string evidence, int line) => new(StringComparer.Ordinal)
    {
        ["id"] = id,
        ["name"] = name,
        ["nameFolded"] = CypherFold.Value(name),
        ["evidence"] = evidence,
        ["line"] = line,
        ["ordinal"] = ordinal,
    };

    private static Dictionary<string, object?> CountryParameters(Country country, int ordinal) => new(StringComparer.Ordinal)
    {
        ["id"] = country.Id,
        ["code"] = country.Code,
        ["code3"] = country.Code3,
        ["name"] = country.Name,
        ["codeFolded"] = CypherFold.Value(country.Code),
        ["code3Folded"] = CypherFold.Value(country.Code3),
        ["nameFolded"] = CypherFold.Value(country.Name),
        ["ordinal"] = ordinal,
    };

    // ---- from results -----------------------------------------------------------------------------------------------

    /// <summary>The model node a Neo4j node stands for, by its label; a place's country, a profile's members and own country come alongside.</summary>
    public static INode ToNode(Neo4jNode node, object? country = null, object? members = null)
    {
        var labels = node.Labels;
        if (labels.Contains("Entry"))
        {
            return ToEntry(node);
        }

        if (labels.Contains("Country"))
        {
            return ToCountry(node);
        }

        if (labels.Contains("Body"))
        {
            return new Body(Text(node, "id"), Text(node, "name"));
        }

        if (labels.Contains("Theme"))
        {
            return new Theme(Text(node, "id"), Text(node, "name"));
        }

        if (labels.Contains("Organization"))
        {
            return new Organization(Text(node, "id"), Text(node, "name"), OptionalText(node, "acronym"));
        }

        if (labels.Contains("Place"))
        {
            return new Place(Text(node, "id"), Text(node, "name"), country is Neo4jNode c ? ToCountry(c) : null);
        }

        if (labels.Contains("Profile"))
        {
            return ToProfile(node.Properties, members, country);
        }

        throw Unexpected($"a node labelled {string.Join(":", labels)}, which the graph model does not have");
    }

    /// <summary>A profile from the map of its properties that the statements project (never its source text), its members and own country.</summary>
    public static Profile ToProfile(IReadOnlyDictionary<string, object?> properties, object? members, object? country)
    {
        var memberList = members is IReadOnlyList<object?> list ? list.OfType<Neo4jNode>().Select(ToCountry).ToArray() : [];
        return new Profile(
            Required(properties, "id"),
            Required(properties, "name"),
            OptionalString(properties, "acronym"),
            OptionalString(properties, "lastUpdated"),
            Required(properties, "document"),
            memberList)
        {
            Country = country is Neo4jNode own ? ToCountry(own) : null,
        };

        static string Required(IReadOnlyDictionary<string, object?> map, string key) =>
            OptionalString(map, key) ?? throw Unexpected($"a profile without the '{key}' property");
    }

    public static Country ToCountry(Neo4jNode node) => new(Text(node, "code"), Text(node, "code3"), Text(node, "name"));

    public static Entry ToEntry(Neo4jNode node)
    {
        var dates = JsonSerializer.Deserialize<DateRecord[]>(Text(node, "dates"), DateJson) ?? [];
        return new Entry(
            Text(node, "id"),
            Text(node, "profileId"),
            CypherEnums.Parse<EntryKind>(Text(node, "kind")),
            Text(node, "section"),
            Text(node, "category"),
            Text(node, "title"),
            OptionalText(node, "status") is { } status ? CypherEnums.Parse<EntryStatus>(status) : null,
            OptionalInt(node, "edition"),
            OptionalText(node, "acronym"),
            OptionalText(node, "description"),
            node.Properties.TryGetValue("items", out var items) && items is IReadOnlyList<object?> list ? [.. list.Cast<string>()] : [],
            [.. dates.Select(d => d.ToModel())],
            new SourceSpan(Text(node, "document"), Int(node, "firstLine"), Int(node, "lastLine")));
    }

    public static string Text(Neo4jNode node, string key) =>
        OptionalText(node, key) ?? throw Unexpected($"node {node.ElementId} without the '{key}' property");

    public static string? OptionalText(Neo4jNode node, string key) => node.Properties.TryGetValue(key, out var v) ? v as string : null;

    private static int Int(Neo4jNode node, string key) =>
        OptionalInt(node, key) ?? throw Unexpected($"node {node.ElementId} without the '{key}' property");

    private static int? OptionalInt(Neo4jNode node, string key) => node.Properties.TryGetValue(key, out var v) ? ToInt(v) : null;

    public static int? ToInt(object? value) => value switch
    {
        null => null,
        long l => checked((int)l),
        int i => i,
        _ => throw Unexpected($"an integer, not {value.GetType().Name}"),
    };

    public static string? OptionalString(IReadOnlyDictionary<string, object?> map, string key) => map.TryGetValue(key, out var v) ? v as string : null;

    /// <summary>An ABOUT link's evidence (terms, confidence, weak) from the map a statement projects for it.</summary>
    public static (IReadOnlyList<string> Terms, double Confidence, bool Weak) ThemeEvidence(IReadOnlyDictionary<string, object?> map) =>
        (map.TryGetValue("terms", out var terms) && terms is IReadOnlyList<object?> { Count: > 0 } list && list.All(t => t is string)
                ? [.. list.Cast<string>()]
                : throw Unexpected("an ABOUT link without its terms (imported before theme evidence was kept: import the profile again)"),
            map.TryGetValue("confidence", out var confidence) ? ToDouble(confidence) : throw Unexpected("an ABOUT link without a confidence"),
            map.TryGetValue("weak", out var weak) && weak is bool b ? b : throw Unexpected("an ABOUT link without its 'weak' flag"));

    public static double ToDouble(object? value) => value switch
    {
        double d => d,
        long l => l,
        _ => throw Unexpected($"a number, not {value?.GetType().Name ?? "null"}"),
    };

    /// <summary>The database holds something the graph model cannot read (written by another tool or an older version).</summary>
    public static GraphStoreException Unexpected(string what) => new(GraphErrorCodes.Neo4jError, $"Neo4j returned {what}.");

    private sealed record DateRecord(string Text, string Start, string? End, string Precision, string? Note)
    {
        public static DateRecord From(DateSpan d) => new(d.Text, d.Start, d.End, CypherEnums.Name(d.Precision), d.Note);

        public DateSpan ToModel() => new(Text, Start, End, CypherEnums.Parse<DatePrecision>(Precision), Note);
    }
}
