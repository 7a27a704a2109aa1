using System.Text;
using System.Text.RegularExpressions;
using AseanCyber.Graph.Neo4j;

namespace AseanCyber.Api.Export;

/// <summary>
/// A Cypher script that recreates the export in Neo4j: the uniqueness constraints of <c>cypher/schema.cypher</c> for the
/// labels it writes, then per page of the walk one statement per node label (UNWIND a literal list of property maps,
/// MERGE by id, SET the properties and an entry's kind label), then one per relationship type (UNWIND rows of
/// [source id, target id, properties], MATCH both ends by label and id, CREATE). Statements end with ';' (cypher-shell, Browser's multi-statement editor); every value is a
/// literal (<see cref="CypherLiteral"/>): a script has no parameters. Nodes merge by id, so the scripts of two profiles
/// load into one database; relationships are created, so a script run twice doubles them.
/// </summary>
public sealed partial class CypherScriptWriter(TextWriter output, ExportScope scope) : ExportWriter
{
    /// <summary>Rows per statement: big enough that a script runs in few transactions, small enough for any parser.</summary>
    public const int RowsPerStatement = 500;

    private readonly List<(string Label, string? Extra, List<ExportNode> Nodes)> _nodes = [];
    private readonly List<(ExportRelationshipType Type, List<ExportEdge> Edges)> _edges = [];
    private readonly StringBuilder _text = new();

    public override void Begin()
    {
        output.Write("// AseanCyber graph export: ");
        output.Write(scope.Profile is null ? "the whole graph" : "the profile " + CypherLiteral.String(scope.Profile.Id));
        output.Write(".\n// Recreates it in Neo4j 5 or later: cypher-shell -f <this file>, or paste it into Browser with multi-statement\n");
        output.Write("// queries on. Run it on an empty database, or on one that holds other profiles' exports (nodes merge by id).\n");
        foreach (var constraint in Constraints)
        {
            output.Write(constraint);
            output.Write(";\n");
        }
    }

    public override void Node(ExportNode node)
    {
        var group = _nodes.Find(g => g.Label == node.Type.Name && g.Extra == node.ExtraLabel);
        if (group.Nodes is null)
        {
            group = (node.Type.Name, node.ExtraLabel, []);
            _nodes.Add(group);
        }

        group.Nodes.Add(node);
    }

    public override void Edge(ExportEdge edge)
    {
        var group = _edges.Find(g => g.Type == edge.Type);
        if (group.Edges is null)
        {
            group = (edge.Type, []);
            _edges.Add(group);
        }

        group.Edges.Add(edge);
    }

    /// <summary>A page's nodes, then its relationships: every relationship's ends exist by then.</summary>
    public override void EndBatch()
    {
        foreach (var (label, extra, nodes) in _nodes)
        {
            foreach (var chunk in nodes.Chunk(RowsPerStatement))
            {
                WriteNodes(label, extra, chunk);
            }
        }

        foreach (var (type, edges) in _edges)
        {
            foreach (var chunk in edges.Chunk(RowsPerStatement))
            {
                WriteEdges(type, chunk);
            }
        }

        _nodes.Clear();
        _edges.Clear();
    }

    public override void Finish() => EndBatch();

    /// <summary>The CREATE CONSTRAINT statements of cypher/schema.cypher on the labels the export writes (not the import lock's).</summary>
    public static IReadOnlyList<string> Constraints { get; } = [.. Neo4jSchema.Statements
        .Where(s => ConstraintLabel().Match(s) is { Success: true } m && ExportSchema.NodeTypes.Any(t => t.Name == m.Groups["label"].Value))];

    private void WriteNodes(string label, string? extra, ExportNode[] nodes)
    {
        _text.Clear().Append("UNWIND [");
        for (var i = 0; i < nodes.Length; i++)
        {
            _text.Append(i == 0 ? "\n  " : ",\n  ");
            AppendMap(_text, [("id", nodes[i].Id), .. nodes[i].Type.Columns.Select((c, j) => (c.Name, nodes[i].Values[j]))]);
        }

        _text.Append("\n] AS row\nMERGE (n:").Append(CypherLiteral.Name(label)).Append(" {`id`: row.`id`})\nSET n = row");
        if (extra is not null)
        {
            _text.Append(", n:").Append(CypherLiteral.Name(extra));
        }

        _text.Append(";\n");
        output.Write(_text);
    }

    /// <summary>Each row a list [source id, target id, properties]: read by position, as no property key of the graph.</summary>
    private void WriteEdges(ExportRelationshipType type, ExportEdge[] edges)
    {
        _text.Clear().Append("UNWIND [");
        for (var i = 0; i < edges.Length; i++)
        {
            var edge = edges[i];
            _text.Append(i == 0 ? "\n  [" : ",\n  [");
            CypherLiteral.AppendString(_text, edge.SourceId);
            _text.Append(", ");
            CypherLiteral.AppendString(_text, edge.TargetId);
            _text.Append(", ");
            AppendMap(_text, [.. type.Columns.Select((c, j) => (c.Name, edge.Values[j]))]);
            _text.Append(']');
        }

        _text.Append("\n] AS row\nMATCH (a:").Append(CypherLiteral.Name(type.SourceLabel)).Append(" {`id`: row[0]})\n")
            .Append("MATCH (b:").Append(CypherLiteral.Name(type.TargetLabel)).Append(" {`id`: row[1]})\n")
            .Append("CREATE (a)-[r:").Append(CypherLiteral.Name(type.Name)).Append("]->(b)\nSET r = row[2];\n");
        output.Write(_text);
    }

    /// <summary>A map literal of the non-null values (Neo4j stores no null property).</summary>
    private static void AppendMap(StringBuilder sb, IEnumerable<(string Name, object? Value)> properties)
    {
        sb.Append('{');
        var first = true;
        foreach (var (name, value) in properties)
        {
            if (value is null)
            {
                continue;
            }

            sb.Append(first ? "" : ", ").Append(CypherLiteral.Name(name)).Append(": ");
            CypherLiteral.AppendValue(sb, value);
            first = false;
        }

        sb.Append('}');
    }

    [GeneratedRegex(@"^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(\w+:(?<label>\w+)\) REQUIRE")]
    private static partial Regex ConstraintLabel();
}
