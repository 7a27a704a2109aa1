using System.Net;
using AseanCyber.Neo4j.QueryApi.Testing;
using Microsoft.Extensions.Logging;

namespace AseanCyber.Neo4j.QueryApi.Tests;

/// <summary>A transaction whose commit fails is rolled back, or it would hold its locks until the server expires it.</summary>
public sealed class TransactionRollbackTests
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    [Fact]
    public async Task A_commit_that_times_out_is_rolled_back()
    {
        using var handler = new FakeQueryApiHandler(async (request, ct) =>
        {
            if (request.Path.EndsWith("/commit", StringComparison.Ordinal))
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return Answer(request);
        });
        var logger = new RecordingLogger<QueryApiClient>();
        var client = handler.CreateClient(
            o =>
            {
                // Only the commit hangs; the other three requests must answer within the timeout, on a loaded machine too.
                o.RequestTimeout = TimeSpan.FromSeconds(2);
                o.MaxRetries = 0;
            },
            logger);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunUnitAsync(client));

        Assert.Equal(Neo4jErrorCodes.Timeout, error.Code);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t1", "POST /db/neo4j/query/v2/tx/t1/commit", "DELETE /db/neo4j/query/v2/tx/t1"],
            handler.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Empty(handler.OpenTransactions);
        var logged = Assert.Single(logger.Entries, e => e.Property("TransactionId") is not null);
        Assert.Equal("t1", logged.Property("TransactionId"));
        Assert.Equal(Neo4jErrorCodes.Timeout, logged.Property("Neo4jCode"));
    }

    [Fact]
    public async Task A_commit_cancelled_by_the_caller_is_rolled_back()
    {
        using var cancellation = new CancellationTokenSource();
        using var handler = new FakeQueryApiHandler(async (request, ct) =>
        {
            if (request.Path.EndsWith("/commit", StringComparison.Ordinal))
            {
                await cancellation.CancelAsync();
                await Task.Delay(Timeout.Infinite, ct);
            }

            return Answer(request);
        });
        var client = handler.CreateClient();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunUnitAsync(client, cancellation.Token));

        Assert.Equal("DELETE /db/neo4j/query/v2/tx/t1", $"{handler.Requests[^1].Method} {handler.Requests[^1].Path}");
        Assert.Empty(handler.OpenTransactions);
    }

    [Fact]
    public async Task A_commit_whose_connection_breaks_is_rolled_back()
    {
        using var handler = new FakeQueryApiHandler(request => request.Path.EndsWith("/commit", StringComparison.Ordinal)
            ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
            : Answer(request));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunUnitAsync(client));

        Assert.Equal(Neo4jErrorKind.Unavailable, error.Kind);
        Assert.Equal(HttpMethod.Delete, handler.Requests[^1].Method);
        Assert.Empty(handler.OpenTransactions);
    }

    [Fact]
    public async Task A_commit_the_server_refused_is_still_rolled_back_best_effort_and_logged_once_quietly()
    {
        using var handler = new FakeQueryApiHandler(request => request.Path.EndsWith("/commit", StringComparison.Ordinal)
            ? FakeQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists")
            : Answer(request));
        var logger = new RecordingLogger<QueryApiClient>();
        var client = handler.CreateClient(logger: logger);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunUnitAsync(client));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal(HttpMethod.Delete, handler.Requests[^1].Method);
        var logged = Assert.Single(logger.Entries, e => e.Property("TransactionId") is not null);
        Assert.Equal(LogLevel.Debug, logged.Level);
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", logged.Property("Neo4jCode"));
    }

    private static Task<QueryResult> RunUnitAsync(QueryApiClient client, CancellationToken cancellationToken = default) =>
        client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE ()", NoParameters, ct), cancellationToken);

    private static HttpResponseMessage Answer(RecordedRequest request) =>
        request.Path.EndsWith("/tx", StringComparison.Ordinal) ? FakeQueryApiHandler.TransactionOpened("t1")
        : request.Method == HttpMethod.Delete ? FakeQueryApiHandler.RolledBack()
        : request.Path.EndsWith("/commit", StringComparison.Ordinal) ? FakeQueryApiHandler.Committed("FB:1")
        : FakeQueryApiHandler.InTransaction("t1", [], []);
}
