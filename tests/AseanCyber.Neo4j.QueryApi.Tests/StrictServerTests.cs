using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AseanCyber.Neo4j.QueryApi.Testing;

namespace AseanCyber.Neo4j.QueryApi.Tests;

/// <summary>The fake refuses what Neo4j's Query API refuses (rules and sources: AseanCyber.Neo4j.QueryApi.Testing/README.md).</summary>
public sealed class StrictServerTests : IDisposable
{
    private const string Query = "http://neo4j.test:7474/db/neo4j/query/v2";
    private readonly ManualTime _time = new();
    private readonly FakeQueryApiHandler _handler;
    private readonly HttpClient _http;

    public StrictServerTests()
    {
        _handler = new FakeQueryApiHandler(request => request.Path.EndsWith("/tx", StringComparison.Ordinal)
            ? FakeQueryApiHandler.TransactionOpened("t1")
            : request.Path.EndsWith("/commit", StringComparison.Ordinal) ? FakeQueryApiHandler.Committed("FB:1")
            : request.Method == HttpMethod.Delete ? FakeQueryApiHandler.RolledBack()
            : request.Statement == "FAIL" ? FakeQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", "Invalid input")
            : FakeQueryApiHandler.Typed(["n"], [[1L]]))
        {
            Time = _time,
        };
        _http = new HttpClient(_handler, disposeHandler: false);
    }

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    [Fact]
    public async Task A_post_without_content_type_gets_500_unknown_error_as_the_server_answers_a_null_request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Query + "/tx/t1/commit");
        await SendAsync(HttpMethod.Post, Query + "/tx", "{}");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("Neo.DatabaseError.General.UnknownError", error["code"]!.GetValue<string>());
        Assert.Equal("An unknown error occurred.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_post_with_an_empty_body_but_json_content_type_is_accepted()
    {
        using var response = await SendAsync(HttpMethod.Post, Query + "/tx", "");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/vnd.neo4j.query.v1.0+jsonl")]
    public async Task Another_content_type_is_unsupported(string contentType)
    {
        using var response = await SendAsync(HttpMethod.Post, Query, "{\"statement\": \"RETURN 1\"}", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Single(_handler.Requests);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/vnd.neo4j.query")]
    [InlineData("application/vnd.neo4j.query.v1.1")]
    public async Task Plain_and_typed_json_bodies_are_read(string contentType)
    {
        using var response = await SendAsync(HttpMethod.Post, Query, "{\"statement\": \"RETURN 1\"}", contentType);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_a_json_object_is_a_bad_request()
    {
        using var response = await SendAsync(HttpMethod.Post, Query, "RETURN 1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_accept_header_naming_nothing_the_server_writes_is_not_acceptable()
    {
        using var response = await SendAsync(HttpMethod.Post, Query, "{\"statement\": \"RETURN 1\"}", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Typed_json_is_answered_only_to_a_request_that_asked_for_it()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SendAsync(HttpMethod.Post, Query, "{\"statement\": \"RETURN 1\"}", accept: "application/json"));

        Assert.Contains("typed JSON only when asked for it", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/db/neo4j/query/v2")]
    [InlineData("DELETE", "/db/neo4j/query/v2/tx")]
    [InlineData("PUT", "/db/neo4j/query/v2/tx/t1")]
    public async Task Other_methods_are_not_allowed(string method, string path)
    {
        using var response = await SendAsync(new HttpMethod(method), "http://neo4j.test:7474" + path, null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_path_is_not_found()
    {
        using var response = await SendAsync(HttpMethod.Post, "http://neo4j.test:7474/db/neo4j/tx/commit", "{}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_transaction_never_opened_is_not_found()
    {
        using var response = await SendAsync(HttpMethod.Post, Query + "/tx/nope", "{\"statement\": \"RETURN 1\"}");

        await AssertTransactionNotFoundAsync(response);
        Assert.Empty(_handler.OpenTransactions);
    }

    [Fact]
    public async Task A_committed_transaction_is_gone()
    {
        (await SendAsync(HttpMethod.Post, Query + "/tx", "{}")).Dispose();
        Assert.Equal(["t1"], _handler.OpenTransactions);
        (await SendAsync(HttpMethod.Post, Query + "/tx/t1/commit", "{}")).Dispose();

        using var rollback = await SendAsync(HttpMethod.Delete, Query + "/tx/t1", null);

        await AssertTransactionNotFoundAsync(rollback);
        Assert.Empty(_handler.OpenTransactions);
    }

    [Fact]
    public async Task A_failed_statement_closes_its_transaction_as_the_server_does()
    {
        (await SendAsync(HttpMethod.Post, Query + "/tx", "{}")).Dispose();
        (await SendAsync(HttpMethod.Post, Query + "/tx/t1", "{\"statement\": \"FAIL\"}")).Dispose();

        using var commit = await SendAsync(HttpMethod.Post, Query + "/tx/t1/commit", "{}");

        await AssertTransactionNotFoundAsync(commit);
    }

    [Fact]
    public async Task A_rolled_back_transaction_is_gone()
    {
        (await SendAsync(HttpMethod.Post, Query + "/tx", "{}")).Dispose();
        using var rollback = await SendAsync(HttpMethod.Delete, Query + "/tx/t1", null);
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);

        Assert.Empty(_handler.OpenTransactions);
    }

    [Fact]
    public async Task A_transaction_expires_after_its_timeout_without_requests_and_each_request_extends_it()
    {
        (await SendAsync(HttpMethod.Post, Query + "/tx", "{}")).Dispose();
        _time.Advance(TimeSpan.FromSeconds(25));
        (await SendAsync(HttpMethod.Post, Query + "/tx/t1", "{\"statement\": \"RETURN 1\"}")).Dispose();
        _time.Advance(TimeSpan.FromSeconds(25));
        Assert.Equal(["t1"], _handler.OpenTransactions);
        _time.Advance(TimeSpan.FromSeconds(6));

        using var commit = await SendAsync(HttpMethod.Post, Query + "/tx/t1/commit", "{}");

        await AssertTransactionNotFoundAsync(commit);
    }

    private static async Task AssertTransactionNotFoundAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", error["code"]!.GetValue<string>());
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string uri,
        string? body,
        string contentType = "application/json",
        string accept = FakeQueryApiHandler.TypedJson)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await _http.SendAsync(request);
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
