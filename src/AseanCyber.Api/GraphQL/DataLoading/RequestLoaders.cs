using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL.Paging;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Store;
using GraphQL;
using GraphQL.DI;

namespace AseanCyber.Api.GraphQL.DataLoading;

/// <summary>
/// The store and this request's DataLoaders, resolved from the request scope once per operation. Resolvers reach them
/// through the user context instead of asking DI per field: every scoped lookup takes the scope's lock, and sibling
/// fields resolve in parallel.
/// </summary>
public sealed class RequestLoaders(
    IGraphStore store,
    NodeByIdDataLoader nodeById,
    EntryLinksByEntryIdDataLoader entryLinks,
    EntriesByNodeIdDataLoader entriesByNode,
    EntryQueryCache entryQueries)
{
    internal const string UserContextKey = "AseanCyber.RequestLoaders";

    public IGraphStore Store { get; } = store;

    public NodeByIdDataLoader NodeById { get; } = nodeById;

    public EntryLinksByEntryIdDataLoader EntryLinks { get; } = entryLinks;

    public EntriesByNodeIdDataLoader EntriesByNode { get; } = entriesByNode;

    public EntryQueryCache EntryQueries { get; } = entryQueries;
}

/// <summary>Puts the request's <see cref="RequestLoaders"/> into the user context before the operation runs.</summary>
public sealed class RequestLoadersSetup : IConfigureExecution
{
    public float SortOrder => 150;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.RequestServices is { } services)
        {
            options.UserContext[RequestLoaders.UserContextKey] = services.GetRequiredService<RequestLoaders>();
        }

        return next(options);
    }
}

public static class RequestLoadersExtensions
{
    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(RequestLoaders.UserContextKey, out var loaders) && loaders is RequestLoaders found
            ? found
            : context.RequestServices!.GetRequiredService<RequestLoaders>();
}
