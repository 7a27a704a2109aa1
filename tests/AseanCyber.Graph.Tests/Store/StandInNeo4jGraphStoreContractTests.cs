using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Store;
using AseanCyber.Graph.Testing;
using AseanCyber.Neo4j.QueryApi.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// The contract suite on the Neo4j adapter against the executing stand-in: every statement the adapter compiles runs on
/// the in-memory Cypher engine, so these answers are the adapter's Cypher, checked against what the embedded graph must answer.
/// </summary>
public sealed class StandInNeo4jGraphStoreContractTests(SharedStores shared) : GraphStoreContract(shared)
{
    protected override Task<IGraphStore> CreateSeededStoreAsync() => CreateAsync(empty: false);

    protected override Task<IGraphStore> CreateEmptyStoreAsync() => CreateAsync(empty: true);

    private async Task<IGraphStore> CreateAsync(bool empty)
    {
        var fake = Track(new FakeNeo4jGraph(empty));
        var store = new Neo4jGraphStore(fake.Handler.CreateClient(), FakeQueryApiHandler.Options(), NullLogger<Neo4jGraphStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }
}
