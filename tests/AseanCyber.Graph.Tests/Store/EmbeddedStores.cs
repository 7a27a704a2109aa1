using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// Embedded stores as the host starts them: opened on a data directory, then seeded with "bundled" profiles through
/// <see cref="GraphSeed"/>. Over hand-made documents, texts "import" by looking up the document they came from, so a store
/// re-opened on the same data directory finds the same documents again.
/// </summary>
public static class EmbeddedStores
{
    private static readonly Dictionary<string, ProfileDocument> ByText = new(StringComparer.Ordinal);

    /// <summary>A store seeded with <paramref name="bundled"/> (none: an empty store) over what <paramref name="dataDirectory"/> holds.</summary>
    public static EmbeddedGraphStore Open(string dataDirectory, IEnumerable<ProfileDocument> bundled, ILogger<EmbeddedGraphStore>? logger = null) =>
        OpenSeeded(dataDirectory, [.. bundled.Select(d => new SourceDocument(d.Profile.Document, Register(d).Text))], Import, logger);

    /// <summary>A store on <paramref name="dataDirectory"/> seeded with <paramref name="bundled"/> read by <paramref name="import"/>.</summary>
    public static EmbeddedGraphStore OpenSeeded(
        string dataDirectory,
        IReadOnlyList<SourceDocument> bundled,
        Func<string, string, ProfileDocument> import,
        ILogger<EmbeddedGraphStore>? logger = null)
    {
        var store = EmbeddedGraphStore.Open(
            import,
            new EmbeddedStoreOptions { DataDirectory = dataDirectory, Bundled = bundled },
            logger ?? NullLogger<EmbeddedGraphStore>.Instance);
        try
        {
            GraphSeed.SeedAsync(store, GraphSeed.Parse(bundled, import), CancellationToken.None).GetAwaiter().GetResult();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>A store seeded with the profiles bundled in the assembly (the ASEAN page), or with the seed's text when they are missing.</summary>
    public static EmbeddedGraphStore OpenWithBundledProfiles(string dataDirectory, ILogger<EmbeddedGraphStore>? logger = null)
    {
        var importer = new ProfileImporter(ReferenceData.Default);
        var bundled = SeedText.BundledProfilesProblem() is null
            ? BundledProfiles.Load()
            : [new SourceDocument(SeedText.AseanFileName, SeedText.Asean())];
        return OpenSeeded(dataDirectory, bundled, importer.Import, logger);
    }

    /// <summary>Makes <paramref name="document"/>'s text importable by <see cref="Import"/>.</summary>
    public static ProfileDocument Register(ProfileDocument document)
    {
        lock (ByText)
        {
            ByText[document.Text] = document;
        }

        return document;
    }

    public static ProfileDocument Import(string text, string documentName)
    {
        lock (ByText)
        {
            return ByText.TryGetValue(text, out var document)
                ? document
                : throw new ProfileFormatException(1, $"{documentName} is not a known test document");
        }
    }
}
