using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Api.Tests.Neo4j;
using AseanCyber.Graph.Neo4j;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Queries;

/// <summary>
/// cooperation and cooperationPaths through the whole API on the seed, on the embedded graph and on the stand-in Neo4j
/// (which executes the adapter's Cypher): the same answers, the issue's two, and the requests each costs.
/// </summary>
public sealed class CooperationTests : IDisposable
{
    private const string Document = """
        {
          japan: cooperation(of: "country:jp", first: 3) {
            partner { id } count strength roles firstYear lastYear
            entries(first: 2) { totalCount nodes { id } }
            evidence(first: 1) { entry { id } weight fromEvidence toEvidence }
          }
          meetings: cooperation(of: "country:JP", where: { kind: { eq: MEETING }, year: { gte: 2015 } }) {
            partner { id } count entries { totalCount nodes { id } }
          }
          korea: cooperationPaths(from: "country:KR", to: "organization:interpol") {
            strength length actors { id }
            links { from { id } to { id } count strength kind kinds entries { id title } evidence { weight fromEvidence toEvidence } }
          }
        }
        """;

    private readonly ApiHosts _hosts = new();

    public void Dispose() => _hosts.Dispose();

    [Fact]
    public async Task Embedded_answers_Japan_partners_and_Korea_to_INTERPOL_through_ASEAN()
    {
        var result = await Api().PostGraphQLAsync(Document);

        AssertAnswer(result);
    }

    [Fact]
    public async Task Neo4j_answers_the_same_in_one_cooperation_request_per_filter_and_one_per_path_level()
    {
        var embedded = await Api().PostGraphQLAsync(Document);
        var api = Api().WithStandInNeo4j(_hosts.Neo4j);
        var before = await api.WaitUntilReadyAsync(_hosts.Neo4j);

        var result = await api.PostGraphQLAsync(Document);

        AssertAnswer(result);
        Assert.Equal(embedded.Data.GetRawText(), result.Data.GetRawText());

        // Two cooperation fields with two filters: two requests; the paths (3 hops): both ends, then the 'from' side's
        // partners; every partner's entries (both fields) in one shared-scope request per filter; nodes one per level.
        var sent = _hosts.Neo4j.Statements.Skip(before).ToList();
        Assert.Equal(4, sent.Count(s => s == CypherFiles.Cooperation));
        Assert.Equal(2, sent.Count(s => s == CypherFiles.QueryEntriesShared));
        Assert.DoesNotContain(sent, s => s == CypherFiles.FindPaths);
    }

    [Theory]
    [InlineData("""{ cooperation(of: "country:ZZ") { count } }""", "NODE_NOT_FOUND", "country:ZZ")]
    [InlineData("""{ cooperation(of: "nonsense") { count } }""", "NODE_NOT_FOUND", "nonsense")]
    [InlineData("""{ cooperation(of: "theme:cybercrime") { count } }""", "INVALID_ARGUMENT", "is a theme")]
    [InlineData("""{ cooperation(of: "place:seoul") { count } }""", "INVALID_ARGUMENT", "is a place")]
    [InlineData("""{ cooperation(of: "country:JP", first: 0) { count } }""", "PAGING_LIMIT_EXCEEDED", "'first'")]
    [InlineData("""{ cooperation(of: "country:JP", first: 101) { count } }""", "PAGING_LIMIT_EXCEEDED", "'first'")]
    [InlineData("""{ cooperation(of: "country:JP") { evidence(first: 101) { weight } } }""", "PAGING_LIMIT_EXCEEDED", "'first'")]
    [InlineData("""{ cooperationPaths(from: "country:KR", to: "organization:nowhere") { strength } }""", "NODE_NOT_FOUND", "'organization:nowhere' (to)")]
    [InlineData("""{ cooperationPaths(from: "entry:asean:asean-cyber-university-project", to: "country:KR") { strength } }""", "INVALID_ARGUMENT", "is an entry")]
    [InlineData("""{ cooperationPaths(from: "country:KR", to: "country:JP", maxHops: 5) { strength } }""", "INVALID_ARGUMENT", "'maxHops'")]
    [InlineData("""{ cooperationPaths(from: "country:KR", to: "country:JP", maxHops: 0) { strength } }""", "INVALID_ARGUMENT", "'maxHops'")]
    [InlineData("""{ cooperationPaths(from: "country:KR", to: "country:JP", first: 21) { strength } }""", "PAGING_LIMIT_EXCEEDED", "'first'")]
    public async Task Bad_arguments_are_refused_with_a_code(string document, string code, string message)
    {
        var result = await Api().PostGraphQLAsync(document);

        Assert.True(result.StatusCode == System.Net.HttpStatusCode.OK, result.ToString());
        // One error per field that refused (evidence once per partner), each with the code.
        Assert.NotEmpty(result.ErrorCodes);
        Assert.All(result.ErrorCodes, c => Assert.Equal(code, c));
        Assert.Contains(message, result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_has_the_issue_s_signatures()
    {
        var sdl = Api().Services.GetRequiredService<ISchema>().Print(new PrintOptions { IncludeDescriptions = false });

        foreach (var expected in new[]
        {
            "cooperation(of: ID!, where: EntryFilterInput, first: Int = 20): [Cooperation!]!",
            "cooperationPaths(from: ID!, to: ID!, maxHops: Int = 3, where: EntryFilterInput, first: Int = 5): [CooperationPath!]!",
            "partner: Node!", "count: Int!", "strength: Float!", "roles: [InvolvementRole!]!", "firstYear: Int", "lastYear: Int",
            "entries(where: EntryFilterInput, order: [EntrySortInput!], first: Int, after: String, last: Int, before: String): EntriesConnection!",
            "actors: [Node!]!", "links: [CooperationLink!]!", "from: Node!", "to: Node!", "kind: CooperationLinkKind!",
            "entries(first: Int = 5): [Entry!]!",
        })
        {
            Assert.Contains(expected, sdl, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ids_match_in_any_case_where_the_key_is_a_code_or_a_slug()
    {
        var result = await Api().PostGraphQLAsync("""
            {
              a: cooperation(of: "Country:jp", first: 1) { partner { id } count }
              b: cooperation(of: "PROFILE:ASEAN", first: 1) { partner { id } }
              c: cooperationPaths(from: "country:kr", to: "Organization:INTERPOL", first: 1) { actors { id } }
            }
            """);

        Assert.True(result.Errors.Count == 0, result.ToString());
        var a = Assert.Single(result.Data.GetProperty("a").EnumerateArray());
        Assert.Equal(("profile:asean", 7), (a.GetProperty("partner").GetProperty("id").GetString(), a.GetProperty("count").GetInt32()));
        Assert.Equal("country:JP", Assert.Single(result.Data.GetProperty("b").EnumerateArray()).GetProperty("partner").GetProperty("id").GetString());
        Assert.Equal(
            ["country:KR", "profile:asean", "organization:interpol"],
            Assert.Single(result.Data.GetProperty("c").EnumerateArray()).GetProperty("actors").EnumerateArray().Select(x => x.GetProperty("id").GetString()));
    }

    private static void AssertAnswer(GraphQLHttpResult result)
    {
        Assert.True(result.Errors.Count == 0, result.ToString());
        var data = result.Data;

        var japan = data.GetProperty("japan").EnumerateArray().ToArray();
        Assert.Equal(["profile:asean", "body:asean:vncert", "country:TH"], japan.Select(Partner));
        var asean = japan[0];
        Assert.Equal(7, asean.GetProperty("count").GetInt32());
        Assert.Equal(1 - Math.Pow(0.6, 7), asean.GetProperty("strength").GetDouble(), 9);
        Assert.Equal(["PARTNER"], asean.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal((2012, 2018), (asean.GetProperty("firstYear").GetInt32(), asean.GetProperty("lastYear").GetInt32()));
        var entries = asean.GetProperty("entries");
        Assert.Equal(7, entries.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, entries.GetProperty("nodes").GetArrayLength());
        var evidence = Assert.Single(asean.GetProperty("evidence").EnumerateArray());
        Assert.Equal(0.8, evidence.GetProperty("weight").GetDouble(), 9);
        Assert.Equal(["PARTNER"], evidence.GetProperty("fromEvidence").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["OWNER"], evidence.GetProperty("toEvidence").EnumerateArray().Select(r => r.GetString()));

        var meetings = data.GetProperty("meetings").EnumerateArray().ToArray();
        Assert.Equal([("profile:asean", 2), ("country:MY", 1)], meetings.Select(m => (Partner(m), m.GetProperty("count").GetInt32())));
        Assert.Equal(2, meetings[0].GetProperty("entries").GetProperty("totalCount").GetInt32());
        Assert.Equal(
            ["entry:asean:asean-japan-information-security-policy-meetings-10th-edition-to", "entry:asean:asean-japan-2nd-cybercrime-dialogue"],
            meetings[0].GetProperty("entries").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));

        var paths = data.GetProperty("korea").EnumerateArray().ToArray();
        var best = paths[0];
        Assert.Equal(["country:KR", "profile:asean", "organization:interpol"], best.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(0.145, best.GetProperty("strength").GetDouble(), 9);
        var links = best.GetProperty("links").EnumerateArray().ToArray();
        Assert.Equal(
            [["ASEAN Cyber University Project", "Seminar on Confidence Building Measures in Cyberspace"], ["INTERPOL-led cybercrime operation across ASEAN"]],
            links.Select(l => l.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToArray()));
        Assert.All(links, l => Assert.Equal("SHARED_ENTRIES", l.GetProperty("kind").GetString()));
        Assert.Equal(["MENTION"], links[1].GetProperty("evidence")[0].GetProperty("toEvidence").EnumerateArray().Select(r => r.GetString()));
        Assert.All(paths, p => Assert.All(p.GetProperty("actors").EnumerateArray(), a => Assert.DoesNotMatch("^(theme|place|entry):", a.GetProperty("id").GetString()!)));

        static string? Partner(JsonElement cooperation) => cooperation.GetProperty("partner").GetProperty("id").GetString();
    }

    private ApiFactory Api()
    {
        var api = new ApiFactory();
        _hosts.Add(api);
        return api;
    }
}
