using System.Text;
using System.Text.Json;
using System.Xml;

namespace AseanCyber.Api.Export;

/// <summary>
/// GraphML 1.0 (http://graphml.graphdrawing.org/xmlns) with typed keys: <c>type</c> (the node label or relationship type)
/// and <c>label</c> (a node's name or title, a relationship's type: what Gephi draws), then every property as its own key,
/// attr.type string, int, double or boolean; a list is a string holding a JSON array. Key ids are <c>n_name</c> and
/// <c>e_name</c> (Gephi maps a key whose id is "label", "x", "weight", ... to its own fields, so the names stay in
/// attr.name). Edges are directed, as in Neo4j, with ids e0, e1, ... in the order written.
/// </summary>
public sealed class GraphMLWriter : ExportWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    public const string SchemaLocation = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private readonly XmlWriter _xml;
    private readonly ExportScope _scope;
    private long _edges;

    public GraphMLWriter(TextWriter output, ExportScope scope)
    {
        _scope = scope;
        _xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",

            // A carriage return in a value is written as &#xD; so that the reader gets it back (XML normalises a raw one away).
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        });
    }

    public override void Begin()
    {
        _xml.WriteStartDocument();
        _xml.WriteStartElement("graphml", Namespace);
        _xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        _xml.WriteAttributeString("schemaLocation", XsiNamespace, Namespace + " " + SchemaLocation);
        WriteKey("n_type", "node", "type", ExportValueType.String);
        WriteKey("n_label", "node", "label", ExportValueType.String);
        foreach (var column in ExportSchema.NodeColumns)
        {
            WriteKey("n_" + column.Name, "node", column.Name, column.Type);
        }

        WriteKey("e_type", "edge", "type", ExportValueType.String);
        WriteKey("e_label", "edge", "label", ExportValueType.String);
        foreach (var column in ExportSchema.EdgeColumns)
        {
            WriteKey("e_" + column.Name, "edge", column.Name, column.Type);
        }

        _xml.WriteStartElement("graph", Namespace);
        _xml.WriteAttributeString("id", _scope.Profile?.Id ?? "aseancyber");
        _xml.WriteAttributeString("edgedefault", "directed");
    }

    public override void Node(ExportNode node)
    {
        _xml.WriteStartElement("node", Namespace);
        _xml.WriteAttributeString("id", node.Id);
        WriteData("n_type", node.Type.Name);
        WriteData("n_label", node.Label);
        WriteValues("n_", node.Type.Columns, node.Values);
        _xml.WriteEndElement();
    }

    public override void Edge(ExportEdge edge)
    {
        _xml.WriteStartElement("edge", Namespace);
        _xml.WriteAttributeString("id", "e" + _edges++.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _xml.WriteAttributeString("source", edge.SourceId);
        _xml.WriteAttributeString("target", edge.TargetId);
        WriteData("e_type", edge.Type.Name);
        WriteData("e_label", edge.Type.Name);
        WriteValues("e_", edge.Type.Columns, edge.Values);
        _xml.WriteEndElement();
    }

    public override void EndBatch() => _xml.Flush();

    public override void Finish()
    {
        _xml.WriteEndElement(); // graph
        _xml.WriteEndElement(); // graphml
        _xml.WriteEndDocument();
        _xml.Flush();
    }

    /// <summary>The text of a value: numbers invariant, booleans true/false, lists as JSON arrays.</summary>
    public static string Text(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        IReadOnlyList<string> list => JsonSerializer.Serialize(list, ExportSchema.Json),
        double d when double.IsNaN(d) => "NaN",
        double d when double.IsInfinity(d) => d > 0 ? "INF" : "-INF",
        _ => Number(value),
    };

    /// <summary>
    /// XML 1.0 cannot carry C0 controls other than tab, LF and CR, U+FFFE, U+FFFF or a lone surrogate, not even as a
    /// character reference: each becomes U+FFFD, the replacement character.
    /// </summary>
    public static string XmlSafe(string text)
    {
        var firstBad = FirstInvalid(text);
        if (firstBad < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return sb.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }

    private void WriteKey(string id, string domain, string name, ExportValueType type)
    {
        _xml.WriteStartElement("key", Namespace);
        _xml.WriteAttributeString("id", id);
        _xml.WriteAttributeString("for", domain);
        _xml.WriteAttributeString("attr.name", name);
        _xml.WriteAttributeString("attr.type", type switch
        {
            ExportValueType.Int => "int",
            ExportValueType.Double => "double",
            ExportValueType.Boolean => "boolean",
            _ => "string",
        });
        _xml.WriteEndElement();
    }

    private void WriteValues(string prefix, IReadOnlyList<ExportColumn> columns, IReadOnlyList<object?> values)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (values[i] is { } value)
            {
                WriteData(prefix + columns[i].Name, Text(value));
            }
        }
    }

    private void WriteData(string key, string text)
    {
        _xml.WriteStartElement("data", Namespace);
        _xml.WriteAttributeString("key", key);
        _xml.WriteString(XmlSafe(text));
        _xml.WriteEndElement();
    }
}
