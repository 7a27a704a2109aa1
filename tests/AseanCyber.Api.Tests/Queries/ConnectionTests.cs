using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Api.Tests.Neo4j;

namespace AseanCyber.Api.Tests.Queries;

/// <summary>
/// connections ranked by evidence and theme links with their evidence, through the whole API on the seed, on the embedded
/// graph and on the stand-in Neo4j: the same answer on both.
/// </summary>
public sealed class ConnectionTests : IDisposable
{
    private const string Query = """
        {
          best: connections(from: "country:kr", to: "organization:interpol", maxHops: 6, first: 20) {
            length strength nodes { id } steps { relationship weight evidence }
          }
          via: connections(from: "Country:KOR", to: "organization:interpol", maxHops: 6, first: 5, via: [INVOLVES, ABOUT, MENTIONS]) {
            strength steps { relationship }
          }
          seminar: entries(where: { title: { startsWith: "Seminar on Confidence" } }) {
            nodes { themeMatches { theme { name } terms confidence weak term line } }
          }
        }
        """;

    private readonly ApiHosts _hosts = new();

    public void Dispose() => _hosts.Dispose();

    [Fact]
    public async Task Both_providers_rank_Korea_to_INTERPOL_by_evidence_and_give_the_same_answer()
    {
        var embedded = await Api().PostGraphQLAsync(Query);
        var neo4jApi = Api().WithStandInNeo4j(_hosts.Neo4j);
        await neo4jApi.WaitUntilReadyAsync(_hosts.Neo4j);
        var neo4j = await neo4jApi.PostGraphQLAsync(Query);

        AssertAnswer(embedded);
        AssertAnswer(neo4j);
        Assert.Equal(embedded.Data.GetRawText(), neo4j.Data.GetRawText());
    }

    [Fact]
    public async Task An_unknown_end_is_NODE_NOT_FOUND_on_Neo4j_too()
    {
        var api = Api().WithStandInNeo4j(_hosts.Neo4j);
        await api.WaitUntilReadyAsync(_hosts.Neo4j);

        var result = await api.PostGraphQLAsync("""{ connections(from: "country:KR", to: "organization:nope") { length } }""");

        Assert.Equal(["NODE_NOT_FOUND"], result.ErrorCodes);
        Assert.Contains("'organization:nope' (to)", result.Text, StringComparison.Ordinal);
    }

    private static void AssertAnswer(GraphQLHttpResult result)
    {
        Assert.True(result.Errors.Count == 0, result.ToString());
        var best = result.Data.GetProperty("best").EnumerateArray().ToList();
        Assert.Equal(20, best.Count);

        // The Cyber University project names the ROK as partner; the INTERPOL operation is in the same profile.
        var first = best[0];
        Assert.Equal(
            ["country:KR", "entry:asean:asean-cyber-university-project", "profile:asean", "entry:asean:interpol-led-cybercrime-operation-across-asean", "organization:interpol"],
            first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal([1.0, 0.3, 0.3, 0.5], first.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("weight").GetDouble()));
        Assert.Equal(0.045, first.GetProperty("strength").GetDouble(), 12);

        var strengths = best.Select(p => p.GetProperty("strength").GetDouble()).ToList();
        Assert.Equal(strengths.OrderDescending(), strengths);
        var themed = best.Select(p => p.GetProperty("steps").EnumerateArray().Any(s => s.GetProperty("relationship").GetString() == "ABOUT")).ToList();
        Assert.Contains(true, themed);
        Assert.Equal(themed.Order(), themed);

        var via = result.Data.GetProperty("via").EnumerateArray().ToList();
        Assert.NotEmpty(via);
        Assert.All(
            via.SelectMany(p => p.GetProperty("steps").EnumerateArray()),
            s => Assert.Contains(s.GetProperty("relationship").GetString(), new[] { "INVOLVES", "ABOUT", "MENTIONS" }));

        var matches = Assert.Single(result.Data.GetProperty("seminar").GetProperty("nodes").EnumerateArray()).GetProperty("themeMatches").EnumerateArray().ToList();
        Assert.Equal(
            ["Confidence-Building Measures: Confidence Building Measures (0.8)", "Norms of Responsible State Behaviour: Norms, Acceptable Behavior (0.86)", "Capacity Building: Capacity-Building (0.8)"],
            matches.Select(Describe));
        Assert.All(matches, m => Assert.False(m.GetProperty("weak").GetBoolean()));
        Assert.All(matches, m => Assert.Equal(m.GetProperty("terms")[0].GetString(), m.GetProperty("term").GetString()));

        static string Describe(JsonElement m) =>
            $"{m.GetProperty("theme").GetProperty("name").GetString()}: {string.Join(", ", m.GetProperty("terms").EnumerateArray().Select(t => t.GetString()))}"
            + $" ({m.GetProperty("confidence").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)})";
    }

    private ApiFactory Api()
    {
        var api = new ApiFactory();
        _hosts.Add(api);
        return api;
    }
}
