using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http.DataLoading;

namespace AseanCyber.Api.Entries;

/// <summary>All links of many entries (bodies, involvements, places, themes, organizations) in one store call per level.</summary>
public sealed class EntryLinksByEntryIdDataLoader(IGraphStore store) : BatchDataLoader<string, EntryLinks>(StringComparer.Ordinal)
{
    protected override Task<IReadOnlyDictionary<string, EntryLinks>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        store.GetEntryLinksAsync(keys, cancellationToken);

    protected override EntryLinks Missing(string key) => EntryLinks.Empty;
}

/// <summary>
/// The entries connection of many nodes (profiles, countries, bodies, themes, places, organizations) for one set of arguments.
/// Keys that share an <see cref="EntryQuery"/> instance (the same field in the document) load in one store call.
/// </summary>
public sealed class EntriesByNodeIdDataLoader(IGraphStore store)
    : BatchDataLoader<(string NodeId, EntryQuery Query), EntryPage>(KeyComparer.Instance)
{
    protected override async Task<IReadOnlyDictionary<(string NodeId, EntryQuery Query), EntryPage>> LoadBatchAsync(
        IReadOnlyList<(string NodeId, EntryQuery Query)> keys, CancellationToken cancellationToken)
    {
        var results = new Dictionary<(string NodeId, EntryQuery Query), EntryPage>(KeyComparer.Instance);
        foreach (var group in keys.GroupBy(k => k.Query, ReferenceEqualityComparer.Instance))
        {
            var query = (EntryQuery)group.Key!;
            var pages = await store.QueryEntriesByNodeAsync([.. group.Select(k => k.NodeId)], query, cancellationToken).ConfigureAwait(false);
            foreach (var (nodeId, page) in pages)
            {
                results[(nodeId, query)] = page;
            }
        }

        return results;
    }

    protected override EntryPage Missing((string NodeId, EntryQuery Query) key) => EntryPage.Empty;

    private sealed class KeyComparer : IEqualityComparer<(string NodeId, EntryQuery Query)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string NodeId, EntryQuery Query) x, (string NodeId, EntryQuery Query) y) =>
            string.Equals(x.NodeId, y.NodeId, StringComparison.Ordinal) && ReferenceEquals(x.Query, y.Query);

        public int GetHashCode((string NodeId, EntryQuery Query) obj) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.NodeId), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Query));
    }
}
