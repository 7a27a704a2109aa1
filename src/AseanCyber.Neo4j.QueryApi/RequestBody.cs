using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AseanCyber.Neo4j.QueryApi;

/// <summary>
/// Writes request bodies in plain JSON (<c>Content-Type: application/json</c>), parameters included:
/// null, string, bool, integers (up to 64 bits), double/float (always with a fraction or exponent, so Cypher sees a FLOAT
/// even for 3.0; NaN and infinities are refused because JSON cannot carry them), <see cref="DateOnly"/> (as the ISO
/// string <c>yyyy-MM-dd</c>: plain JSON has no date type, so a statement wanting a DATE says <c>date($param)</c>),
/// dictionaries with string keys (maps) and other enumerables (lists). Anything else is refused with the parameter's path.
/// </summary>
internal static class RequestBody
{
    private const int MaxDepth = 64;

    // Only the server reads these bodies (never a browser), so non-ASCII text can stay UTF-8 instead of \u escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Statement(
        string statement,
        IReadOnlyDictionary<string, object?> parameters,
        AccessMode? accessMode,
        IReadOnlyList<string> bookmarks,
        int? maxExecutionSeconds)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(parameters);
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement);
            writer.WritePropertyName("parameters");
            writer.WriteStartObject();
            foreach (var (name, value) in parameters)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value, name, 0);
            }

            writer.WriteEndObject();
            writer.WriteBoolean("includeCounters", true);
            if (accessMode is { } mode)
            {
                writer.WriteString("accessMode", mode == AccessMode.Read ? "Read" : "Write");
            }

            WriteBookmarks(writer, bookmarks);
            WriteMaxExecutionTime(writer, maxExecutionSeconds);
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>{}</c>: the body of a commit. Neo4j reads a POST's body by its Content-Type and answers one without it with
    /// 500 Neo.DatabaseError.General.UnknownError, so every POST carries JSON, even when it has nothing to say.
    /// </summary>
    public static byte[] Empty() => "{}"u8.ToArray();

    /// <summary>
    /// The body that opens an explicit transaction: the bookmarks to wait for and the transaction's time limit, which the
    /// server applies to the whole transaction (it reads maxExecutionTime only when opening one).
    /// </summary>
    public static byte[] Begin(IReadOnlyList<string> bookmarks, int? maxExecutionSeconds) =>
        Write(writer =>
        {
            writer.WriteStartObject();
            WriteBookmarks(writer, bookmarks);
            WriteMaxExecutionTime(writer, maxExecutionSeconds);
            writer.WriteEndObject();
        });

    // QueryRequest.maxExecutionTime (seconds) becomes the transaction timeout of the statement or transaction on the server.
    private static void WriteMaxExecutionTime(Utf8JsonWriter writer, int? seconds)
    {
        if (seconds is > 0)
        {
            writer.WriteNumber("maxExecutionTime", seconds.Value);
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteBookmarks(Utf8JsonWriter writer, IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("bookmarks");
        foreach (var bookmark in bookmarks)
        {
            writer.WriteStringValue(bookmark);
        }

        writer.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"Parameter '{path}' nests deeper than {MaxDepth} levels (a cycle?).");
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or sbyte or byte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float:
                WriteFloat(writer, Convert.ToDouble(value, CultureInfo.InvariantCulture), path);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case byte[]:
                throw Unsupported(path, value, "plain JSON has no byte strings");
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map, path, depth);
                break;
            case IDictionary<string, object?> map:
                WriteMap(writer, map, path, depth);
                break;
            case IDictionary map:
                WriteMap(writer, map, path, depth);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                var i = 0;
                foreach (var item in list)
                {
                    WriteValue(writer, item, $"{path}[{i++}]", depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                throw Unsupported(path, value, "send strings, numbers, booleans, DateOnly, lists or maps");
        }
    }

    private static void WriteFloat(Utf8JsonWriter writer, double number, string path)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException($"Parameter '{path}' is {number}, which JSON cannot carry.");
        }

        // Utf8JsonWriter writes 3.0 as 3, which the server would read as an INTEGER.
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        if (text.AsSpan().IndexOfAny(".Ee") < 0)
        {
            text += ".0";
        }

        writer.WriteRawValue(text);
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map, string path, int depth)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item, $"{path}.{key}", depth + 1);
        }

        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IDictionary map, string path, int depth)
    {
        writer.WriteStartObject();
        foreach (DictionaryEntry entry in map)
        {
            if (entry.Key is not string key)
            {
                throw Unsupported(path, map, "map keys must be strings");
            }

            writer.WritePropertyName(key);
            WriteValue(writer, entry.Value, $"{path}.{key}", depth + 1);
        }

        writer.WriteEndObject();
    }

    private static ArgumentException Unsupported(string path, object value, string hint) =>
        new($"Parameter '{path}' is a {value.GetType().Name}, which the Query API client does not send: {hint}.");
}
