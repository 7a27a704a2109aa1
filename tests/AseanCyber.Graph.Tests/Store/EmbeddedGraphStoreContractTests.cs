using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Tests.Store;

public sealed class EmbeddedGraphStoreContractTests(SharedStores shared) : GraphStoreContract(shared)
{
    protected override Task<IGraphStore> CreateSeededStoreAsync() =>
        Task.FromResult<IGraphStore>(Track(EmbeddedStores.OpenWithBundledProfiles(NewDirectory())));

    protected override Task<IGraphStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IGraphStore>(Track(EmbeddedStores.Open(NewDirectory(), [])));

    /// <summary>Its data directory lies under a regular file, so it can never be created.</summary>
    protected override Task<IGraphStore?> CreateStoreThatCannotPersistAsync(IReadOnlyList<ProfileDocument> documents)
    {
        var file = Path.Combine(NewDirectory(), "not-a-folder");
        File.WriteAllText(file, "");
        return Task.FromResult<IGraphStore?>(Track(EmbeddedStores.Open(Path.Combine(file, "profiles"), documents)));
    }

    private string NewDirectory() => Track(new TestDirectories()).Create();
}
