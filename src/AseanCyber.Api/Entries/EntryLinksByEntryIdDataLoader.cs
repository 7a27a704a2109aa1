using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http.DataLoading;
using GraphQL;

namespace AseanCyber.Api.Entries;

/// <summary>All links of many entries (bodies, involvements, places, themes, organizations) in one store call per level.</summary>
public sealed class EntryLinksByEntryIdDataLoader(IGraphStore store) : BatchDataLoader<string, EntryLinks>(StringComparer.Ordinal)
{
    /// <summary>This request's loader (registered scoped).</summary>
    public static EntryLinksByEntryIdDataLoader Of(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<EntryLinksByEntryIdDataLoader>();

    protected override Task<IReadOnlyDictionary<string, EntryLinks>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        store.GetEntryLinksAsync(keys, cancellationToken);

    protected override EntryLinks Missing(string key) => EntryLinks.Empty;
}
