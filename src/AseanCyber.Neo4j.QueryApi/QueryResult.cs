namespace AseanCyber.Neo4j.QueryApi;

/// <summary>
/// What one statement returned. <see cref="Bookmarks"/> are the server's, for causal consistency;
/// <see cref="Counters"/> is null when the server sent none.
/// </summary>
public sealed record QueryResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<QueryRecord> Records,
    IReadOnlyList<string> Bookmarks,
    QueryCounters? Counters);

/// <summary>The update statistics of a statement, as the Query API reports them.</summary>
public sealed record QueryCounters(
    long NodesCreated,
    long NodesDeleted,
    long RelationshipsCreated,
    long RelationshipsDeleted,
    long PropertiesSet,
    bool ContainsUpdates,
    long LabelsAdded = 0,
    long LabelsRemoved = 0,
    long IndexesAdded = 0,
    long IndexesRemoved = 0,
    long ConstraintsAdded = 0,
    long ConstraintsRemoved = 0,
    bool ContainsSystemUpdates = false,
    long SystemUpdates = 0);

/// <summary>One row of a <see cref="QueryResult"/>: values by field name or position.</summary>
public sealed class QueryRecord
{
    private readonly FieldIndex _index;
    private readonly object?[] _values;

    internal QueryRecord(FieldIndex index, object?[] values)
    {
        _index = index;
        _values = values;
    }

    public IReadOnlyList<string> Fields => _index.Fields;

    public IReadOnlyList<object?> Values => _values;

    /// <exception cref="KeyNotFoundException">The record has no such field; the message lists the ones it has.</exception>
    public object? this[string field] => _values[_index.IndexOf(field)];

    public object? this[int index] => _values[index];

    /// <summary>The value of <paramref name="field"/> as <typeparamref name="T"/>; null stays null for reference and nullable types.</summary>
    /// <exception cref="InvalidCastException">The value is of another type (or null where <typeparamref name="T"/> cannot be).</exception>
    public T Get<T>(string field)
    {
        var value = this[field];
        if (value is T typed)
        {
            return typed;
        }

        if (value is null && default(T) is null)
        {
            return default!;
        }

        throw new InvalidCastException(
            $"Field '{field}' holds {(value is null ? "null" : value.GetType().Name)}, not {typeof(T).Name}.");
    }

    public override string ToString() =>
        "{" + string.Join(", ", _index.Fields.Select((f, i) => $"{f}: {Describe(_values[i])}")) + "}";

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>Field names and their positions, shared by all records of one result.</summary>
internal sealed class FieldIndex
{
    private readonly Dictionary<string, int> _positions;

    public FieldIndex(string[] fields)
    {
        Fields = fields;
        _positions = new Dictionary<string, int>(fields.Length, StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            _positions.TryAdd(fields[i], i);
        }
    }

    public IReadOnlyList<string> Fields { get; }

    public int IndexOf(string field) =>
        _positions.TryGetValue(field, out var position)
            ? position
            : throw new KeyNotFoundException(
                $"The record has no field '{field}'; its fields are: {(Fields.Count == 0 ? "(none)" : string.Join(", ", Fields))}.");
}
