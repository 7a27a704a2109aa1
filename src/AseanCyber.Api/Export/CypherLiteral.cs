using System.Globalization;
using System.Text;

namespace AseanCyber.Api.Export;

/// <summary>
/// Values and names as Cypher source text, for the export script (a file for cypher-shell or Neo4j Browser, where a
/// value can only be a literal). Strings follow the string literal of Neo4j's lexer (Cypher5Lexer.g4: a backslash
/// escapes the next character; the parser reads \\ \' \" \n \r \t \b \f and \uXXXX): single-quoted, with backslash,
/// quote, the C0 and C1 controls, line and paragraph separators, format characters (bidirectional overrides, zero-width
/// characters) and lone surrogates escaped, so the script reads as it runs; other characters are written as they are (UTF-8).
/// </summary>
public static class CypherLiteral
{
    public static void AppendString(StringBuilder sb, string value)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(value);
        sb.Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\b': sb.Append(@"\b"); break;
                case '\f': sb.Append(@"\f"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('\'');
    }

    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendString(sb, value);
        return sb.ToString();
    }

    /// <summary>A label, relationship type or property key in backticks, a backtick in it doubled.</summary>
    public static string Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
    }

    /// <summary>
    /// A value of the export: text, a whole number, a float (always with a point or exponent, so it stays a FLOAT; NaN and
    /// infinities as the divisions that make them), a boolean, or a list of texts.
    /// </summary>
    public static void AppendValue(StringBuilder sb, object value)
    {
        ArgumentNullException.ThrowIfNull(sb);
        switch (value)
        {
            case string s:
                AppendString(sb, s);
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case int or long:
                sb.Append(ExportWriter.Number(value));
                break;
            case double d when double.IsNaN(d):
                sb.Append("(0.0 / 0.0)");
                break;
            case double d when double.IsInfinity(d):
                sb.Append(d > 0 ? "(1.0 / 0.0)" : "(-1.0 / 0.0)");
                break;
            case double d:
                var text = ExportWriter.Number(d);
                sb.Append(text);
                if (text.AsSpan().IndexOfAny(".E") < 0)
                {
                    sb.Append(".0");
                }

                break;
            case IReadOnlyList<string> list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    AppendString(sb, list[i]);
                }

                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"No Cypher literal for a {value.GetType().Name}.", nameof(value));
        }
    }

    private static bool NeedsEscape(char c) =>
        char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
