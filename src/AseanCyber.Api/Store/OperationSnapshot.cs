using AseanCyber.Graph.Store;
using GraphQL;
using GraphQL.DI;

namespace AseanCyber.Api.Store;

/// <summary>
/// Pins the graph's reads for the length of each GraphQL operation, so that one answer never mixes two states of the
/// graph while imports land (<c>{ a: entries { totalCount } b: entries { totalCount } }</c> once answered 354 and 154).
/// </summary>
public sealed class OperationSnapshot(IGraphStore store) : IConfigureExecution
{
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        using (store.PinReads())
        {
            return await next(options).ConfigureAwait(false);
        }
    }
}
