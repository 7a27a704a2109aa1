namespace AseanCyber.Testing.Cypher;

/// <summary>
/// What a statement returned: column names and rows. Values are null, bool, long, double, string,
/// <see cref="IReadOnlyList{T}"/> of values, <see cref="IReadOnlyDictionary{TKey, TValue}"/> (maps),
/// <see cref="CypherNode"/>, <see cref="CypherRelationship"/> and <see cref="CypherPath"/>, snapshots taken when the
/// statement finished.
/// </summary>
public sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows, CypherCounters Counters)
{
    /// <summary>The rows as maps by field name, for readable assertions.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Records =>
        [.. Rows.Select(r => (IReadOnlyDictionary<string, object?>)Fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => r[p.i], StringComparer.Ordinal))];

    /// <summary>The values of one column.</summary>
    public IReadOnlyList<object?> Column(string field)
    {
        var index = Fields.ToList().IndexOf(field);
        if (index < 0)
        {
            throw new ArgumentException($"No field '{field}' (fields: {string.Join(", ", Fields)}).", nameof(field));
        }

        return [.. Rows.Select(r => r[index])];
    }

    /// <summary>The single value of a one-row, one-column result.</summary>
    public object? Single() => Rows.Count == 1 && Fields.Count == 1
        ? Rows[0][0]
        : throw new InvalidOperationException($"Expected one row of one field, got {Rows.Count} rows of {Fields.Count} fields.");
}

/// <summary>The Query API's <c>counters</c>.</summary>
public sealed record CypherCounters
{
    public int NodesCreated { get; init; }

    public int NodesDeleted { get; init; }

    public int RelationshipsCreated { get; init; }

    public int RelationshipsDeleted { get; init; }

    public int PropertiesSet { get; init; }

    public int LabelsAdded { get; init; }

    public int LabelsRemoved { get; init; }

    public int IndexesAdded { get; init; }

    public int IndexesRemoved { get; init; }

    public int ConstraintsAdded { get; init; }

    public int ConstraintsRemoved { get; init; }

    public bool ContainsUpdates =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + LabelsRemoved
        + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;
}

/// <summary>A node as the Query API returns it.</summary>
public sealed record CypherNode(string ElementId, long Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the Query API returns it.</summary>
public sealed record CypherRelationship(
    string ElementId,
    long Id,
    string Type,
    string StartNodeElementId,
    string EndNodeElementId,
    IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path: nodes and the relationships between them, in path order.</summary>
public sealed record CypherPath(IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships);

/// <summary>Whether a statement may write (the Query API's <c>accessMode</c>).</summary>
public enum CypherAccessMode
{
    Write,
    Read,
}
