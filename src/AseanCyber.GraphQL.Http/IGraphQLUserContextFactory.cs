namespace AseanCyber.GraphQL.Http;

/// <summary>
/// Builds the user context the executer hands to resolvers, once per request: who the caller is and what they may do.
/// Without one, resolvers get an empty dictionary.
/// </summary>
public interface IGraphQLUserContextFactory
{
    IDictionary<string, object?> Create(HttpContext http);
}
