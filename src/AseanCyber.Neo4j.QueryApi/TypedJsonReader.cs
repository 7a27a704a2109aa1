using System.Globalization;
using System.Text.Json;

namespace AseanCyber.Neo4j.QueryApi;

/// <summary>
/// Reads the Query API's answers in typed JSON (<c>application/vnd.neo4j.query</c>), where every value is
/// <c>{"$type": ..., "_value": ...}</c>: https://neo4j.com/docs/query-api/current/typed-json
/// Throws <see cref="UnexpectedAnswerException"/> on anything it does not know, rather than guessing.
/// </summary>
internal static class TypedJsonReader
{
    public static QueryResult ReadQueryResult(JsonElement root)
    {
        var fields = Array.Empty<string>();
        var records = Array.Empty<QueryRecord>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null)
        {
            Expect(data, JsonValueKind.Object, "data");
            fields = ReadStrings(Property(data, "fields"), "data.fields");
            var index = new FieldIndex(fields);
            var rows = Property(data, "values");
            Expect(rows, JsonValueKind.Array, "data.values");
            records = new QueryRecord[rows.GetArrayLength()];
            var r = 0;
            foreach (var row in rows.EnumerateArray())
            {
                Expect(row, JsonValueKind.Array, $"data.values[{r}]");
                if (row.GetArrayLength() != fields.Length)
                {
                    throw new UnexpectedAnswerException(
                        $"row {r} has {row.GetArrayLength()} values for {fields.Length} fields");
                }

                var values = new object?[fields.Length];
                var i = 0;
                foreach (var value in row.EnumerateArray())
                {
                    values[i++] = ReadValue(value);
                }

                records[r++] = new QueryRecord(index, values);
            }
        }

        return new QueryResult(fields, records, ReadBookmarks(root), ReadCounters(root));
    }

    public static string[] ReadBookmarks(JsonElement root) =>
        root.TryGetProperty("bookmarks", out var bookmarks) && bookmarks.ValueKind != JsonValueKind.Null
            ? ReadStrings(bookmarks, "bookmarks")
            : [];

    /// <summary>The id of the transaction an answer belongs to (<c>{"transaction": {"id": ..., "expires": ...}}</c>).</summary>
    public static string ReadTransactionId(JsonElement root)
    {
        var transaction = Property(root, "transaction");
        Expect(transaction, JsonValueKind.Object, "transaction");
        var id = Property(transaction, "id");
        Expect(id, JsonValueKind.String, "transaction.id");
        return id.GetString() is { Length: > 0 } text ? text : throw new UnexpectedAnswerException("transaction.id is empty");
    }

    public static QueryCounters? ReadCounters(JsonElement root)
    {
        if (!root.TryGetProperty("counters", out var counters) || counters.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(counters, JsonValueKind.Object, "counters");
        return new QueryCounters(
            NodesCreated: Count(counters, "nodesCreated"),
            NodesDeleted: Count(counters, "nodesDeleted"),
            RelationshipsCreated: Count(counters, "relationshipsCreated"),
            RelationshipsDeleted: Count(counters, "relationshipsDeleted"),
            PropertiesSet: Count(counters, "propertiesSet"),
            ContainsUpdates: Flag(counters, "containsUpdates"),
            LabelsAdded: Count(counters, "labelsAdded"),
            LabelsRemoved: Count(counters, "labelsRemoved"),
            IndexesAdded: Count(counters, "indexesAdded"),
            IndexesRemoved: Count(counters, "indexesRemoved"),
            ConstraintsAdded: Count(counters, "constraintsAdded"),
            ConstraintsRemoved: Count(counters, "constraintsRemoved"),
            ContainsSystemUpdates: Flag(counters, "containsSystemUpdates"),
            SystemUpdates: Count(counters, "systemUpdates"));
    }

    public static object? ReadValue(JsonElement typed)
    {
        if (typed.ValueKind != JsonValueKind.Object
            || !typed.TryGetProperty("$type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String
            || !typed.TryGetProperty("_value", out var value))
        {
            throw new UnexpectedAnswerException(
                $"expected a typed value {{\"$type\": ..., \"_value\": ...}}, got {Snippet(typed)}");
        }

        var type = typeElement.GetString()!;
        try
        {
            return type switch
            {
                "Null" => value.ValueKind == JsonValueKind.Null ? null : throw Unexpected(type, value),
                "Boolean" => value.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw Unexpected(type, value),
                },
                "Integer" => ReadInteger(value),
                "Float" => ReadFloat(value),
                "String" => Text(type, value),
                "Base64" => Convert.FromBase64String(Text(type, value)),
                "List" => ReadList(value),
                "Map" => ReadMap(value, type),
                "Date" => TemporalText.ParseDate(Text(type, value)),
                "Time" => TemporalText.ParseTime(Text(type, value)),
                "LocalTime" => TemporalText.ParseLocalTime(Text(type, value)),
                "LocalDateTime" => TemporalText.ParseLocalDateTime(Text(type, value)),
                "OffsetDateTime" => TemporalText.ParseOffsetDateTime(Text(type, value)),
                "ZonedDateTime" => TemporalText.ParseZonedDateTime(Text(type, value)),
                // Neo4j's own Query API connection reads a plain "DateTime" too, zoned or with an offset.
                "DateTime" => Text(type, value) is var text && text.EndsWith(']')
                    ? TemporalText.ParseZonedDateTime(text)
                    : TemporalText.ParseOffsetDateTime(text),
                "Duration" => TemporalText.ParseDuration(Text(type, value)),
                "Point" => TemporalText.ParsePoint(Text(type, value)),
                "Node" => ReadNode(value),
                "Relationship" => ReadRelationship(value),
                "Path" => ReadPath(value),
                _ => throw new UnexpectedAnswerException(
                    $"unknown value type \"{type}\" (this client reads application/vnd.neo4j.query 1.0 types only)"),
            };
        }
        catch (FormatException e)
        {
            throw new UnexpectedAnswerException($"cannot read {type} {Snippet(value)}: {e.Message}", e);
        }
        catch (OverflowException e)
        {
            throw new UnexpectedAnswerException($"cannot read {type} {Snippet(value)}: {e.Message}", e);
        }
    }

    private static long ReadInteger(JsonElement value) => value.ValueKind switch
    {
        // The documented form is a string, so the full 64-bit range survives JSON parsers that read doubles.
        JsonValueKind.String => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.TryGetInt64(out var number) ? number : throw Unexpected("Integer", value),
        _ => throw Unexpected("Integer", value),
    };

    private static double ReadFloat(JsonElement value) => value.ValueKind switch
    {
        // Java writes NaN, Infinity and -Infinity, which are also the invariant culture's symbols.
        JsonValueKind.String => double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetDouble(),
        _ => throw Unexpected("Float", value),
    };

    private static object?[] ReadList(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Unexpected("List", value);
        }

        var items = new object?[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            items[i++] = ReadValue(item);
        }

        return items;
    }

    private static Dictionary<string, object?> ReadMap(JsonElement value, string type)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Unexpected(type, value);
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in value.EnumerateObject())
        {
            map[entry.Name] = ReadValue(entry.Value);
        }

        return map;
    }

    private static Neo4jNode ReadNode(JsonElement value)
    {
        Expect(value, JsonValueKind.Object, "Node");
        return new Neo4jNode(
            RequiredString(value, "_element_id", "Node"),
            ReadStrings(Property(value, "_labels"), "Node._labels"),
            ReadProperties(value));
    }

    private static Neo4jRelationship ReadRelationship(JsonElement value)
    {
        Expect(value, JsonValueKind.Object, "Relationship");
        return new Neo4jRelationship(
            RequiredString(value, "_element_id", "Relationship"),
            RequiredString(value, "_start_node_element_id", "Relationship"),
            RequiredString(value, "_end_node_element_id", "Relationship"),
            RequiredString(value, "_type", "Relationship"),
            ReadProperties(value));
    }

    /// <summary>A path is the list of its elements as walked: node, relationship, node, ..., node.</summary>
    private static Neo4jPath ReadPath(JsonElement value)
    {
        Expect(value, JsonValueKind.Array, "Path");
        var nodes = new List<Neo4jNode>();
        var relationships = new List<Neo4jRelationship>();
        var position = 0;
        foreach (var element in value.EnumerateArray())
        {
            switch (ReadValue(element))
            {
                case Neo4jNode node when position % 2 == 0:
                    nodes.Add(node);
                    break;
                case Neo4jRelationship relationship when position % 2 == 1:
                    relationships.Add(relationship);
                    break;
                default:
                    throw new UnexpectedAnswerException(
                        $"path element {position} should be a {(position % 2 == 0 ? "Node" : "Relationship")}");
            }

            position++;
        }

        if (position % 2 == 0)
        {
            throw new UnexpectedAnswerException("a path must start and end with a node");
        }

        return new Neo4jPath(nodes, relationships);
    }

    private static Dictionary<string, object?> ReadProperties(JsonElement entity) =>
        entity.TryGetProperty("_properties", out var properties) && properties.ValueKind != JsonValueKind.Null
            ? ReadMap(properties, "_properties")
            : new Dictionary<string, object?>(StringComparer.Ordinal);

    private static string[] ReadStrings(JsonElement array, string what)
    {
        Expect(array, JsonValueKind.Array, what);
        var strings = new string[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            Expect(item, JsonValueKind.String, what);
            strings[i++] = item.GetString()!;
        }

        return strings;
    }

    private static long Count(JsonElement counters, string name) =>
        !counters.TryGetProperty(name, out var count) ? 0
        : count.ValueKind == JsonValueKind.Number && count.TryGetInt64(out var number) ? number
        : throw new UnexpectedAnswerException($"counters.{name} is {Snippet(count)}, not an integer");

    private static bool Flag(JsonElement counters, string name) =>
        counters.TryGetProperty(name, out var flag) && flag.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new UnexpectedAnswerException($"counters.{name} is {Snippet(flag)}, not a boolean"),
        };

    private static string RequiredString(JsonElement entity, string name, string type)
    {
        if (!entity.TryGetProperty(name, out var value))
        {
            throw new UnexpectedAnswerException($"a {type} needs {name}: {Snippet(entity)}");
        }

        Expect(value, JsonValueKind.String, $"{type}.{name}");
        return value.GetString()!;
    }

    private static string Text(string type, JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Unexpected(type, value);

    private static JsonElement Property(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value)
            ? value
            : throw new UnexpectedAnswerException($"\"{name}\" is missing in {Snippet(parent)}");

    private static void Expect(JsonElement element, JsonValueKind kind, string what)
    {
        if (element.ValueKind != kind)
        {
            throw new UnexpectedAnswerException($"{what} should be {kind}, got {Snippet(element)}");
        }
    }

    private static UnexpectedAnswerException Unexpected(string type, JsonElement value) =>
        new($"a {type} value cannot be {Snippet(value)}");

    private static string Snippet(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "...");
    }
}

/// <summary>An answer that does not follow the Query API's documented shape; the client reports it as <see cref="Neo4jErrorKind.Protocol"/>.</summary>
internal sealed class UnexpectedAnswerException(string message, Exception? inner = null) : Exception(message, inner);
