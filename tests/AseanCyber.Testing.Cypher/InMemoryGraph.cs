namespace AseanCyber.Testing.Cypher;

/// <summary>
/// An in-memory graph that runs the Cypher subset the Neo4j adapter sends, for tests: one statement per call, parameters
/// as a Query API request carries them, results and counters as it returns them. Statements run one at a time; a
/// transaction works on its own copy of the graph and publishes it on commit.
/// </summary>
public sealed class InMemoryGraph
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    private readonly Lock _gate = new();
    private GraphData _committed = new();
    private long _version;

    /// <summary>Runs one statement in its own transaction: all of it applies, or (on an error) none of it.</summary>
    public CypherResult Run(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CypherAccessMode mode = CypherAccessMode.Write)
    {
        lock (_gate)
        {
            var parsed = Parser.Parse(statement);
            var writes = IsWrite(parsed);
            CheckMode(writes, mode);
            var graph = writes ? _committed.Clone() : _committed;
            var result = Execute(parsed, graph, parameters ?? NoParameters);
            if (writes)
            {
                _committed = graph;
                _version++;
            }

            return result;
        }
    }

    /// <summary>An independent graph holding what this one has committed, schema included (to reuse a graph built once).</summary>
    public InMemoryGraph Copy()
    {
        lock (_gate)
        {
            return new InMemoryGraph { _committed = _committed.Clone() };
        }
    }

    /// <summary>Opens an explicit transaction (the Query API's <c>/tx</c>).</summary>
    public CypherTransaction Begin()
    {
        lock (_gate)
        {
            return new CypherTransaction(this, _committed.Clone(), _version);
        }
    }

    internal CypherResult RunIn(CypherTransaction tx, string statement, IReadOnlyDictionary<string, object?>? parameters, CypherAccessMode mode)
    {
        lock (_gate)
        {
            var parsed = Parser.Parse(statement);
            var writes = IsWrite(parsed);
            CheckMode(writes, mode);
            if (parsed is SchemaCommand ? tx.WroteData : writes && tx.WroteSchema)
            {
                throw new CypherException(
                    CypherException.ForbiddenDueToTransactionType,
                    "Schema modifications and data writes cannot be mixed in one transaction.");
            }

            var result = Execute(parsed, tx.Graph, parameters ?? NoParameters);
            if (parsed is SchemaCommand)
            {
                tx.WroteSchema = true;
            }
            else if (writes)
            {
                tx.WroteData = true;
            }

            return result;
        }
    }

    internal void Publish(CypherTransaction tx)
    {
        lock (_gate)
        {
            if (!tx.WroteData && !tx.WroteSchema)
            {
                return;
            }

            if (_version != tx.BaseVersion)
            {
                throw new CypherException(
                    CypherException.Outdated,
                    "The transaction read a state another transaction has since changed; retry it.");
            }

            _committed = tx.Graph;
            _version++;
        }
    }

    private static bool IsWrite(Statement statement) => statement is SchemaCommand || ((Query)statement).IsUpdating;

    private static void CheckMode(bool writes, CypherAccessMode mode)
    {
        if (writes && mode == CypherAccessMode.Read)
        {
            throw new CypherException(CypherException.AccessMode, "Writing in read access mode not allowed.");
        }
    }

    private static CypherResult Execute(Statement statement, GraphData graph, IReadOnlyDictionary<string, object?> parameters)
    {
        var converted = parameters.ToDictionary(p => p.Key, p => Values.FromParameter(p.Value, "$" + p.Key), StringComparer.Ordinal);
        var ctx = new ExecutionContext(graph, converted);
        if (statement is SchemaCommand command)
        {
            SchemaCommands.Apply(command, ctx);
            return new CypherResult([], [], ctx.Counters);
        }

        var executor = new Executor(ctx);
        var (columns, rows) = executor.RunQuery((Query)statement, Row.Empty);
        executor.CheckDeletedNodes();
        var fields = columns ?? [];
        var output = rows.Select(r => (IReadOnlyList<object?>)[.. fields.Select(f => Values.ToOutput(r.Values[f]))]).ToList();
        return new CypherResult(fields, columns is null ? [] : output, ctx.Counters);
    }
}

/// <summary>An explicit transaction: statements see its own writes; others see them only after <see cref="Commit"/>.</summary>
public sealed class CypherTransaction : IDisposable
{
    private readonly InMemoryGraph _owner;
    private bool _closed;

    internal CypherTransaction(InMemoryGraph owner, GraphData graph, long baseVersion)
    {
        _owner = owner;
        Graph = graph;
        BaseVersion = baseVersion;
    }

    internal GraphData Graph { get; private set; }

    internal long BaseVersion { get; }

    internal bool WroteData { get; set; }

    internal bool WroteSchema { get; set; }

    public bool IsOpen => !_closed;

    /// <summary>Runs one statement; an error rolls the whole transaction back, as Neo4j does.</summary>
    public CypherResult Run(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CypherAccessMode mode = CypherAccessMode.Write)
    {
        EnsureOpen();

        // A failed statement may have half-applied to the working copy; closing the transaction discards it all, as Neo4j rolls back.
        try
        {
            return _owner.RunIn(this, statement, parameters, mode);
        }
        catch (CypherException)
        {
            _closed = true;
            throw;
        }
    }

    public void Commit()
    {
        EnsureOpen();
        _closed = true;
        _owner.Publish(this);
    }

    public void Rollback()
    {
        EnsureOpen();
        _closed = true;
    }

    public void Dispose() => _closed = true;

    private void EnsureOpen()
    {
        if (_closed)
        {
            throw new CypherException(CypherException.TransactionNotFound, "The transaction has been closed (committed, rolled back or failed).");
        }
    }
}
