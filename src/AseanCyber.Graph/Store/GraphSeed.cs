using System.Runtime.ExceptionServices;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;

namespace AseanCyber.Graph.Store;

/// <summary>
/// The seed: the profiles bundled with the application, imported into a store that does not hold them yet, in one batch
/// through <see cref="IGraphStore.ImportProfilesAsync"/>. A profile the store already holds (one imported later and kept,
/// in the data directory or the database) is left as it is: the store's version wins.
/// </summary>
public static class GraphSeed
{
    /// <summary>Parses and checks the bundled texts.</summary>
    /// <exception cref="GraphStoreException">INVALID_BUNDLED_PROFILE when one does not import: the build is broken.</exception>
    public static IReadOnlyList<ProfileDocument> Parse(IEnumerable<SourceDocument> sources, Func<string, string, ProfileDocument> import)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(import);
        var documents = new List<ProfileDocument>();
        foreach (var source in sources)
        {
            try
            {
                var document = import(source.Text, source.Name);
                document.Validate();
                documents.Add(document);
            }
            catch (Exception e) when (e is ProfileFormatException or GraphStoreException)
            {
                throw Refused(source.Name, e);
            }
        }

        return documents;
    }

    /// <summary>Imports those of <paramref name="documents"/> whose profile <paramref name="store"/> lacks; returns their outcomes (all kept).</summary>
    /// <exception cref="GraphStoreException">
    /// INVALID_BUNDLED_PROFILE when the store refuses one as invalid; any other failure (PERSISTENCE_FAILED, NEO4J_*) as the
    /// store reported it, after the others were imported, so that trying again imports what is still missing.
    /// </exception>
    public static async Task<IReadOnlyList<ImportOutcome>> SeedAsync(IGraphStore store, IReadOnlyList<ProfileDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        var held = (await store.GetProfilesAsync(ListQuery.All, cancellationToken).ConfigureAwait(false))
            .Select(p => p.Id)
            .ToHashSet(StringComparer.Ordinal);
        var missing = documents.Where(d => !held.Contains(d.Profile.Id)).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var outcomes = await store.ImportProfilesAsync(missing, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Error is { } error)
            {
                if (error.Code == GraphErrorCodes.InvalidDocument)
                {
                    throw Refused(missing[i].Profile.Document, error);
                }

                ExceptionDispatchInfo.Throw(error);
            }
        }

        return outcomes;
    }

    private static GraphStoreException Refused(string name, Exception e) =>
        new(GraphErrorCodes.InvalidBundledProfile, $"The bundled profile {name} does not import: {e.Message}", e);
}
