using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http.DataLoading;
using GraphQL;

namespace AseanCyber.Api.Nodes;

public sealed class NodeByIdDataLoader(IGraphStore store) : BatchDataLoader<string, INode?>(StringComparer.Ordinal)
{
    /// <summary>This request's loader (registered scoped).</summary>
    public static NodeByIdDataLoader Of(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<NodeByIdDataLoader>();

    protected override async Task<IReadOnlyDictionary<string, INode?>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var nodes = await store.GetNodesAsync(keys, cancellationToken).ConfigureAwait(false);
        return nodes.ToDictionary(n => n.Key, n => (INode?)n.Value, StringComparer.Ordinal);
    }
}
