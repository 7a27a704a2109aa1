using System.Text;

namespace AseanCyber.Api.Tests.Export;

/// <summary>One CSV field: its text, and whether it was quoted (an unquoted empty field is a missing value, <c>""</c> an empty text).</summary>
public sealed record CsvField(string Text, bool Quoted);

/// <summary>
/// A strict RFC 4180 reader: records end with CRLF (the last one may end the file instead); fields are separated by
/// commas; a field is either quoted (<c>"..."</c>, a quote inside doubled, commas, CR and LF allowed) or holds no quote,
/// comma, CR or LF; every record has as many fields as the header. Anything else throws <see cref="FormatException"/>
/// with the offset, so a sloppy writer cannot pass.
/// </summary>
public static class StrictCsv
{
    public static IReadOnlyList<CsvField[]> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvField[]>();
        var fields = new List<CsvField>();
        var i = 0;
        while (i < text.Length)
        {
            CsvField field;
            if (text[i] == '"')
            {
                var sb = new StringBuilder();
                var start = i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException($"The quoted field at offset {start} is not closed.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    sb.Append(text[i++]);
                }

                field = new CsvField(sb.ToString(), Quoted: true);
            }
            else
            {
                var start = i;
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"A quote inside the unquoted field at offset {start}.");
                    }

                    i++;
                }

                field = new CsvField(text[start..i], Quoted: false);
            }

            fields.Add(field);
            if (i == text.Length)
            {
                records.Add([.. fields]);
                break;
            }

            if (text[i] == ',')
            {
                i++;
                if (i == text.Length)
                {
                    fields.Add(new CsvField("", Quoted: false));
                    records.Add([.. fields]);
                }

                continue;
            }

            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                records.Add([.. fields]);
                fields.Clear();
                i += 2;
                continue;
            }

            throw new FormatException($"Offset {i}: expected a comma or CRLF after a field, found U+{(int)text[i]:X4}.");
        }

        if (records.Count > 0 && records.Any(r => r.Length != records[0].Length))
        {
            var bad = records.FindIndex(r => r.Length != records[0].Length);
            throw new FormatException($"Record {bad + 1} has {records[bad].Length} fields; the header has {records[0].Length}.");
        }

        return records;
    }
}
