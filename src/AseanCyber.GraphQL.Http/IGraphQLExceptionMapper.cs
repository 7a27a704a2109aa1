using GraphQL;

namespace AseanCyber.GraphQL.Http;

/// <summary>
/// Turns an exception a resolver threw into the error its client sees, for exceptions whose message is meant for clients
/// (a refusal with a code of its own). Exceptions no mapper knows reach the client as INTERNAL_SERVER_ERROR and the log in full.
/// </summary>
public interface IGraphQLExceptionMapper
{
    /// <summary>The client's error, or null when this mapper does not know the exception.</summary>
    ExecutionError? Map(Exception exception);
}
