using AseanCyber.Graph.Model;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Search;
using AseanCyber.Graph.Store;
using AseanCyber.Graph.Testing;
using AseanCyber.Graph.Tests.Store;
using AseanCyber.Neo4j.QueryApi.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Graph.Tests.Search;

/// <summary>
/// The embedded graph's search and Neo4j's (the adapter's Cypher on the stand-in, whose full-text index parses the query
/// string and scores as Neo4j does) give the same hits in the same order with the same scores and highlights on the seed.
/// </summary>
public sealed class SearchAgreementTests : IDisposable
{
    private readonly TestDirectories _directories = new();
    private readonly FakeNeo4jGraph _fake = new();

    public static TheoryData<string> Queries =>
    [
        "cybercrime",
        "Japan cybercrime",
        "\"cybercrime dialogue\"",
        "cyber security cooperation",
        "meetings ministers",
        "-cybercrime cyber",
        "ASEAN-Japan",
        "\"regional forum\" confidence building",
        "INTERPOL",
        "CERT incident drill",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Adapters_agree_on_the_seed(string text)
    {
        using var embedded = EmbeddedStores.OpenWithBundledProfiles(_directories.Create());
        var neo4j = await Neo4jAsync();
        var request = new SearchRequest(SearchQuery.Parse(text), null, new Window(0, 100));

        var expected = await embedded.SearchEntriesAsync(request, CancellationToken.None);
        var actual = await neo4j.SearchEntriesAsync(request, CancellationToken.None);

        Assert.NotEmpty(expected.Hits);
        Assert.Equal(expected.TotalCount, actual.TotalCount);
        Assert.Equal(expected.Hits.Select(h => h.Entry.Id), actual.Hits.Select(h => h.Entry.Id));
        Assert.All(expected.Hits.Zip(actual.Hits), p => Assert.Equal(p.First.Score, p.Second.Score, 4));
        Assert.Equal(expected.Hits.Select(h => h.Highlights), actual.Hits.Select(h => h.Highlights));
    }

    [Fact]
    public async Task Adapters_agree_with_a_filter_and_a_window()
    {
        using var embedded = EmbeddedStores.OpenWithBundledProfiles(_directories.Create());
        var neo4j = await Neo4jAsync();
        var request = new SearchRequest(
            SearchQuery.Parse("cyber"),
            new FieldFilter(EntryFields.Kind, FilterOperator.In, new object[] { EntryKind.Meeting, EntryKind.Activity }),
            new Window(2, 3));

        var expected = await embedded.SearchEntriesAsync(request, CancellationToken.None);
        var actual = await neo4j.SearchEntriesAsync(request, CancellationToken.None);

        Assert.Equal(3, expected.Hits.Count);
        Assert.Equal((expected.Offset, expected.TotalCount), (actual.Offset, actual.TotalCount));
        Assert.Equal(expected.Hits.Select(h => h.Entry.Id), actual.Hits.Select(h => h.Entry.Id));
    }

    public void Dispose()
    {
        _fake.Dispose();
        _directories.Dispose();
    }

    private async Task<IGraphStore> Neo4jAsync()
    {
        var store = new Neo4jGraphStore(_fake.Handler.CreateClient(), FakeQueryApiHandler.Options(), NullLogger<Neo4jGraphStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }
}
