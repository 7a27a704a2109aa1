using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Graph.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace AseanCyber.Api.Tests.Neo4j;

/// <summary>
/// What reaches Neo4j for the README's cooperation examples, pinned as <see cref="CypherSnapshotTests"/> pins the others:
/// the statements (cypher/cooperation.cypher, query-entries-shared.cypher, get-nodes.cypher) and their parameters, in order.
/// </summary>
public sealed class CooperationCypherSnapshotTests : IDisposable
{
    private readonly FakeNeo4jGraph _neo4j = new();
    private readonly ApiFactory _api;

    public CooperationCypherSnapshotTests()
    {
        _api = new ApiFactory().WithStandInNeo4j(_neo4j);
    }

    /// <summary>The README's cooperation examples, in its order.</summary>
    public static TheoryData<string, string> ReadmeExamples => new()
    {
        { "readme_japan_partners", """{ cooperation(of: "country:JP", first: 5) { partner { id ... on Profile { name } } count strength roles firstYear lastYear entries(first: 3) { totalCount nodes { title } } } }""" },
        { "readme_japan_meetings_since_2015", """{ cooperation(of: "country:JP", where: { kind: { eq: MEETING }, year: { gte: 2015 } }) { partner { id } count entries { nodes { title date { start } } } } }""" },
        { "readme_korea_to_interpol", """{ cooperationPaths(from: "country:KR", to: "organization:interpol", first: 3) { strength actors { id } links { from { id } to { id } kind count strength evidence(first: 2) { entry { title } weight fromEvidence toEvidence } } } }""" },
    };

    public void Dispose()
    {
        _api.Dispose();
        _neo4j.Dispose();
    }

    [Theory]
    [MemberData(nameof(ReadmeExamples))]
    public async Task Readme_cooperation_examples(string name, string document)
    {
        var snapshot = Snapshot.FullName(SnapshotNameExtension.Create(name));
        var before = await _api.WaitUntilReadyAsync(_neo4j);

        var result = await _api.PostGraphQLAsync(document);

        Assert.True(result.Errors.Count == 0, result.ToString());
        Snapshot.Match(CypherSnapshotTests.Describe(document, _neo4j.Handler.Requests.Skip(before).ToArray()), snapshot);
    }
}
