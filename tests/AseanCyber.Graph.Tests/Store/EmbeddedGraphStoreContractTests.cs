using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Graph.Tests.Store;

public sealed class EmbeddedGraphStoreContractTests(SharedStores shared) : GraphStoreContract(shared)
{
    protected override Task<IGraphStore> CreateSeededStoreAsync()
    {
        var importer = new ProfileImporter(ReferenceData.Default);
        var options = new EmbeddedStoreOptions { DataDirectory = NewDirectory() };
        var store = SeedText.BundledProfilesProblem() is null
            ? EmbeddedGraphStore.Open(importer, options, NullLogger<EmbeddedGraphStore>.Instance)
            : EmbeddedGraphStore.Open(
                importer.Import,
                [new SourceDocument(SeedText.AseanFileName, SeedText.Asean())],
                options,
                NullLogger<EmbeddedGraphStore>.Instance);
        return Task.FromResult<IGraphStore>(Track(store));
    }

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
