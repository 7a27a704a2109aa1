using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Testing;

namespace AseanCyber.Api.Tests.Neo4j;

/// <summary>
/// Issue 8's bar: the API on an EMPTY stand-in Neo4j (strict server, executing every statement) applies the schema,
/// seeds the bundled profile in one transaction that commits, becomes ready, answers from what it wrote, and commits an
/// import sent through GraphQL.
/// </summary>
public sealed class Neo4jStartupTests : IDisposable
{
    private const string ApiKey = "a-test-key-that-is-long-enough-0123456789";
    private readonly FakeNeo4jGraph _neo4j = new(empty: true);
    private readonly ApiFactory _api;

    public Neo4jStartupTests()
    {
        _api = new ApiFactory()
            .WithSetting("Auth:ApiKey", ApiKey)
            .WithStandInNeo4j(_neo4j);
    }

    public void Dispose()
    {
        _api.Dispose();
        _neo4j.Dispose();
    }

    [Fact]
    public async Task Start_up_seeds_an_empty_database_in_one_committed_transaction_and_becomes_ready_then_an_import_commits()
    {
        await _api.WaitUntilReadyAsync(_neo4j);
        var startup = _neo4j.Handler.Requests.ToList();
        Assert.Single(startup, r => r.Method == HttpMethod.Post && r.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal));
        var commit = Assert.Single(startup, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal("{}", commit.BodyText);
        Assert.Equal("application/json", commit.Headers["Content-Type"].Split(';')[0]);

        var meetings = await _api.PostGraphQLAsync("""{ country(code: "JP") { entries(where: { kind: { eq: MEETING } }) { totalCount } } }""");
        Assert.Equal(2, meetings.Data.GetProperty("country").GetProperty("entries").GetProperty("totalCount").GetInt32());

        var seed = BundledProfiles.Load().Single();
        var lines = seed.Text.TrimEnd('\n').Split('\n');
        var shorter = string.Join('\n', lines[..^3]) + "\n";
        var before = _neo4j.Handler.Requests.Count;
        var import = await _api.PostGraphQLAsync(
            "mutation ($text: String!) { importProfile(text: $text) { entryCount } }",
            new { text = shorter },
            bearerToken: ApiKey);

        Assert.Equal(26, import.Data.GetProperty("importProfile").GetProperty("entryCount").GetInt32());
        Assert.Single(_neo4j.Handler.Requests.Skip(before), r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        var total = await _api.PostGraphQLAsync("{ entries { totalCount } }");
        Assert.Equal(26, total.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
    }
}
