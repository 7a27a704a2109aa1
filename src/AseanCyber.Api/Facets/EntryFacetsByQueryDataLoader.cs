using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Facets;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http.DataLoading;
using GraphQL;

namespace AseanCyber.Api.Facets;

/// <summary>One field of an <c>entryFacets</c> object: its filter, and the facet list it shows (none for totalCount).</summary>
public readonly record struct EntryFacetKey(Filter? Where, FacetRequest? Request);

/// <summary>
/// The fields of each <c>entryFacets</c> object, loaded together: every facet list selected under one filter (aliases and
/// fragments included) goes to the store in one call, so the whole object is one read (one request on Neo4j).
/// </summary>
public sealed class EntryFacetsByQueryDataLoader(IGraphStore store) : BatchDataLoader<EntryFacetKey, EntryFacets>(EqualityComparer<EntryFacetKey>.Default)
{
    /// <summary>This request's loader (registered scoped).</summary>
    public static EntryFacetsByQueryDataLoader Of(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<EntryFacetsByQueryDataLoader>();

    protected override async Task<IReadOnlyDictionary<EntryFacetKey, EntryFacets>> LoadBatchAsync(IReadOnlyList<EntryFacetKey> keys, CancellationToken cancellationToken)
    {
        var results = new Dictionary<EntryFacetKey, EntryFacets>(keys.Count);
        foreach (var group in keys.GroupBy(k => k.Where))
        {
            var requests = group.Select(k => k.Request).OfType<FacetRequest>().Distinct().ToArray();
            var facets = await store.GetEntryFacetsAsync(new EntryFacetQuery(group.Key, requests), cancellationToken).ConfigureAwait(false);
            foreach (var key in group)
            {
                results[key] = facets;
            }
        }

        return results;
    }

    protected override EntryFacets Missing(EntryFacetKey key) => EntryFacets.Empty;
}
