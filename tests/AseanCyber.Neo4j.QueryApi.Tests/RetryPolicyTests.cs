using System.Net;
using AseanCyber.Neo4j.QueryApi.Testing;

namespace AseanCyber.Neo4j.QueryApi.Tests;

/// <summary>
/// Only Neo4j's transient errors and requests that never reached the server are sent again; work the server may still
/// be running is not, and the server is told how long it may run each statement or transaction.
/// </summary>
public sealed class RetryPolicyTests
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    [Fact]
    public async Task A_read_that_times_out_is_sent_once()
    {
        using var handler = new FakeQueryApiHandler(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return FakeQueryApiHandler.Typed([], []);
        });
        var client = handler.CreateClient(o => o.RequestTimeout = TimeSpan.FromMilliseconds(50));

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => client.RunAsync("MATCH (e:Entry) RETURN e", NoParameters, AccessMode.Read, CancellationToken.None));

        Assert.Equal(Neo4jErrorCodes.Timeout, error.Code);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_connection_that_breaks_after_the_request_was_sent_is_not_retried()
    {
        using var handler = new FakeQueryApiHandler(_ =>
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => client.RunAsync("MATCH (e:Entry) RETURN e", NoParameters, AccessMode.Read, CancellationToken.None));

        Assert.Equal(Neo4jErrorCodes.ConnectionLost, error.Code);
        Assert.Equal(Neo4jErrorKind.Unavailable, error.Kind);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    [InlineData(HttpRequestError.SecureConnectionError)]
    public async Task A_request_that_never_reached_the_server_is_retried(HttpRequestError reason)
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => throw new HttpRequestException(reason, "could not connect"),
            _ => FakeQueryApiHandler.Typed(["n"], [[1L]]));
        var client = handler.CreateClient();

        var result = await client.RunAsync("RETURN 1 AS n", NoParameters, AccessMode.Read, CancellationToken.None);

        Assert.Single(result.Records);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_gateway_timeout_is_not_retried()
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Text(HttpStatusCode.GatewayTimeout, "<html>upstream timed out</html>"));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => client.RunAsync("RETURN 1", NoParameters, AccessMode.Read, CancellationToken.None));

        Assert.Equal(Neo4jErrorCodes.GatewayTimeout, error.Code);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_commit_that_times_out_does_not_rerun_the_unit_of_work()
    {
        using var handler = new FakeQueryApiHandler(async (request, ct) =>
        {
            if (request.Path.EndsWith("/commit", StringComparison.Ordinal))
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return request.Path.EndsWith("/tx", StringComparison.Ordinal) ? FakeQueryApiHandler.TransactionOpened("t1")
                : request.Method == HttpMethod.Delete ? FakeQueryApiHandler.RolledBack()
                : FakeQueryApiHandler.InTransaction("t1", [], []);
        });
        // Only the commit hangs; the requests before it must answer within the timeout, on a loaded machine too.
        var client = handler.CreateClient(o => o.RequestTimeout = TimeSpan.FromSeconds(2));
        var calls = 0;

        await Assert.ThrowsAsync<Neo4jException>(() => client.ExecuteWriteAsync(
            (tx, ct) =>
            {
                calls++;
                return tx.RunAsync("CREATE ()", NoParameters, ct);
            },
            CancellationToken.None));

        Assert.Equal(1, calls);
        Assert.Single(handler.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transient_neo4j_error_is_still_retried()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransientError(HttpStatusCode.BadRequest),
            _ => FakeQueryApiHandler.Typed(["n"], [[1L]]));
        var client = handler.CreateClient();

        await client.RunAsync("RETURN 1 AS n", NoParameters, AccessMode.Read, CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Each_statement_tells_the_server_how_long_it_may_run_in_whole_seconds_rounded_up()
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Typed([], []));
        var client = handler.CreateClient(o => o.RequestTimeout = TimeSpan.FromSeconds(7.2));

        await client.RunAsync("RETURN 1", NoParameters, AccessMode.Read, CancellationToken.None);

        Assert.Equal(8, Assert.Single(handler.Requests).Body!["maxExecutionTime"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_transaction_is_bounded_when_it_opens_and_its_statements_carry_no_limit_of_their_own()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("t1"),
            _ => FakeQueryApiHandler.InTransaction("t1", [], []),
            _ => FakeQueryApiHandler.Committed("FB:1"));
        var client = handler.CreateClient(o => o.TransactionMaxExecutionTime = TimeSpan.FromSeconds(90));

        await client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE ()", NoParameters, ct), CancellationToken.None);

        Assert.Equal(90, handler.Requests[0].Body!["maxExecutionTime"]!.GetValue<int>());
        Assert.Null(handler.Requests[1].Body!["maxExecutionTime"]);
    }
}
