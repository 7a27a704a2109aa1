using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using static AseanCyber.Graph.Tests.Store.Fixtures;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>What <see cref="IGraphStore.PinReads"/> promises on the embedded graph.</summary>
public sealed class EmbeddedReadPinTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TestDirectories _directories = new();

    public void Dispose() => _directories.Dispose();

    [Fact]
    public async Task A_pinned_flow_keeps_reading_the_version_it_first_read_while_another_flow_imports()
    {
        using var store = EmbeddedStores.Open(_directories.Create(), [Alpha]);
        var before = await CountAsync(store);

        int pinnedAfter;
        using (store.PinReads())
        {
            Assert.Equal(before, await CountAsync(store));
            await ImportOnAnotherFlowAsync(store, AlphaReduced);
            pinnedAfter = await CountAsync(store);
        }

        Assert.Equal(before, pinnedAfter);
        Assert.Equal(AlphaReduced.Entries.Count, await CountAsync(store));
        Assert.NotEqual(before, AlphaReduced.Entries.Count);
    }

    [Fact]
    public async Task A_pinned_flow_that_imports_reads_its_own_write_and_builds_on_every_earlier_import()
    {
        using var store = EmbeddedStores.Open(_directories.Create(), [Alpha]);
        using (store.PinReads())
        {
            _ = await CountAsync(store);
            // Another flow adds a profile after this one pinned: this flow's import must keep it.
            await ImportOnAnotherFlowAsync(store, Beta);
            await store.ImportProfileAsync(EmbeddedStores.Register(AlphaReduced), Ct);

            Assert.Equal(AlphaReduced.Entries.Count + Beta.Entries.Count, await CountAsync(store));
        }

        Assert.Equal(AlphaReduced.Entries.Count + Beta.Entries.Count, await CountAsync(store));
    }

    [Fact]
    public async Task A_pinned_flow_searches_the_index_of_the_version_it_reads()
    {
        using var store = EmbeddedStores.Open(_directories.Create(), [Alpha]);
        var request = new AseanCyber.Graph.Search.SearchRequest(AseanCyber.Graph.Search.SearchQuery.Parse("norms"), null, new Window(0, 20));

        int pinnedBefore, pinnedAfter;
        using (store.PinReads())
        {
            pinnedBefore = (await store.SearchEntriesAsync(request, Ct)).TotalCount;
            await ImportOnAnotherFlowAsync(store, AlphaReduced);
            pinnedAfter = (await store.SearchEntriesAsync(request, Ct)).TotalCount;
        }

        // Alpha's norms workshop is in the pinned version only: its index and its entries agree.
        Assert.Equal((1, 1), (pinnedBefore, pinnedAfter));
        Assert.Equal(0, (await store.SearchEntriesAsync(request, Ct)).TotalCount);
    }

    /// <summary>As another request would: Task.Run alone would carry this flow's pin along with its execution context.</summary>
    private static Task ImportOnAnotherFlowAsync(Embedded.EmbeddedGraphStore store, Model.ProfileDocument document)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(() => store.ImportProfileAsync(EmbeddedStores.Register(document), Ct));
        }
    }

    private static async Task<int> CountAsync(Embedded.EmbeddedGraphStore store) =>
        (await store.QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount;
}
