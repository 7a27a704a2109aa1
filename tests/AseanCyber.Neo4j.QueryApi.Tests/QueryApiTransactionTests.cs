using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AseanCyber.Neo4j.QueryApi.Testing;

namespace AseanCyber.Neo4j.QueryApi.Tests;

/// <summary>Explicit transactions: open, run, commit or roll back, and retrying the whole unit.</summary>
public sealed class QueryApiTransactionTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    private static readonly Dictionary<string, object?> NoParameters = [];

    [Fact]
    public async Task A_unit_of_work_opens_runs_and_commits_in_order()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("lyU"),
            _ => FakeQueryApiHandler.InTransaction("lyU", ["id"], [["e1"]]),
            _ => FakeQueryApiHandler.InTransaction("lyU", ["n"], [[2L]]),
            _ => FakeQueryApiHandler.Committed("FB:commit"));
        var client = handler.CreateClient();

        var result = await client.ExecuteWriteAsync(
            async (tx, ct) =>
            {
                var first = await tx.RunAsync("MERGE (e:Entry {id: $id}) RETURN e.id AS id", new Dictionary<string, object?> { ["id"] = "e1" }, ct);
                var second = await tx.RunAsync("MATCH (e:Entry) RETURN count(e) AS n", NoParameters, ct);
                return (first.Records[0]["id"], second.Records[0]["n"]);
            },
            CancellationToken.None);

        Assert.Equal(("e1", 2L), result);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit"],
            handler.Requests.Select(r => $"{r.Method} {r.Path}"));
        var run = handler.Requests[1].Body!.AsObject();
        Assert.Equal("MERGE (e:Entry {id: $id}) RETURN e.id AS id", run["statement"]!.GetValue<string>());
        Assert.Equal("{\"id\":\"e1\"}", JsonAssert.Raw(run["parameters"]));
        Assert.False(run.ContainsKey("accessMode"));
        Assert.False(run.ContainsKey("bookmarks"));
        Assert.Equal("{\"maxExecutionTime\":300}", handler.Requests[0].BodyText);
        Assert.Equal("{}", handler.Requests[3].BodyText);
        Assert.All(handler.Requests, r => Assert.StartsWith("Basic ", r.Header("Authorization"), StringComparison.Ordinal));
        Assert.All(handler.Requests, r => Assert.Equal("application/vnd.neo4j.query", r.Header("Accept")));
        Assert.Equal(["FB:commit"], client.LastBookmarks);
    }

    // Neo4j hands its Query API resources a null request for a POST without Content-Type and answers 500
    // Neo.DatabaseError.General.UnknownError: a commit must carry JSON like every other POST.
    [Fact]
    public async Task Every_post_of_a_transaction_commit_included_carries_a_json_body_and_content_type()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("t1"),
            _ => FakeQueryApiHandler.InTransaction("t1", [], []),
            _ => FakeQueryApiHandler.Committed("FB:1"));
        var client = handler.CreateClient();

        await client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE ()", NoParameters, ct), CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r =>
        {
            Assert.Equal(HttpMethod.Post, r.Method);
            Assert.Equal("application/json", r.Header("Content-Type"));
            Assert.NotNull(r.BodyText);
            Assert.Equal(JsonValueKind.Object, JsonNode.Parse(r.BodyText!)!.GetValueKind());
        });
        Assert.EndsWith("/commit", handler.Requests[2].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cluster_affinity_is_sent_back_on_every_later_request_of_the_transaction()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("t1", Affinity),
            _ => FakeQueryApiHandler.InTransaction("t1", [], []),
            _ => FakeQueryApiHandler.Committed("FB:1"),
            _ => FakeQueryApiHandler.TransactionOpened("t2", Affinity),
            _ => FakeQueryApiHandler.InTransaction("t2", [], []),
            _ => FakeQueryApiHandler.RolledBack());
        var client = handler.CreateClient();

        await client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE ()", NoParameters, ct), CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.ExecuteWriteAsync<int>(
            async (tx, ct) =>
            {
                await tx.RunAsync("CREATE ()", NoParameters, ct);
                throw new InvalidOperationException("work failed");
            },
            CancellationToken.None));

        var requests = handler.Requests;
        Assert.Null(requests[0].Header("neo4j-cluster-affinity"));
        Assert.Equal(Affinity, requests[1].Header("neo4j-cluster-affinity"));
        Assert.Equal(Affinity, requests[2].Header("neo4j-cluster-affinity"));
        Assert.Null(requests[3].Header("neo4j-cluster-affinity"));
        Assert.Equal(Affinity, requests[5].Header("neo4j-cluster-affinity"));
        Assert.Equal(HttpMethod.Delete, requests[5].Method);
    }

    [Fact]
    public async Task Without_affinity_from_the_server_none_is_sent()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("t1"),
            _ => FakeQueryApiHandler.InTransaction("t1", [], []),
            _ => FakeQueryApiHandler.Committed());
        var client = handler.CreateClient();

        await client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE ()", NoParameters, ct), CancellationToken.None);

        Assert.All(handler.Requests, r => Assert.Null(r.Header("neo4j-cluster-affinity")));
    }

    [Fact]
    public async Task A_throwing_unit_is_rolled_back_and_its_exception_surfaces_unretried()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("t1"),
            _ => FakeQueryApiHandler.InTransaction("t1", [], []),
            _ => FakeQueryApiHandler.RolledBack());
        var client = handler.CreateClient();
        var thrown = new InvalidOperationException("bad profile");
        var calls = 0;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.ExecuteWriteAsync<int>(
            async (tx, ct) =>
            {
                calls++;
                await tx.RunAsync("CREATE ()", NoParameters, ct);
                throw thrown;
            },
            CancellationToken.None));

        Assert.Same(thrown, error);
        Assert.Equal(1, calls);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t1", "DELETE /db/neo4j/query/v2/tx/t1"],
            handler.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Empty(client.LastBookmarks);
    }

    [Fact]
    public async Task A_cancelled_unit_is_rolled_back_even_though_the_caller_gave_up()
    {
        using var cancellation = new CancellationTokenSource();
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("t1"),
            _ => FakeQueryApiHandler.RolledBack());
        var client = handler.CreateClient();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ExecuteWriteAsync<int>(
            async (_, ct) =>
            {
                await cancellation.CancelAsync();
                await Task.Delay(Timeout.Infinite, ct);
                return 0;
            },
            cancellation.Token));

        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "DELETE /db/neo4j/query/v2/tx/t1"],
            handler.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_transient_failure_inside_reruns_the_whole_unit_in_a_new_transaction()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("t1"),
            _ => FakeQueryApiHandler.InTransaction("t1", [], []),
            _ => FakeQueryApiHandler.TransientError(HttpStatusCode.Accepted),
            _ => FakeQueryApiHandler.TransactionOpened("t2"),
            _ => FakeQueryApiHandler.InTransaction("t2", [], []),
            _ => FakeQueryApiHandler.InTransaction("t2", ["n"], [[1L]]),
            _ => FakeQueryApiHandler.Committed("FB:t2"));
        var client = handler.CreateClient();
        var calls = 0;

        var result = await client.ExecuteWriteAsync(
            async (tx, ct) =>
            {
                calls++;
                await tx.RunAsync("MATCH (p:Profile {id: $id}) DETACH DELETE p", new Dictionary<string, object?> { ["id"] = "p1" }, ct);
                var created = await tx.RunAsync("CREATE (p:Profile {id: $id}) RETURN 1 AS n", new Dictionary<string, object?> { ["id"] = "p1" }, ct);
                return created.Records.Count;
            },
            CancellationToken.None);

        Assert.Equal(1, result);
        Assert.Equal(2, calls);
        Assert.Equal(
            [
                "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t1", "POST /db/neo4j/query/v2/tx/t1", "DELETE /db/neo4j/query/v2/tx/t1",
                "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t2", "POST /db/neo4j/query/v2/tx/t2", "POST /db/neo4j/query/v2/tx/t2/commit",
            ],
            handler.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal(["FB:t2"], client.LastBookmarks);
    }

    [Fact]
    public async Task A_failing_open_or_commit_is_retried_too()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)"),
            _ => FakeQueryApiHandler.TransactionOpened("t1"),
            _ => FakeQueryApiHandler.TransientError(),
            _ => FakeQueryApiHandler.TransactionOpened("t2"),
            _ => FakeQueryApiHandler.Committed("FB:t2"));
        var client = handler.CreateClient();

        var result = await client.ExecuteWriteAsync((_, _) => Task.FromResult("done"), CancellationToken.None);

        Assert.Equal("done", result);
        Assert.Equal(
            [
                "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t1/commit", "DELETE /db/neo4j/query/v2/tx/t1",
                "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t2/commit",
            ],
            handler.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_client_error_inside_rolls_back_and_is_not_retried()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("t1"),
            _ => FakeQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", "Invalid input"));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.ExecuteWriteAsync(
            (tx, ct) => tx.RunAsync("CRATE ()", NoParameters, ct),
            CancellationToken.None));

        Assert.Equal(Neo4jErrorKind.Client, error.Kind);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t1", "DELETE /db/neo4j/query/v2/tx/t1"],
            handler.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_persistent_transient_failure_gives_up_after_the_retries()
    {
        using var handler = new FakeQueryApiHandler(r => r.Method == HttpMethod.Delete
            ? FakeQueryApiHandler.RolledBack()
            : r.Path.EndsWith("/tx", StringComparison.Ordinal)
                ? FakeQueryApiHandler.TransactionOpened("t")
                : FakeQueryApiHandler.TransientError());
        var client = handler.CreateClient(o => o.MaxRetries = 2);
        var calls = 0;

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.ExecuteWriteAsync(
            (tx, ct) =>
            {
                calls++;
                return tx.RunAsync("CREATE ()", NoParameters, ct);
            },
            CancellationToken.None));

        Assert.Equal(3, calls);
        Assert.Equal(Neo4jErrorKind.Transient, error.Kind);
        Assert.Contains("gave up after 3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, handler.Requests.Count(r => r.Method == HttpMethod.Delete));
    }

    [Fact]
    public async Task The_commits_bookmarks_are_sent_by_a_following_read_and_by_the_next_transaction()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("t1"),
            _ => FakeQueryApiHandler.Committed("FB:import"),
            _ => FakeQueryApiHandler.Typed(["n"], [[1L]], ["FB:import"]),
            _ => FakeQueryApiHandler.TransactionOpened("t2"),
            _ => FakeQueryApiHandler.Committed("FB:second"));
        var client = handler.CreateClient();

        await client.ExecuteWriteAsync((_, _) => Task.FromResult(0), CancellationToken.None);
        await client.RunAsync("MATCH (e:Entry) RETURN count(e) AS n", NoParameters, AccessMode.Read, CancellationToken.None);
        await client.ExecuteWriteAsync((_, _) => Task.FromResult(0), CancellationToken.None);

        Assert.Equal("[\"FB:import\"]", JsonAssert.Raw(handler.Requests[2].Body!["bookmarks"]));
        Assert.Equal("Read", handler.Requests[2].Body!["accessMode"]!.GetValue<string>());
        Assert.Equal("{\"bookmarks\":[\"FB:import\"],\"maxExecutionTime\":300}", handler.Requests[3].BodyText);
        Assert.Equal(["FB:second"], client.LastBookmarks);
    }

    [Fact]
    public async Task A_transaction_cannot_be_used_after_its_unit_returns()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("t1"),
            _ => FakeQueryApiHandler.Committed());
        var client = handler.CreateClient();

        var leaked = await client.ExecuteWriteAsync((tx, _) => Task.FromResult(tx), CancellationToken.None);

        Assert.Equal("t1", leaked.Id);
        await Assert.ThrowsAsync<InvalidOperationException>(() => leaked.RunAsync("CREATE ()", NoParameters, CancellationToken.None));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task The_transaction_id_is_escaped_into_the_path()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransactionOpened("a/b c"),
            _ => FakeQueryApiHandler.Committed());
        var client = handler.CreateClient();

        await client.ExecuteWriteAsync((_, _) => Task.FromResult(0), CancellationToken.None);

        Assert.Equal("/db/neo4j/query/v2/tx/a%2Fb%20c/commit", handler.Requests[1].Path);
    }

    [Fact]
    public async Task An_open_answer_without_a_transaction_id_is_a_protocol_error()
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Empty());
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => client.ExecuteWriteAsync((_, _) => Task.FromResult(0), CancellationToken.None));

        Assert.Equal(Neo4jErrorKind.Protocol, error.Kind);
        Assert.Contains("\"transaction\" is missing", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }
}
