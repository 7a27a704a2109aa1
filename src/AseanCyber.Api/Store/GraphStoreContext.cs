using AseanCyber.Graph.Store;
using GraphQL;

namespace AseanCyber.Api.Store;

public static class GraphStoreContext
{
    /// <summary>The store port, for resolvers that ask it directly (root lists, mutations); per-parent reads go through DataLoaders.</summary>
    public static IGraphStore GraphStore(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGraphStore>();
}
