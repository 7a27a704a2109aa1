using System.Text.Encodings.Web;
using System.Text.Json;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using GraphQL;

namespace AseanCyber.Api.Export;

/// <summary>
/// What the exports hold: each node label and relationship type with its properties, named and typed as the Neo4j adapter
/// stores them (less the import's internal ones: folded shadows, search text, a profile's page text). Every format
/// writes from these mappings, so a new property is one line here.
/// </summary>
public static class ExportSchema
{
    public const string ProfileLabel = "Profile";
    public const string EntryLabel = "Entry";
    public const string CountryLabel = "Country";
    public const string BodyLabel = "Body";
    public const string ThemeLabel = "Theme";
    public const string PlaceLabel = "Place";
    public const string OrganizationLabel = "Organization";

    /// <summary>JSON for list values in GraphML and CSV and for an entry's dates: readable (no \u escapes for ' or é).</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly NodeExport<Profile> Profile = new NodeExport<Profile>(ProfileLabel, p => p.Name)
        .Text("name", p => p.Name)
        .Text("acronym", p => p.Acronym)
        .Text("lastUpdated", p => p.LastUpdated)
        .Text("document", p => p.Document);

    public static readonly NodeExport<Country> Country = new NodeExport<Country>(CountryLabel, c => c.Name)
        .Text("code", c => c.Code)
        .Text("code3", c => c.Code3)
        .Text("name", c => c.Name);

    public static readonly NodeExport<Entry> Entry = new NodeExport<Entry>(EntryLabel, e => e.Title, e => KindLabel(e.Kind))
        .Text("profileId", e => e.ProfileId)
        .Text("kind", e => e.Kind.ToString().ToConstantCase())
        .Text("section", e => e.Section)
        .Text("category", e => e.Category)
        .Text("title", e => e.Title)
        .Text("status", e => e.Status?.ToString().ToConstantCase())
        .Int("edition", e => e.Edition)
        .Text("acronym", e => e.Acronym)
        .Text("description", e => e.Description)
        .List("items", e => e.Items)
        .Text("dates", e => DatesJson(e.Dates))
        .Text("dateStart", e => e.Date?.Start)
        .Int("year", e => e.Year)
        .Text("document", e => e.Source.Document)
        .Int("firstLine", e => e.Source.FirstLine)
        .Int("lastLine", e => e.Source.LastLine);

    public static readonly NodeExport<Body> Body = new NodeExport<Body>(BodyLabel, b => b.Name)
        .Text("name", b => b.Name);

    public static readonly NodeExport<Theme> Theme = new NodeExport<Theme>(ThemeLabel, t => t.Name)
        .Text("name", t => t.Name);

    public static readonly NodeExport<Place> Place = new NodeExport<Place>(PlaceLabel, p => p.Name)
        .Text("name", p => p.Name);

    public static readonly NodeExport<Organization> Organization = new NodeExport<Organization>(OrganizationLabel, o => o.Name)
        .Text("name", o => o.Name)
        .Text("acronym", o => o.Acronym);

    public static readonly RelationshipExport<Entry> InProfile = new(Relationships.InProfile, EntryLabel, ProfileLabel);

    public static readonly RelationshipExport<BodyLink> IssuedBy = new RelationshipExport<BodyLink>(Relationships.IssuedBy, EntryLabel, BodyLabel)
        .Text("evidence", l => l.Evidence)
        .Int("line", l => l.Line)
        .Ordinal();

    public static readonly RelationshipExport<Involvement> Involves = new RelationshipExport<Involvement>(Relationships.Involves, EntryLabel, CountryLabel)
        .Text("role", l => l.Role.ToString().ToConstantCase())
        .Text("evidence", l => l.Evidence)
        .Int("line", l => l.Line)
        .Ordinal();

    public static readonly RelationshipExport<PlaceLink> HeldIn = new RelationshipExport<PlaceLink>(Relationships.HeldIn, EntryLabel, PlaceLabel)
        .Text("evidence", l => l.Evidence)
        .Int("line", l => l.Line)
        .Ordinal();

    public static readonly RelationshipExport<ThemeLink> About = new RelationshipExport<ThemeLink>(Relationships.About, EntryLabel, ThemeLabel)
        .List("terms", l => l.Terms)
        .Double("confidence", l => l.Confidence)
        .Boolean("weak", l => l.Weak)
        .Int("line", l => l.Line)
        .Ordinal();

    public static readonly RelationshipExport<OrganizationLink> Mentions = new RelationshipExport<OrganizationLink>(Relationships.Mentions, EntryLabel, OrganizationLabel)
        .Text("evidence", l => l.Evidence)
        .Int("line", l => l.Line)
        .Ordinal();

    /// <summary>A place to its country, (:Place)-[:IN]->(:Country).</summary>
    public static readonly RelationshipExport<Place> In = new(Relationships.In, PlaceLabel, CountryLabel);

    /// <summary>A member country to its profile, (:Country)-[:MEMBER_OF]->(:Profile), in the page's order.</summary>
    public static readonly RelationshipExport<Country> MemberOf = new RelationshipExport<Country>(Relationships.MemberOf, CountryLabel, ProfileLabel)
        .Ordinal();

    public static readonly RelationshipExport<Country> OfCountry = new(Relationships.OfCountry, ProfileLabel, CountryLabel);

    public static IReadOnlyList<ExportNodeType> NodeTypes { get; } = [Profile, Country, Entry, Body, Theme, Place, Organization];

    public static IReadOnlyList<ExportRelationshipType> RelationshipTypes { get; } =
        [InProfile, IssuedBy, Involves, HeldIn, About, Mentions, In, MemberOf, OfCountry];

    /// <summary>The columns GraphML, nodes.csv and the Cypher script write before the properties: never a property's name.</summary>
    public static IReadOnlyList<string> NodeHeadings { get; } = ["id", "type", "label"];

    /// <summary>GraphML's edge keys type and label; edges.csv's relationship column (Gephi reads a CSV "type" as directedness).</summary>
    public static IReadOnlyList<string> EdgeHeadings { get; } = ["source", "target", "type", "label", "relationship"];

    /// <summary>Every node property once, in the order of the types above: nodes.csv's columns and GraphML's node keys.</summary>
    public static IReadOnlyList<ExportColumn> NodeColumns { get; } = Union(NodeTypes, NodeHeadings);

    public static IReadOnlyList<ExportColumn> EdgeColumns { get; } = Union(RelationshipTypes, EdgeHeadings);

    /// <summary>The extra label the Neo4j adapter gives an entry of this kind (<c>cypher/import-create-entries.cypher</c>).</summary>
    public static string KindLabel(EntryKind kind) => kind == EntryKind.Other ? "OtherEntry" : kind.ToString();

    /// <summary>An entry's dates as the Neo4j adapter stores them: a JSON array of {text, start, end, precision, note}.</summary>
    public static string DatesJson(IReadOnlyList<DateSpan> dates) =>
        JsonSerializer.Serialize(dates.Select(d => new DateRecord(d.Text, d.Start, d.End, d.Precision.ToString().ToConstantCase(), d.Note)), Json);

    /// <summary>A name used twice must have one type (GraphML declares it once); no property may take a heading's name.</summary>
    private static ExportColumn[] Union(IEnumerable<ExportElementType> types, IReadOnlyList<string> headings)
    {
        var columns = new List<ExportColumn>();
        foreach (var (type, column) in types.SelectMany(t => t.Columns.Select(c => (t, c))))
        {
            if (headings.Contains(column.Name, StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{type.Name}.{column.Name} takes the name of a column every row has.");
            }

            var existing = columns.Find(c => c.Name == column.Name);
            if (existing is null)
            {
                columns.Add(column);
            }
            else if (existing.Type != column.Type)
            {
                throw new InvalidOperationException($"{type.Name}.{column.Name} is {column.Type} but another type's {column.Name} is {existing.Type}.");
            }
        }

        return [.. columns];
    }

    private sealed record DateRecord(string Text, string Start, string? End, string Precision, string? Note);
}
