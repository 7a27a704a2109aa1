using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Api.Tests.Neo4j;
using AseanCyber.Graph.Testing;

namespace AseanCyber.Api.Tests.Search;

/// <summary>The search field through the whole API on both adapters: the seed's answers, paging by cursor, the filter, and bad input.</summary>
public sealed class SearchApiTests : IDisposable
{
    private const string Hits = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { score highlights entry { id title kind } } }";

    private readonly FakeNeo4jGraph _neo4j = new();
    private readonly ApiFactory _embedded = new();
    private readonly ApiFactory _standIn;

    public SearchApiTests()
    {
        _standIn = new ApiFactory().WithStandInNeo4j(_neo4j);
    }

    public static TheoryData<string> Providers => ["Embedded", "Neo4j"];

    public void Dispose()
    {
        _embedded.Dispose();
        _standIn.Dispose();
        _neo4j.Dispose();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Japan_cybercrime_finds_the_Japan_dialogue_first_with_highlights(string provider)
    {
        var search = await SearchAsync(provider, """{ search(query: "Japan cybercrime") { HITS } }""");

        var first = search.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("ASEAN-Japan 2nd Cybercrime Dialogue", first.GetProperty("entry").GetProperty("title").GetString());
        Assert.Equal("ASEAN-<em>Japan</em> 2nd <em>Cybercrime</em> Dialogue", first.GetProperty("highlights")[0].GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Cybercrime_has_the_declaration_in_its_top_three(string provider)
    {
        var search = await SearchAsync(provider, """{ search(query: "cybercrime", first: 3) { HITS } }""");

        Assert.Contains("ASEAN Declaration to Prevent and Combat Cybercrime", Titles(search));
        Assert.True(search.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pages_follow_the_cursor_and_where_restricts(string provider)
    {
        var all = await SearchAsync(provider, """{ search(query: "cyber security", first: 100) { HITS } }""");
        var first = await SearchAsync(provider, """{ search(query: "cyber security", first: 4) { HITS } }""");
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await SearchAsync(provider, $$"""{ search(query: "cyber security", first: 4, after: "{{after}}") { HITS } }""");
        var meetings = await SearchAsync(provider, """{ search(query: "cyber security", where: { kind: { eq: MEETING } }, first: 100) { HITS } }""");

        Assert.Equal(Titles(all).Take(8), Titles(first).Concat(Titles(second)));
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(all.GetProperty("totalCount").GetInt32(), second.GetProperty("totalCount").GetInt32());
        var kinds = meetings.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("entry").GetProperty("kind").GetString()).ToList();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("MEETING", k));
        Assert.Equal(kinds.Count, meetings.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("Embedded", "", "INVALID_ARGUMENT")]
    [InlineData("Neo4j", "", "INVALID_ARGUMENT")]
    [InlineData("Embedded", "the of and", "INVALID_ARGUMENT")]
    [InlineData("Neo4j", "-cybercrime", "INVALID_ARGUMENT")]
    [InlineData("Embedded", "x", "INVALID_ARGUMENT")]
    public async Task Bad_queries_are_invalid_arguments(string provider, string query, string code)
    {
        var text = query == "x" ? new string('x', 501) : query;
        var result = await Api(provider).PostGraphQLAsync("query ($q: String!) { search(query: $q) { totalCount } }", new { q = text });

        Assert.Equal([code], result.ErrorCodes);
    }

    [Theory]
    [InlineData("""{ search(query: "cyber", first: 101) { totalCount } }""", "PAGING_LIMIT_EXCEEDED")]
    [InlineData("""{ search(query: "cyber", first: -1) { totalCount } }""", "PAGING_LIMIT_EXCEEDED")]
    [InlineData("""{ search(query: "cyber", after: "not-a-cursor") { totalCount } }""", "INVALID_CURSOR")]
    public async Task Bad_paging_is_refused(string document, string code)
    {
        var result = await _embedded.PostGraphQLAsync(document);

        Assert.Equal([code], result.ErrorCodes);
    }

    private static List<string> Titles(JsonElement search) =>
        [.. search.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("entry").GetProperty("title").GetString()!)];

    private ApiFactory Api(string provider) => provider == "Neo4j" ? _standIn : _embedded;

    private async Task<JsonElement> SearchAsync(string provider, string document)
    {
        var result = await Api(provider).PostGraphQLAsync(document.Replace("HITS", Hits, StringComparison.Ordinal));
        Assert.True(result.Errors.Count == 0, result.ToString());
        return result.Data.GetProperty("search");
    }
}
