using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Api.Tests.Neo4j;
using AseanCyber.Graph.Neo4j;

namespace AseanCyber.Api.Tests.Facets;

/// <summary>
/// entryFacets through the whole API on the seed, on the embedded graph and on the stand-in Neo4j: the same answers, the
/// README's figures, and on Neo4j one request for each entryFacets field whatever it selects.
/// </summary>
public sealed class EntryFacetsTests : IDisposable
{
    /// <summary>The README's example.</summary>
    public const string ReadmeQuery = """
        {
          all: entryFacets {
            totalCount
            kinds { value count }
            years { value count }
            themes(first: 3) { value count node { ... on Theme { name } } }
            bodies(first: 2) { count node { ... on Body { name } } }
            profiles { count node { ... on Profile { name } } }
          }
          japan: entryFacets(where: { countries: { some: { code: { eq: "JP" } } } }) {
            totalCount
            partners: countries(role: PARTNER) { value count }
            hosts: countries(role: HOST) { value count node { ... on Country { name } } }
            years(order: COUNT, first: 2) { value count }
          }
        }
        """;

    private readonly ApiHosts _hosts = new();

    public void Dispose() => _hosts.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Readme_example_counts_the_seed(bool onNeo4j)
    {
        var api = await ApiAsync(onNeo4j);

        var result = await api.PostGraphQLAsync(ReadmeQuery);

        Assert.True(result.Errors.Count == 0, result.ToString());
        var all = result.Data.GetProperty("all");
        Assert.Equal(27, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            [("MEETING", 10), ("ACTIVITY", 6), ("COMMUNICATION", 3), ("OTHER_DOCUMENT", 3), ("EXTERNAL_COOPERATION", 2), ("SPECIALIZED_AGENCY", 2), ("STRATEGY_DOCUMENT", 1)],
            Pairs(all, "kinds"));
        Assert.Equal([("2009", 1), ("2012", 5), ("2015", 1), ("2016", 5), ("2017", 10), ("2018", 5)], Pairs(all, "years"));
        var themes = all.GetProperty("themes").EnumerateArray().ToArray();
        Assert.Equal(3, themes.Length);
        Assert.Equal(("theme:capacity-building", 9, "Capacity Building"), (themes[0].GetProperty("value").GetString(), themes[0].GetProperty("count").GetInt32(), Name(themes[0])));
        Assert.Equal(
            [("ASEAN Regional Forum", 4), ("Heads of State/Government", 2)],
            all.GetProperty("bodies").EnumerateArray().Select(b => (Name(b), b.GetProperty("count").GetInt32())));
        Assert.Equal([("Association of Southeast Asian Nations", 27)], all.GetProperty("profiles").EnumerateArray().Select(p => (Name(p), p.GetProperty("count").GetInt32())));

        var japan = result.Data.GetProperty("japan");
        Assert.Equal(7, japan.GetProperty("totalCount").GetInt32());
        Assert.Equal([("country:JP", 7)], Pairs(japan, "partners"));
        Assert.Equal([("country:TH", 1), ("country:VN", 1)], Pairs(japan, "hosts"));
        Assert.Equal(["Thailand", "Viet Nam"], japan.GetProperty("hosts").EnumerateArray().Select(Name));
        Assert.Equal([("2017", 3), ("2018", 2)], Pairs(japan, "years"));
    }

    [Fact]
    public async Task Both_adapters_give_the_same_answer_to_every_facet()
    {
        const string query = """
            {
              f: entryFacets(where: { kind: { in: [MEETING, ACTIVITY] } }) {
                totalCount
                kinds(order: VALUE) { value count node { id } }
                years { value count }
                statuses { value count }
                roles { value count }
                profiles { value count node { ... on Profile { id name acronym members { code } country { code } } } }
                countries(first: 100) { value count node { ... on Country { code code3 name } } }
                venues: countries(role: VENUE, order: VALUE) { value count }
                bodies(first: 100) { value count node { ... on Body { name } } }
                themes(first: 100) { value count node { ... on Theme { name } } }
                places(first: 100) { value count node { ... on Place { name country { code } } } }
                organizations { value count node { ... on Organization { name acronym } } }
              }
            }
            """;
        var embedded = await (await ApiAsync(onNeo4j: false)).PostGraphQLAsync(query);
        var neo4j = await (await ApiAsync(onNeo4j: true)).PostGraphQLAsync(query);

        Assert.True(embedded.Errors.Count == 0, embedded.ToString());
        Assert.True(neo4j.Errors.Count == 0, neo4j.ToString());
        Assert.Equal(16, embedded.Data.GetProperty("f").GetProperty("totalCount").GetInt32());
        Assert.True(embedded.Data.GetProperty("f").GetProperty("places").GetArrayLength() > 3, embedded.ToString());
        Assert.Equal(embedded.Data.GetRawText(), neo4j.Data.GetRawText());
    }

    [Fact]
    public async Task On_Neo4j_each_entryFacets_is_one_request_whatever_it_selects()
    {
        var api = await ApiAsync(onNeo4j: true);

        var before = _hosts.Neo4j.Handler.Requests.Count;
        var one = await api.PostGraphQLAsync("""
            query ($role: InvolvementRole) {
              entryFacets {
                totalCount
                ...lists
                partners: countries(role: $role) { value count }
                hosts: countries(role: HOST) { value count }
                everyYear: years(first: 100) { value }
                topYears: years(order: COUNT, first: 1) { value }
                skipped: themes @skip(if: true) { value }
              }
            }
            fragment lists on EntryFacets {
              kinds { value } statuses { value } roles { value } profiles { node { id } } countries { node { id } }
              bodies { node { id } } themes { node { id } } places { node { ... on Place { country { code } } } } organizations { node { id } }
            }
            """, new { role = "PARTNER" });
        var afterOne = _hosts.Neo4j.Statements.Skip(before).ToArray();
        var two = await api.PostGraphQLAsync("""{ a: entryFacets { totalCount } b: entryFacets(where: { year: { gte: 2017 } }) { kinds { value count } } }""");
        var afterTwo = _hosts.Neo4j.Statements.Skip(before + afterOne.Length).ToArray();

        Assert.True(one.Errors.Count == 0, one.ToString());
        Assert.True(two.Errors.Count == 0, two.ToString());
        Assert.Equal([CypherFiles.EntryFacets], afterOne);
        Assert.Equal([CypherFiles.EntryFacets, CypherFiles.EntryFacets], afterTwo);
        Assert.Equal(27, one.Data.GetProperty("entryFacets").GetProperty("totalCount").GetInt32());
        Assert.Equal([("country:JP", 7), ("country:KR", 1), ("country:SG", 1)], Pairs(one.Data.GetProperty("entryFacets"), "partners"));
        Assert.Equal(["2017"], one.Data.GetProperty("entryFacets").GetProperty("topYears").EnumerateArray().Select(y => y.GetProperty("value").GetString()));
        Assert.Equal(15, two.Data.GetProperty("b").GetProperty("kinds").EnumerateArray().Sum(k => k.GetProperty("count").GetInt32()));
    }

    [Theory]
    [InlineData("{ entryFacets { kinds(first: 101) { value } } }", "PAGING_LIMIT_EXCEEDED")]
    [InlineData("{ entryFacets { countries(first: -1) { value } } }", "PAGING_LIMIT_EXCEEDED")]
    [InlineData("{ entryFacets { kinds(role: HOST) { value } } }", "KNOWN_ARGUMENT_NAMES")]
    [InlineData("{ entryFacets { years(order: NEWEST) { value } } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    public async Task Bad_facet_arguments_get_a_clear_code(string query, string code)
    {
        var api = await ApiAsync(onNeo4j: false);

        var result = await api.PostGraphQLAsync(query);

        Assert.Contains(code, result.ErrorCodes);
        Assert.NotEqual(System.Net.HttpStatusCode.InternalServerError, result.StatusCode);
    }

    private static List<(string? Value, int Count)> Pairs(JsonElement facets, string name) =>
        [.. facets.GetProperty(name).EnumerateArray().Select(c => (c.GetProperty("value").GetString(), c.GetProperty("count").GetInt32()))];

    private static string? Name(JsonElement count) => count.GetProperty("node").GetProperty("name").GetString();

    private async Task<ApiFactory> ApiAsync(bool onNeo4j)
    {
        var api = new ApiFactory();
        _hosts.Add(api);
        if (onNeo4j)
        {
            api = api.WithStandInNeo4j(_hosts.Neo4j);
            await api.WaitUntilReadyAsync(_hosts.Neo4j);
        }

        return api;
    }
}
