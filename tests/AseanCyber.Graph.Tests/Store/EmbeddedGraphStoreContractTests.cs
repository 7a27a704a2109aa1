using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Tests.Store;

public sealed class EmbeddedGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TestDirectories _directories = new();
    private readonly List<EmbeddedGraphStore> _stores = [];

    protected override Task<IGraphStore> CreateSeededStoreAsync() =>
        Task.FromResult<IGraphStore>(Track(EmbeddedStores.OpenWithBundledProfiles(_directories.Create())));

    protected override Task<IGraphStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IGraphStore>(Track(EmbeddedStores.Open(_directories.Create(), [])));

    /// <summary>Its data directory lies under a regular file, so it can never be created.</summary>
    protected override Task<IGraphStore?> CreateStoreThatCannotPersistAsync(IReadOnlyList<ProfileDocument> documents)
    {
        var file = Path.Combine(_directories.Create(), "not-a-folder");
        File.WriteAllText(file, "");
        return Task.FromResult<IGraphStore?>(Track(EmbeddedStores.Open(Path.Combine(file, "profiles"), documents)));
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _directories.Dispose();
    }

    private EmbeddedGraphStore Track(EmbeddedGraphStore store)
    {
        _stores.Add(store);
        return store;
    }
}
