using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// Embedded stores over hand-made documents, without the real importer: texts "import" by looking up the document they
/// came from, so a store re-opened on the same data directory finds the same documents again.
/// </summary>
public static class EmbeddedStores
{
    private static readonly Dictionary<string, ProfileDocument> ByText = new(StringComparer.Ordinal);

    /// <summary>A store whose bundled profiles are <paramref name="bundled"/> (none: an empty store) plus what <paramref name="dataDirectory"/> holds.</summary>
    public static EmbeddedGraphStore Open(string dataDirectory, IEnumerable<ProfileDocument> bundled, ILogger<EmbeddedGraphStore>? logger = null)
    {
        var sources = bundled.Select(d => new SourceDocument(d.Profile.Document, Register(d).Text)).ToList();
        return EmbeddedGraphStore.Open(
            Import,
            sources,
            new EmbeddedStoreOptions { DataDirectory = dataDirectory, IncludeBundledProfiles = false },
            logger ?? NullLogger<EmbeddedGraphStore>.Instance);
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
