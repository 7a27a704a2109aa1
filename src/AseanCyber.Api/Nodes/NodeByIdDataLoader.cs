using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http.DataLoading;
using GraphQL;

namespace AseanCyber.Api.Nodes;

/// <summary>
/// Nodes by id, spelt as callers may spell them (<see cref="NodeIdSpelling"/>: "country:jp", "Country:JPN"), as
/// cooperation, cooperationPaths and connections take them; the node answers with its own id.
/// </summary>
public sealed class NodeByIdDataLoader(IGraphStore store) : BatchDataLoader<string, INode?>(StringComparer.Ordinal)
{
    /// <summary>This request's loader (registered scoped).</summary>
    public static NodeByIdDataLoader Of(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<NodeByIdDataLoader>();

    protected override async Task<IReadOnlyDictionary<string, INode?>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var canonical = keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, NodeIdSpelling.Canonical, StringComparer.Ordinal);
        var nodes = await store.GetNodesAsync(canonical.Values.Distinct(StringComparer.Ordinal).ToArray(), cancellationToken).ConfigureAwait(false);
        return canonical.ToDictionary(k => k.Key, k => nodes.GetValueOrDefault(k.Value), StringComparer.Ordinal);
    }
}
