using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Neo4j;

/// <summary>
/// The whole API with Graph:Provider=Neo4j against the stand-in Neo4j: GraphQL queries counted in Query API requests.
/// These only read, so the class shares one app and stand-in; <see cref="Neo4jProviderFailureTests"/> breaks its own.
/// </summary>
public sealed class Neo4jProviderTests(SharedStandInNeo4jApi app) : IClassFixture<SharedStandInNeo4jApi>
{
    private const string Canonical = """
        { country(code: "JP") { name entries(where: { kind: { eq: MEETING } }) { totalCount nodes { title date { start end } bodies { name } themes { name } } } } }
        """;

    private readonly FakeNeo4jGraph _neo4j = app.Neo4j;
    private readonly ApiFactory _api = app.Api;

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
}
