using System.Text;
using System.Text.Json;
using AseanCyber.Neo4j.QueryApi.Testing;

namespace AseanCyber.Neo4j.QueryApi.Tests;

/// <summary>What the client sends: paths, headers and bodies of auto-commit statements.</summary>
public sealed class QueryApiRequestTests : IDisposable
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    private readonly FakeQueryApiHandler _handler = new(_ => FakeQueryApiHandler.Typed(["n"], [[1L]]));

    public void Dispose() => _handler.Dispose();

    [Fact]
    public async Task A_statement_is_posted_to_the_databases_query_endpoint()
    {
        var client = _handler.CreateClient();

        await client.RunAsync("RETURN 1 AS n", NoParameters, AccessMode.Read, CancellationToken.None);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://neo4j.test:7474/db/neo4j/query/v2", request.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task The_database_name_is_escaped_into_the_path()
    {
        var client = _handler.CreateClient(o => o.Database = "asean cyber/ä");

        await client.RunAsync("RETURN 1 AS n", NoParameters, AccessMode.Read, CancellationToken.None);

        Assert.Equal("/db/asean%20cyber%2F%C3%A4/query/v2", Assert.Single(_handler.Requests).Path);
    }

    [Fact]
    public async Task Basic_auth_typed_json_and_the_user_agent_are_sent()
    {
        var client = _handler.CreateClient();

        await client.RunAsync("RETURN 1 AS n", NoParameters, AccessMode.Read, CancellationToken.None);

        var request = Assert.Single(_handler.Requests);
        var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeQueryApiHandler.TestUser}:{FakeQueryApiHandler.TestPassword}"));
        Assert.Equal($"Basic {expected}", request.Header("Authorization"));
        Assert.Equal("application/vnd.neo4j.query", request.Header("Accept"));
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("AseanCyber/1.0", request.Header("User-Agent"));
        Assert.Null(request.Header("neo4j-cluster-affinity"));
    }

    [Fact]
    public async Task A_token_is_sent_as_bearer_auth()
    {
        var client = _handler.CreateClient(o =>
        {
            o.User = null;
            o.Password = null;
            o.Token = "sso-token-123";
        });

        await client.RunAsync("RETURN 1 AS n", NoParameters, AccessMode.Read, CancellationToken.None);

        Assert.Equal("Bearer sso-token-123", Assert.Single(_handler.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Without_credentials_no_authorization_header_is_sent()
    {
        var client = _handler.CreateClient(o =>
        {
            o.User = null;
            o.Password = null;
        });

        await client.RunAsync("RETURN 1 AS n", NoParameters, AccessMode.Read, CancellationToken.None);

        Assert.Null(Assert.Single(_handler.Requests).Header("Authorization"));
    }

    [Theory]
    [InlineData(AccessMode.Read, "Read")]
    [InlineData(AccessMode.Write, "Write")]
    public async Task The_body_carries_the_statement_untouched_and_the_access_mode(AccessMode mode, string expected)
    {
        var client = _handler.CreateClient();
        const string statement = "MATCH (e:Entry {title: $title})\n// \"quoted\" ประเทศไทย Việt Nam\nRETURN e.title AS n";

        await client.RunAsync(statement, new Dictionary<string, object?> { ["title"] = "x" }, mode, CancellationToken.None);

        var body = Assert.Single(_handler.Requests).Body!.AsObject();
        Assert.Equal(statement, body["statement"]!.GetValue<string>());
        Assert.Equal(expected, body["accessMode"]!.GetValue<string>());
        Assert.True(body["includeCounters"]!.GetValue<bool>());
        Assert.False(body.ContainsKey("bookmarks"));
        Assert.Equal(["statement", "parameters", "includeCounters", "accessMode", "maxExecutionTime"], body.Select(p => p.Key));
    }

    [Fact]
    public async Task Parameters_are_sent_as_plain_json_with_exact_types()
    {
        var client = _handler.CreateClient();
        var parameters = new Dictionary<string, object?>
        {
            ["none"] = null,
            ["text"] = "ASEAN \"CERT\" ประเทศไทย",
            ["yes"] = true,
            ["small"] = 42,
            ["big"] = long.MaxValue,
            ["least"] = long.MinValue,
            ["whole"] = 3.0,
            ["fraction"] = 0.1,
            ["single"] = 1.5f,
            ["huge"] = 1e300,
            ["day"] = new DateOnly(2018, 9, 19),
            ["ids"] = new[] { "a", "b" },
            ["numbers"] = new List<int> { 1, 2 },
            ["rows"] = new List<object?>
            {
                new Dictionary<string, object?> { ["id"] = "e1", ["tags"] = new[] { "x" } },
                new Dictionary<string, string> { ["id"] = "e2" },
            },
            ["nested"] = (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["inner"] = new List<object?> { 1L, null } },
        };

        await client.RunAsync("RETURN 1 AS n", parameters, AccessMode.Write, CancellationToken.None);

        var sent = Assert.Single(_handler.Requests).Parameters!.AsObject();
        Assert.Equal(parameters.Keys, sent.Select(p => p.Key));
        Assert.Equal(JsonValueKind.Null, JsonAssert.Kind(sent["none"]));
        Assert.Equal("ASEAN \"CERT\" ประเทศไทย", sent["text"]!.GetValue<string>());
        Assert.Equal("true", JsonAssert.Raw(sent["yes"]));
        Assert.Equal("42", JsonAssert.Raw(sent["small"]));
        Assert.Equal("9223372036854775807", JsonAssert.Raw(sent["big"]));
        Assert.Equal("-9223372036854775808", JsonAssert.Raw(sent["least"]));
        Assert.Equal("3.0", JsonAssert.Raw(sent["whole"]));
        Assert.Equal("0.1", JsonAssert.Raw(sent["fraction"]));
        Assert.Equal("1.5", JsonAssert.Raw(sent["single"]));
        Assert.Equal("1E+300", JsonAssert.Raw(sent["huge"]));
        Assert.Equal("\"2018-09-19\"", JsonAssert.Raw(sent["day"]));
        Assert.Equal("[\"a\",\"b\"]", JsonAssert.Raw(sent["ids"]));
        Assert.Equal("[1,2]", JsonAssert.Raw(sent["numbers"]));
        Assert.Equal("[{\"id\":\"e1\",\"tags\":[\"x\"]},{\"id\":\"e2\"}]", JsonAssert.Raw(sent["rows"]));
        Assert.Equal("{\"inner\":[1,null]}", JsonAssert.Raw(sent["nested"]));
    }

    [Fact]
    public async Task Non_ascii_text_is_sent_as_utf8_not_escaped()
    {
        var client = _handler.CreateClient();

        await client.RunAsync("RETURN $t AS n", new Dictionary<string, object?> { ["t"] = "Việt Nam" }, AccessMode.Read, CancellationToken.None);

        Assert.Contains("\"t\":\"Việt Nam\"", Assert.Single(_handler.Requests).BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public async Task Non_finite_floats_are_refused_before_anything_is_sent(double value)
    {
        var client = _handler.CreateClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.RunAsync(
            "RETURN $x AS n", new Dictionary<string, object?> { ["x"] = new[] { 1.0, value } }, AccessMode.Read, CancellationToken.None));

        Assert.Contains("'x[1]'", error.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task An_unsupported_parameter_type_is_refused_naming_its_path()
    {
        var client = _handler.CreateClient();
        var parameters = new Dictionary<string, object?>
        {
            ["rows"] = new List<object?>
            {
                new Dictionary<string, object?> { ["id"] = "e1" },
                new Dictionary<string, object?> { ["id"] = Guid.NewGuid() },
            },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => client.RunAsync("UNWIND $rows AS row RETURN row", parameters, AccessMode.Write, CancellationToken.None));

        Assert.Contains("'rows[1].id'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Guid", error.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Byte_arrays_and_maps_with_other_keys_are_refused()
    {
        var client = _handler.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>(() => client.RunAsync(
            "RETURN $b AS n", new Dictionary<string, object?> { ["b"] = new byte[] { 1 } }, AccessMode.Read, CancellationToken.None));
        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.RunAsync(
            "RETURN $m AS n", new Dictionary<string, object?> { ["m"] = new Dictionary<int, string> { [1] = "x" } }, AccessMode.Read, CancellationToken.None));

        Assert.Contains("'m'", error.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Reads_after_a_write_carry_the_writes_bookmarks()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.Empty("FB:write-1"),
            _ => FakeQueryApiHandler.Typed(["n"], [[1L]], ["FB:write-1"]));
        var client = handler.CreateClient();
        Assert.Empty(client.LastBookmarks);

        await client.RunAsync("CREATE (:Entry {id: $id})", new Dictionary<string, object?> { ["id"] = "e1" }, AccessMode.Write, CancellationToken.None);
        await client.RunAsync("MATCH (e:Entry) RETURN count(e) AS n", NoParameters, AccessMode.Read, CancellationToken.None);

        var (write, read) = (handler.Requests[0], handler.Requests[1]);
        Assert.Null(write.Body!["bookmarks"]);
        Assert.Equal("[\"FB:write-1\"]", JsonAssert.Raw(read.Body!["bookmarks"]));
        Assert.Equal(["FB:write-1"], client.LastBookmarks);
    }

    [Fact]
    public async Task A_later_bookmark_replaces_the_one_its_work_started_from()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.Empty("FB:1"),
            _ => FakeQueryApiHandler.Empty("FB:2"),
            _ => FakeQueryApiHandler.Typed(["n"], [[1L]], ["FB:2"]));
        var client = handler.CreateClient();

        await client.RunAsync("CREATE ()", NoParameters, AccessMode.Write, CancellationToken.None);
        await client.RunAsync("CREATE ()", NoParameters, AccessMode.Write, CancellationToken.None);
        await client.RunAsync("RETURN 1 AS n", NoParameters, AccessMode.Read, CancellationToken.None);

        Assert.Equal("[\"FB:1\"]", JsonAssert.Raw(handler.Requests[1].Body!["bookmarks"]));
        Assert.Equal("[\"FB:2\"]", JsonAssert.Raw(handler.Requests[2].Body!["bookmarks"]));
        Assert.Equal(["FB:2"], client.LastBookmarks);
    }

    [Fact]
    public async Task Concurrent_writes_keep_each_others_bookmarks()
    {
        var started = 0;
        // Awaited, not waited on: two blocked pool threads could starve a loaded two-core machine's thread pool.
        var bothSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var handler = new FakeQueryApiHandler(async (request, ct) =>
        {
            var mine = Interlocked.Increment(ref started);
            if (mine == 2)
            {
                bothSent.TrySetResult();
            }

            await bothSent.Task.WaitAsync(ct);
            return FakeQueryApiHandler.Empty($"FB:{mine}");
        });
        var client = handler.CreateClient();

        await Task.WhenAll(
            client.RunAsync("CREATE ()", NoParameters, AccessMode.Write, CancellationToken.None),
            client.RunAsync("CREATE ()", NoParameters, AccessMode.Write, CancellationToken.None));

        Assert.Equal(["FB:1", "FB:2"], client.LastBookmarks.Order(StringComparer.Ordinal));
    }
}
