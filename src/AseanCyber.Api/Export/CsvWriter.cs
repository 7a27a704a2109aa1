using System.Text;

namespace AseanCyber.Api.Export;

/// <summary>
/// RFC 4180 CSV, UTF-8 without a byte order mark, CRLF after every record, a header row. nodes.csv: id, type (the
/// label: Profile, Entry, ...), label (name or title), then every node property (<see cref="ExportSchema.NodeColumns"/>);
/// edges.csv: source, target, relationship (ISSUED_BY, ...), then every relationship property. A cell that does not
/// apply is empty; an empty text is <c>""</c>, so the two stay apart. Lists are JSON arrays.
/// Against CSV (formula) injection (OWASP): a text cell that starts with = + - @ tab, CR or NUL, or with the quote
/// itself, is written with one <c>'</c> before it, so a spreadsheet shows it as text instead of running it; to get the
/// value back, drop the first character of a text cell that starts with <c>'</c>.
/// </summary>
public sealed class CsvWriter(TextWriter output, CsvWriter.Rows rows) : ExportWriter
{
    /// <summary>RFC 4180's media type, with its optional charset and header parameters.</summary>
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    /// <summary>The prefix that makes a spreadsheet take a cell as text.</summary>
    public const char FormulaGuard = '\'';

    public enum Rows
    {
        Nodes,
        Edges,
    }

    private static readonly Dictionary<ExportElementType, int[]> Positions = ExportSchema.NodeTypes
        .Select(t => (Type: (ExportElementType)t, Union: ExportSchema.NodeColumns))
        .Concat(ExportSchema.RelationshipTypes.Select(t => (Type: (ExportElementType)t, Union: ExportSchema.EdgeColumns)))
        .ToDictionary(x => x.Type, x => x.Type.Columns.Select(c => x.Union.ToList().FindIndex(u => u.Name == c.Name)).ToArray());

    private readonly StringBuilder _line = new();

    public override void Begin()
    {
        IEnumerable<string> headings = rows == Rows.Nodes
            ? ["id", "type", "label", .. ExportSchema.NodeColumns.Select(c => c.Name)]
            : ["source", "target", "relationship", .. ExportSchema.EdgeColumns.Select(c => c.Name)];
        WriteRecord(headings.Select(h => (object?)h).ToArray());
    }

    public override void Node(ExportNode node)
    {
        if (rows == Rows.Nodes)
        {
            WriteRecord([node.Id, node.Type.Name, node.Label, .. Spread(node.Type, node.Values, ExportSchema.NodeColumns.Count)]);
        }
    }

    public override void Edge(ExportEdge edge)
    {
        if (rows == Rows.Edges)
        {
            WriteRecord([edge.SourceId, edge.TargetId, edge.Type.Name, .. Spread(edge.Type, edge.Values, ExportSchema.EdgeColumns.Count)]);
        }
    }

    /// <summary>One cell: null is empty, an empty text is <c>""</c>; quoted when it holds a quote, comma, CR or LF.</summary>
    public static void AppendCell(StringBuilder line, object? value)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (value is null)
        {
            return;
        }

        var text = value is string s ? Guard(s) : GraphMLWriter.Text(value);
        if (text.Length == 0 || text.AsSpan().IndexOfAny("\",\r\n") >= 0)
        {
            line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            line.Append(text);
        }
    }

    /// <summary>The text with <see cref="FormulaGuard"/> before it when a spreadsheet could take it for a formula.</summary>
    public static string Guard(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' or FormulaGuard ? FormulaGuard + text : text;
    }

    private static object?[] Spread(ExportElementType type, IReadOnlyList<object?> values, int width)
    {
        var cells = new object?[width];
        var positions = Positions[type];
        for (var i = 0; i < positions.Length; i++)
        {
            cells[positions[i]] = values[i];
        }

        return cells;
    }

    private void WriteRecord(object?[] cells)
    {
        _line.Clear();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            AppendCell(_line, cells[i]);
        }

        _line.Append("\r\n");
        output.Write(_line);
    }
}
