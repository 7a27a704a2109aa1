using System.Net;
using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Testing;
using AseanCyber.Neo4j.QueryApi.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Neo4j;

/// <summary>
/// The whole API with Graph:Provider=Neo4j against the stand-in Neo4j: start-up, GraphQL queries and readiness, counted
/// in Query API requests.
/// </summary>
public sealed class Neo4jProviderTests : IDisposable
{
    private const string Canonical = """
        { country(code: "JP") { name entries(where: { kind: { eq: MEETING } }) { totalCount nodes { title date { start end } bodies { name } themes { name } } } } }
        """;

    private readonly FakeNeo4jGraph _neo4j = new();
    private readonly ApiFactory _api;

    public Neo4jProviderTests()
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
    public async Task Canonical_query_is_one_query_api_request_per_list_level()
    {
        var before = await _api.WaitUntilReadyAsync(_neo4j);

        var result = await _api.PostGraphQLAsync(Canonical);

        Assert.True(result.Errors.Count == 0, result.ToString());
        var sent = _neo4j.Statements.Skip(before).ToArray();
        Assert.Equal([CypherFiles.GetNodes, CypherFiles.QueryEntriesByCountry, CypherFiles.GetEntryLinks], sent);
        var entries = result.Data.GetProperty("country").GetProperty("entries");
        Assert.Equal(2, entries.GetProperty("totalCount").GetInt32());
        var titles = entries.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()!).ToArray();
        Assert.Equal(
            [
                "ASEAN-Japan Information Security Policy Meetings (10th edition), to be renamed to the Japan-ASEAN Cybersecurity Policy Meeting",
                "ASEAN-Japan 2nd Cybercrime Dialogue",
            ],
            titles);
        Assert.Equal("MEETING", _neo4j.Handler.Requests[before + 1].Parameters!["p0"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nested_lists_under_a_list_batch_across_parents()
    {
        var before = await _api.WaitUntilReadyAsync(_neo4j);

        var result = await _api.PostGraphQLAsync("""
            { bodies { name entries(first: 2) { totalCount nodes { title countries { code } themes { name } profile { name } } } } }
            """);

        Assert.True(result.Errors.Count == 0, result.ToString());
        Assert.Equal(7, result.Data.GetProperty("bodies").GetArrayLength());
        Assert.Equal(
            [CypherFiles.GetBodies, CypherFiles.QueryEntriesByBody, CypherFiles.GetEntryLinks, CypherFiles.GetNodes],
            _neo4j.Statements.Skip(before).ToArray());
    }

    [Fact]
    public async Task Same_answers_as_the_embedded_graph_for_the_canonical_query()
    {
        await _api.WaitUntilReadyAsync(_neo4j);
        using var embedded = new ApiFactory();

        var onNeo4j = await _api.PostGraphQLAsync(Canonical);
        var onEmbedded = await embedded.PostGraphQLAsync(Canonical);

        Assert.Equal(JsonSerializer.Serialize(onEmbedded.Data), JsonSerializer.Serialize(onNeo4j.Data));
    }

    [Fact]
    public async Task Connections_from_Korea_to_INTERPOL_are_two_requests_and_the_same_paths_as_embedded()
    {
        const string query = """
            { connections(from: "country:KR", to: "organization:interpol", maxHops: 4, first: 5) {
                length nodes { id __typename } steps { from { id } relationship to { id } forward evidence } } }
            """;
        var before = await _api.WaitUntilReadyAsync(_neo4j);
        using var embedded = new ApiFactory();

        var onNeo4j = await _api.PostGraphQLAsync(query);
        var onEmbedded = await embedded.PostGraphQLAsync(query);

        Assert.True(onNeo4j.Errors.Count == 0, onNeo4j.ToString());
        Assert.NotEqual(0, onNeo4j.Data.GetProperty("connections").GetArrayLength());
        Assert.Equal(JsonSerializer.Serialize(onEmbedded.Data), JsonSerializer.Serialize(onNeo4j.Data));
        Assert.Equal([CypherFiles.FindPaths, CypherFiles.GetNodes], _neo4j.Statements.Skip(before).ToArray());
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
    public void Start_up_refuses_unusable_neo4j_settings()
    {
        using var api = new ApiFactory().WithSetting("Graph:Provider", "Neo4j").WithSetting("Neo4j:Uri", "");

        var error = Assert.Throws<InvalidOperationException>(() => api.CreateClient());

        Assert.Contains("Neo4j", error.Message, StringComparison.Ordinal);
        Assert.Contains("Uri", error.Message, StringComparison.Ordinal);
    }
}
