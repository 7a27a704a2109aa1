using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;
using AseanCyber.Api.Export;
using AseanCyber.Testing.Cypher;

namespace AseanCyber.Api.Tests.Export;

public sealed record TestNode(string Id, string Type, IReadOnlyList<string> ExtraLabels, IReadOnlyDictionary<string, object?> Properties);

public sealed record TestEdge(string Source, string Type, string Target, IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// A graph as the export tests compare it, read from a database (the stand-in's, or one a script rebuilt), a GraphML file
/// or the two CSV files. Each node and relationship becomes one line of canonical text (typed values; texts as JSON
/// strings, so a control character shows), compared as sorted lists, so a failure shows the lines that differ.
/// </summary>
public sealed class TestGraph(IReadOnlyList<TestNode> nodes, IReadOnlyList<TestEdge> edges)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly HashSet<string> NodeLabels = [.. ExportSchema.NodeTypes.Select(t => t.Name)];

    public IReadOnlyList<TestNode> Nodes { get; } = nodes;

    public IReadOnlyList<TestEdge> Edges { get; } = edges;

    public IReadOnlyList<string> NodeLines(bool withExtraLabels = false) =>
        [.. Nodes.Select(n => Line(n, withExtraLabels)).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> EdgeLines() => [.. Edges.Select(Line).Order(StringComparer.Ordinal)];

    /// <summary>
    /// A database's graph, as the Neo4j adapter stores it, less what the export leaves out by design: the import lock,
    /// the folded shadows of texts (<c>*Folded</c>), an entry's search texts and position, a profile's page text.
    /// </summary>
    public static TestGraph FromDatabase(InMemoryGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.Run("MATCH (n) RETURN n AS node", mode: CypherAccessMode.Read).Column("node").Cast<CypherNode>()
            .Where(n => !n.Labels.Contains("ImportLock"))
            .Select(n =>
            {
                var type = n.Labels.Single(NodeLabels.Contains);
                var internals = type switch
                {
                    ExportSchema.EntryLabel => new[] { "searchItems", "searchNames", "ordinal" },
                    ExportSchema.ProfileLabel => ["text"],
                    _ => [],
                };
                return new TestNode(
                    (string)n.Properties["id"]!,
                    type,
                    [.. n.Labels.Where(l => l != type).Order(StringComparer.Ordinal)],
                    n.Properties.Where(p => p.Key != "id" && !p.Key.EndsWith("Folded", StringComparison.Ordinal) && !internals.Contains(p.Key))
                        .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
            })
            .ToList();
        var edges = graph.Run("MATCH (a)-[r]->(b) RETURN a.id AS source, r AS rel, b.id AS target", mode: CypherAccessMode.Read).Records
            .Where(r => r["source"] is string && r["target"] is string)
            .Select(r =>
            {
                var rel = (CypherRelationship)r["rel"]!;
                return new TestEdge(
                    (string)r["source"]!,
                    rel.Type,
                    (string)r["target"]!,
                    rel.Properties.Where(p => !p.Key.EndsWith("Folded", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
            })
            .ToList();
        return new TestGraph(nodes, edges);
    }

    /// <summary>A GraphML export, each value read as its key's attr.type says (a list: a JSON array in a string key).</summary>
    public static TestGraph FromGraphML(string xml)
    {
        XNamespace g = GraphMLWriter.Namespace;
        var document = XDocument.Parse(xml);
        var keys = document.Root!.Elements(g + "key").ToDictionary(
            k => (string)k.Attribute("id")!,
            k => (Name: (string)k.Attribute("attr.name")!, Type: (string)k.Attribute("attr.type")!, For: (string)k.Attribute("for")!),
            StringComparer.Ordinal);
        var graph = document.Root.Element(g + "graph")!;

        Dictionary<string, object?> Values(XElement element, out string type)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            type = "";
            foreach (var data in element.Elements(g + "data"))
            {
                var key = keys[(string)data.Attribute("key")!];
                if (key.Name == "type")
                {
                    type = data.Value;
                }
                else if (key.Name != "label")
                {
                    values.Add(key.Name, Typed(data.Value, key.Type, IsList(key.Name)));
                }
            }

            return values;
        }

        var nodes = graph.Elements(g + "node").Select(n =>
        {
            var values = Values(n, out var type);
            return new TestNode((string)n.Attribute("id")!, type, [], values);
        }).ToList();
        var edges = graph.Elements(g + "edge").Select(e =>
        {
            var values = Values(e, out var type);
            return new TestEdge((string)e.Attribute("source")!, type, (string)e.Attribute("target")!, values);
        }).ToList();
        return new TestGraph(nodes, edges);
    }

    /// <summary>nodes.csv and edges.csv, read strictly; an empty unquoted cell is a missing value; a text cell that starts with ' has the guard dropped.</summary>
    public static TestGraph FromCsv(string nodesCsv, string edgesCsv)
    {
        var nodeRows = StrictCsv.Parse(nodesCsv);
        var edgeRows = StrictCsv.Parse(edgesCsv);
        var nodeHeader = nodeRows[0].Select(f => f.Text).ToArray();
        var edgeHeader = edgeRows[0].Select(f => f.Text).ToArray();
        Assert.Equal(["id", "type", "label"], nodeHeader[..3]);
        Assert.Equal(["source", "target", "relationship"], edgeHeader[..3]);
        var nodes = nodeRows.Skip(1).Select(r => new TestNode(Unguard(r[0].Text), Unguard(r[1].Text), [], CsvValues(nodeHeader, r, 3))).ToList();
        var edges = edgeRows.Skip(1).Select(r => new TestEdge(Unguard(r[0].Text), Unguard(r[2].Text), Unguard(r[1].Text), CsvValues(edgeHeader, r, 3))).ToList();
        return new TestGraph(nodes, edges);
    }

    /// <summary>
    /// What <c>?profile=</c> should export, worked out from this graph's relationships: the profile, its entries and
    /// everything they link to, its members and own country, and the countries of those places, with the relationships among them.
    /// </summary>
    public TestGraph Subgraph(string profileId)
    {
        string[] entryLinks = ["ISSUED_BY", "INVOLVES", "HELD_IN", "ABOUT", "MENTIONS"];
        var entries = Edges.Where(e => e.Type == "IN_PROFILE" && e.Target == profileId).Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
        var kept = Edges.Where(e =>
            (e.Type == "IN_PROFILE" && e.Target == profileId)
            || (entryLinks.Contains(e.Type) && entries.Contains(e.Source))
            || (e.Type == "MEMBER_OF" && e.Target == profileId)
            || (e.Type == "OF_COUNTRY" && e.Source == profileId)).ToList();
        var ids = kept.SelectMany(e => new[] { e.Source, e.Target }).Append(profileId).ToHashSet(StringComparer.Ordinal);
        kept.AddRange(Edges.Where(e => e.Type == "IN" && ids.Contains(e.Source)));
        ids.UnionWith(kept.Select(e => e.Target));
        return new TestGraph([.. Nodes.Where(n => ids.Contains(n.Id))], kept);
    }

    /// <summary>A text cell's value: the export puts a ' before a text that starts with = + - @ tab CR NUL or '.</summary>
    public static string Unguard(string text) => text.StartsWith('\'') ? text[1..] : text;

    public static string Canonical(string key, object? value) => value switch
    {
        null => "null",
        string s when key == "dates" => JsonSerializer.Serialize(JsonSerializer.Serialize(JsonDocument.Parse(s).RootElement, Json), Json),
        string s => JsonSerializer.Serialize(s, Json),
        long or int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        bool b => b ? "true" : "false",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(v => Canonical(key, v))) + "]",
        _ => throw new ArgumentException($"Unexpected value type {value.GetType().Name}", nameof(value)),
    };

    private static bool IsList(string name) =>
        ExportSchema.NodeColumns.Concat(ExportSchema.EdgeColumns).Any(c => c.Name == name && c.Type == ExportValueType.StringList);

    private static object? Typed(string text, string type, bool list) => type switch
    {
        "int" or "long" => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        "double" or "float" => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        "boolean" => text switch
        {
            "true" => true,
            "false" => false,
            _ => throw new FormatException($"Not a boolean: {text}"),
        },
        "string" when list => JsonSerializer.Deserialize<List<string>>(text)!,
        "string" => text,
        _ => throw new FormatException($"Unknown attr.type {type}"),
    };

    private static Dictionary<string, object?> CsvValues(string[] header, CsvField[] row, int from)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = from; i < header.Length; i++)
        {
            var field = row[i];
            if (!field.Quoted && field.Text.Length == 0)
            {
                continue;
            }

            var column = ExportSchema.NodeColumns.Concat(ExportSchema.EdgeColumns).First(c => c.Name == header[i]);
            values.Add(header[i], column.Type switch
            {
                ExportValueType.Int => Typed(field.Text, "int", false),
                ExportValueType.Double => Typed(field.Text, "double", false),
                ExportValueType.Boolean => Typed(field.Text, "boolean", false),
                ExportValueType.StringList => Typed(field.Text, "string", true),
                _ => Unguard(field.Text),
            });
        }

        return values;
    }

    private static string Line(TestNode node, bool withExtraLabels) =>
        node.Id + " :" + node.Type + (withExtraLabels ? string.Concat(node.ExtraLabels.Select(l => ":" + l)) : "") + " " + Properties(node.Properties);

    private static string Line(TestEdge edge) => $"{edge.Source} -[{edge.Type} {Properties(edge.Properties)}]-> {edge.Target}";

    private static string Properties(IReadOnlyDictionary<string, object?> properties) =>
        "{" + string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + Canonical(p.Key, p.Value))) + "}";
}
