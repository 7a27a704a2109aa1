using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http;
using GraphQL;

namespace AseanCyber.Api.Http;

/// <summary>A graph store's refusal (a profile that does not parse, say) reaches the client with its code and message.</summary>
public sealed class GraphStoreExceptionMapper : IGraphQLExceptionMapper
{
    public ExecutionError? Map(Exception exception) =>
        exception is GraphStoreException storeError ? new ExecutionError(storeError.Message) { Code = storeError.Code } : null;
}
