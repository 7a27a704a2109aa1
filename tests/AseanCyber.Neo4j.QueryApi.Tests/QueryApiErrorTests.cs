using System.Net;
using System.Net.Sockets;
using System.Text;
using AseanCyber.Neo4j.QueryApi.Testing;
using Microsoft.Extensions.Logging;

namespace AseanCyber.Neo4j.QueryApi.Tests;

/// <summary>How errors are classified, which are retried, and what the caller finally sees.</summary>
public sealed class QueryApiErrorTests
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    [Fact]
    public async Task A_client_error_is_surfaced_with_code_and_message_and_not_retried()
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Error(
            HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'"));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Equal(Neo4jErrorKind.Client, error.Kind);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(400, error.StatusCode);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid input 'RETRN'", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.Accepted)]
    public async Task An_errors_list_in_a_success_status_is_an_error(HttpStatusCode status)
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Error(
            status, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(1) already exists with label `Entry`"));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Equal(Neo4jErrorKind.Client, error.Kind);
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal((int)status, error.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task An_error_alongside_data_wins_over_the_data()
    {
        var body = FakeQueryApiHandler.ResultBody(["n"], [[1L]], ["FB:1"]);
        body["errors"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["code"] = "Neo.DatabaseError.General.UnknownError", ["message"] = "boom" });
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Json(HttpStatusCode.Accepted, body));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Equal(Neo4jErrorKind.Database, error.Kind);
        Assert.Equal("Neo.DatabaseError.General.UnknownError", error.Code);
        Assert.Single(handler.Requests);
        Assert.Empty(client.LastBookmarks);
    }

    [Fact]
    public async Task A_database_error_is_not_retried()
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Error(
            HttpStatusCode.InternalServerError, "Neo.DatabaseError.Statement.ExecutionFailed", "out of disk"));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Equal(Neo4jErrorKind.Database, error.Kind);
        Assert.Contains("out of disk", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_transient_error_is_retried_then_succeeds_and_the_retry_is_logged()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => FakeQueryApiHandler.TransientError(),
            _ => FakeQueryApiHandler.Typed(["n"], [[7L]]));
        var logger = new RecordingLogger<QueryApiClient>();
        var client = handler.CreateClient(logger: logger);

        var result = await RunAsync(client);

        Assert.Equal(7L, result.Records[0]["n"]);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(handler.Requests[0].BodyText, handler.Requests[1].BodyText);
        var retry = Assert.Single(logger.Entries, r => r.Level == LogLevel.Warning);
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", retry.Properties["Neo4jCode"]);
        Assert.Equal(1, retry.Properties["Attempt"]);
        Assert.Equal(4, retry.Properties["MaxRetries"]);
        Assert.IsType<TimeSpan>(retry.Properties["Delay"]);
        Assert.Equal(
            "Neo4j request failed with {Neo4jCode}, retry {Attempt} of {MaxRetries} in {Delay}",
            retry.Properties["{OriginalFormat}"]);
    }

    [Fact]
    public async Task A_persistent_transient_error_is_surfaced_after_the_last_retry()
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.TransientError());
        var client = handler.CreateClient(o => o.MaxRetries = 3);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(Neo4jErrorKind.Transient, error.Kind);
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        Assert.Equal(503, error.StatusCode);
        Assert.Contains("gave up after 4 attempts", error.Message, StringComparison.Ordinal);
        Assert.Contains("can't acquire ExclusiveLock", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retries_can_be_turned_off()
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.TransientError());
        var client = handler.CreateClient(o => o.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Single(handler.Requests);
        Assert.Contains("gave up after 1 attempt;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_unavailable_naming_the_server()
    {
        using var handler = new FakeQueryApiHandler(_ =>
            throw new HttpRequestException("Connection refused (neo4j.test:7474)", new SocketException((int)SocketError.ConnectionRefused)));
        var client = handler.CreateClient(o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(Neo4jErrorKind.Unavailable, error.Kind);
        Assert.Equal(Neo4jErrorCodes.ConnectionFailed, error.Code);
        Assert.Null(error.StatusCode);
        Assert.Contains("http://neo4j.test:7474/", error.Message, StringComparison.Ordinal);
        Assert.Contains("Connection refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("gave up after 3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_failure_then_an_answer_succeeds()
    {
        using var handler = FakeQueryApiHandler.Sequence(
            _ => throw new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (neo4j.test:7474)"),
            _ => FakeQueryApiHandler.Typed(["n"], [[1L]]));
        var client = handler.CreateClient();

        var result = await RunAsync(client);

        Assert.Single(result.Records);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_request_that_outlasts_the_timeout_is_reported_unavailable_and_not_retried()
    {
        using var handler = new FakeQueryApiHandler(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        var client = handler.CreateClient(o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(50);
            o.MaxRetries = 1;
        });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Single(handler.Requests);
        Assert.Equal(Neo4jErrorKind.Unavailable, error.Kind);
        Assert.Equal(Neo4jErrorCodes.Timeout, error.Code);
        Assert.False(error.IsTransient);
        Assert.Contains("did not answer POST /db/neo4j/query/v2 within 0.05 s", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task A_gateways_error_page_is_retried_as_unavailable(HttpStatusCode status)
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Text(status, "<html>upstream connect error</html>"));
        var client = handler.CreateClient(o => o.MaxRetries = 1);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(Neo4jErrorKind.Unavailable, error.Kind);
        Assert.Equal(Neo4jErrorCodes.GatewayUnavailable, error.Code);
        Assert.Equal((int)status, error.StatusCode);
    }

    [Fact]
    public async Task Refused_credentials_are_a_configuration_error_that_never_shows_the_password()
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Error(
            HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
        var logger = new RecordingLogger<QueryApiClient>();
        var client = handler.CreateClient(logger: logger);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Single(handler.Requests);
        Assert.Equal(Neo4jErrorKind.Unauthorized, error.Kind);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal(401, error.StatusCode);
        Assert.Contains("Neo4j:User and Neo4j:Password", error.Message, StringComparison.Ordinal);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeQueryApiHandler.TestUser}:{FakeQueryApiHandler.TestPassword}"));
        foreach (var text in logger.Entries.Select(r => r.Message).Append(error.ToString()))
        {
            Assert.DoesNotContain(FakeQueryApiHandler.TestPassword, text, StringComparison.Ordinal);
            Assert.DoesNotContain(basic, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_bare_401_with_a_token_points_at_the_token_setting_without_showing_it()
    {
        using var handler = new FakeQueryApiHandler(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        var client = handler.CreateClient(o =>
        {
            o.User = null;
            o.Password = null;
            o.Token = "very-secret-token";
        });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Equal(Neo4jErrorKind.Unauthorized, error.Kind);
        Assert.Equal(Neo4jErrorCodes.Unauthorized, error.Code);
        Assert.Contains("Neo4j:Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-token", error.ToString(), StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Without_credentials_a_401_says_none_are_configured()
    {
        using var handler = new FakeQueryApiHandler(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        var client = handler.CreateClient(o =>
        {
            o.User = null;
            o.Password = null;
        });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Contains("no credentials are configured", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbidden_is_a_client_error_with_its_code()
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Error(
            HttpStatusCode.Forbidden, "Neo.ClientError.Security.Forbidden", "Write operations are not allowed for user 'reader'"));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Equal(Neo4jErrorKind.Client, error.Kind);
        Assert.Equal("Neo.ClientError.Security.Forbidden", error.Code);
        Assert.Equal(403, error.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "<html><body>Internal error</body></html>")]
    [InlineData(HttpStatusCode.Accepted, "not json at all")]
    [InlineData(HttpStatusCode.Accepted, "[1, 2, 3]")]
    [InlineData(HttpStatusCode.NotFound, "{\"message\": \"no such endpoint\"}")]
    public async Task A_garbage_answer_is_a_protocol_error_showing_the_status_and_the_start_of_the_body(HttpStatusCode status, string body)
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Text(status, body));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Single(handler.Requests);
        Assert.Equal(Neo4jErrorKind.Protocol, error.Kind);
        Assert.Equal(Neo4jErrorCodes.Protocol, error.Code);
        Assert.Equal((int)status, error.StatusCode);
        Assert.Contains($"HTTP {(int)status}", error.Message, StringComparison.Ordinal);
        Assert.Contains(body, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_garbage_body_is_cut_to_its_start()
    {
        var body = "<html>" + new string('x', 5000) + "</html>";
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Text(HttpStatusCode.InternalServerError, body));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Contains("<html>xxx", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("</html>", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 600, error.Message);
    }

    [Fact]
    public async Task An_empty_success_answer_is_a_protocol_error()
    {
        using var handler = new FakeQueryApiHandler(_ => new HttpResponseMessage(HttpStatusCode.Accepted));
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(client));

        Assert.Equal(Neo4jErrorKind.Protocol, error.Kind);
        Assert.Contains("the answer is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_caller_is_not_retried()
    {
        using var cancellation = new CancellationTokenSource();
        using var handler = new FakeQueryApiHandler(_ =>
        {
            cancellation.Cancel();
            return FakeQueryApiHandler.TransientError();
        });
        var client = handler.CreateClient();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.RunAsync("RETURN 1", NoParameters, AccessMode.Read, cancellation.Token));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Cancelling_a_request_under_way_surfaces_as_cancellation_not_as_unavailable()
    {
        using var cancellation = new CancellationTokenSource();
        using var handler = new FakeQueryApiHandler(async (_, ct) =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        var client = handler.CreateClient();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.RunAsync("RETURN 1", NoParameters, AccessMode.Read, cancellation.Token));

        Assert.IsNotType<Neo4jException>(error);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task An_already_cancelled_caller_sends_nothing()
    {
        using var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Typed(["n"], [[1L]]));
        var client = handler.CreateClient();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.RunAsync("RETURN 1", NoParameters, AccessMode.Read, new CancellationToken(canceled: true)));

        Assert.Empty(handler.Requests);
    }

    private static Task<QueryResult> RunAsync(QueryApiClient client) =>
        client.RunAsync("RETURN 1 AS n", NoParameters, AccessMode.Read, CancellationToken.None);
}
