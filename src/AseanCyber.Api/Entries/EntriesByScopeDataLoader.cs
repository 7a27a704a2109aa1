using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http.DataLoading;
using GraphQL;

namespace AseanCyber.Api.Entries;

/// <summary>One parent's entries connection: whose entries (a kind of node and its id) and the field's arguments.</summary>
public readonly record struct EntriesKey(EntryScopeKind Kind, string NodeId, EntryQuery Query);

/// <summary>
/// The entries connection of many nodes (profiles, countries, bodies, themes, places, organizations). Keys whose kind and
/// query are equal load in one store call: <see cref="EntryQuery"/> compares by value, so parents of the same field in
/// the document batch together whether or not they were handed the same query object.
/// </summary>
public sealed class EntriesByScopeDataLoader(IGraphStore store) : BatchDataLoader<EntriesKey, EntryPage>(EqualityComparer<EntriesKey>.Default)
{
    /// <summary>This request's loader (registered scoped).</summary>
    public static EntriesByScopeDataLoader Of(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<EntriesByScopeDataLoader>();

    protected override async Task<IReadOnlyDictionary<EntriesKey, EntryPage>> LoadBatchAsync(IReadOnlyList<EntriesKey> keys, CancellationToken cancellationToken)
    {
        var results = new Dictionary<EntriesKey, EntryPage>(keys.Count);
        foreach (var group in keys.GroupBy(k => (k.Kind, k.Query)))
        {
            var (kind, query) = group.Key;
            var scope = EntryScope.Of(kind, [.. group.Select(k => k.NodeId).Distinct(StringComparer.Ordinal)]);
            var pages = await store.QueryEntriesAsync(scope, query, cancellationToken).ConfigureAwait(false);
            foreach (var (nodeId, page) in pages)
            {
                results[new EntriesKey(kind, nodeId, query)] = page;
            }
        }

        return results;
    }

    protected override EntryPage Missing(EntriesKey key) => EntryPage.Empty;
}
