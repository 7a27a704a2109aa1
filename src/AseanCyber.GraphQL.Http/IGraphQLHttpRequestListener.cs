namespace AseanCyber.GraphQL.Http;

/// <summary>
/// Hears how the endpoint answered each request, for the host's request log: the endpoint writes no log line of its own
/// for a request it refuses, so the host's one line per request can carry the reason.
/// </summary>
public interface IGraphQLHttpRequestListener
{
    void OnAnswered(HttpContext http, GraphQLHttpOutcome outcome);
}

/// <summary>
/// How one request was answered: its operation name when the request could be read, and the first error's code when the
/// request was refused (nothing executed) or execution reported errors.
/// </summary>
public sealed record GraphQLHttpOutcome(string? OperationName, int StatusCode, string? ErrorCode);
