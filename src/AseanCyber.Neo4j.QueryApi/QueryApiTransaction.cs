namespace AseanCyber.Neo4j.QueryApi;

/// <summary>
/// An open explicit transaction, handed to the unit of work of <see cref="QueryApiClient.ExecuteWriteAsync{T}"/>.
/// Its statements are not retried one by one (the unit is); it is unusable once the unit returns.
/// </summary>
public sealed class QueryApiTransaction
{
    private readonly QueryApiClient _client;
    private volatile bool _closed;

    internal QueryApiTransaction(QueryApiClient client, string id, Uri uri, string? affinity)
    {
        _client = client;
        Id = id;
        Uri = uri;
        Affinity = affinity;
    }

    /// <summary>The server's id of this transaction.</summary>
    public string Id { get; }

    internal Uri Uri { get; }

    /// <summary>The <c>neo4j-cluster-affinity</c> the server set when opening it, sent back on each later request.</summary>
    internal string? Affinity { get; }

    public async Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?> parameters,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(parameters);
        if (_closed)
        {
            throw new InvalidOperationException(
                $"Neo4j transaction {Id} is already committed or rolled back; run statements inside the unit of work only.");
        }

        var body = RequestBody.Statement(statement, parameters, accessMode: null, bookmarks: [], maxExecutionSeconds: null);
        var (result, _) = await _client.SendAsync(
            HttpMethod.Post,
            Uri,
            body,
            Affinity,
            root => TypedJsonReader.ReadQueryResult(root ?? throw new UnexpectedAnswerException("the answer is empty")),
            cancellationToken);
        return result;
    }

    internal void Close() => _closed = true;
}
