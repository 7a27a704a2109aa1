namespace AseanCyber.Testing.Cypher;

/// <summary>One row of variable bindings. Rows are never changed once built: extending one copies it.</summary>
internal sealed class Row
{
    public static readonly Row Empty = new(new Dictionary<string, object?>(StringComparer.Ordinal));

    private readonly Dictionary<string, object?> _values;

    public Row(Dictionary<string, object?> values, IReadOnlyDictionary<Expr, object?>? aggregates = null)
    {
        _values = values;
        Aggregates = aggregates;
    }

    /// <summary>The values of the aggregating calls of the projection being evaluated (one group's).</summary>
    public IReadOnlyDictionary<Expr, object?>? Aggregates { get; }

    public IReadOnlyDictionary<string, object?> Values => _values;

    public IEnumerable<string> Names => _values.Keys;

    public bool Has(string name) => _values.ContainsKey(name);

    public bool TryGet(string name, out object? value) => _values.TryGetValue(name, out value);

    public Row With(string name, object? value)
    {
        var copy = new Dictionary<string, object?>(_values, StringComparer.Ordinal) { [name] = value };
        return new Row(copy, Aggregates);
    }

    public Row WithAll(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var copy = new Dictionary<string, object?>(_values, StringComparer.Ordinal);
        foreach (var (k, v) in values)
        {
            copy[k] = v;
        }

        return new Row(copy, Aggregates);
    }

    public Row WithAggregates(IReadOnlyDictionary<Expr, object?> aggregates) => new(_values, aggregates);
}

/// <summary>What one statement runs against: the graph, its parameters, and what it changed.</summary>
internal sealed class ExecutionContext(GraphData graph, IReadOnlyDictionary<string, object?> parameters)
{
    public GraphData Graph { get; } = graph;

    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;

    public long Timestamp { get; } = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public int NodesCreated { get; set; }

    public int NodesDeleted { get; set; }

    public int RelationshipsCreated { get; set; }

    public int RelationshipsDeleted { get; set; }

    public int PropertiesSet { get; set; }

    public int LabelsAdded { get; set; }

    public int LabelsRemoved { get; set; }

    public int IndexesAdded { get; set; }

    public int IndexesRemoved { get; set; }

    public int ConstraintsAdded { get; set; }

    public int ConstraintsRemoved { get; set; }

    /// <summary>Nodes deleted without DETACH: they must have lost every relationship by the end of the statement.</summary>
    public List<NodeEntity> DeletedNodes { get; } = [];

    public CypherCounters Counters => new()
    {
        NodesCreated = NodesCreated,
        NodesDeleted = NodesDeleted,
        RelationshipsCreated = RelationshipsCreated,
        RelationshipsDeleted = RelationshipsDeleted,
        PropertiesSet = PropertiesSet,
        LabelsAdded = LabelsAdded,
        LabelsRemoved = LabelsRemoved,
        IndexesAdded = IndexesAdded,
        IndexesRemoved = IndexesRemoved,
        ConstraintsAdded = ConstraintsAdded,
        ConstraintsRemoved = ConstraintsRemoved,
    };
}
