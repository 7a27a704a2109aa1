namespace AseanCyber.GraphQL.Http;

/// <summary>Settings of the GraphQL-over-HTTP endpoint, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>
    /// After this, parsing, validation and resolvers are cancelled and the response carries a TIMEOUT error. The client
    /// disconnecting cancels them too.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Larger POST bodies are refused with 413 before any parsing.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Deepest nesting of arrays and objects in a JSON body or parameter (MAX_JSON_DEPTH_EXCEEDED).</summary>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>Most errors in one response; the rest are summed up in one MAX_ERRORS_EXCEEDED error.</summary>
    public int MaxErrors { get; set; } = 100;
}
