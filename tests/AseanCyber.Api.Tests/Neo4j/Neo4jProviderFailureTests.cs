using System.Net;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Graph.Testing;
using AseanCyber.Neo4j.QueryApi.Testing;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Tests.Neo4j;

/// <summary>The whole API with Graph:Provider=Neo4j when Neo4j refuses or fails: each test breaks its own stand-in.</summary>
public sealed class Neo4jProviderFailureTests : IDisposable
{
    private readonly FakeNeo4jGraph _neo4j = new();
    private readonly ApiFactory _api;

    public Neo4jProviderFailureTests()
    {
        _api = new ApiFactory()
            .WithStandInNeo4j(_neo4j);
    }

    public void Dispose()
    {
        _api.Dispose();
        _neo4j.Dispose();
    }

    [Fact]
    public async Task Readiness_says_when_neo4j_refuses_the_credentials()
    {
        _neo4j.Override = _ => FakeNeo4jGraph.Unauthorized();
        var client = _api.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Neo4j:User", body, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeQueryApiHandler.TestPassword, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_errors_from_neo4j_reach_the_client_with_a_code()
    {
        await _api.WaitUntilReadyAsync(_neo4j);
        _neo4j.Override = _ => FakeQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", "Invalid input");

        var result = await _api.PostGraphQLAsync("{ themes { name } }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("NEO4J_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_up_refuses_unusable_neo4j_settings_before_any_request()
    {
        using var api = new ApiFactory().WithSetting("Graph:Provider", "Neo4j").WithSetting("Neo4j:Uri", "").WithSetting("Neo4j:MaxRetries", "-1");

        var error = StartupFailure.Expect<OptionsValidationException>(api);

        Assert.Contains("Neo4j:Uri is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:MaxRetries must be between 0 and 100", error.Message, StringComparison.Ordinal);
    }
}
