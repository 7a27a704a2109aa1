namespace AseanCyber.GraphQL.Http;

/// <summary>Configuration section "GraphQL": how much one operation may ask for.</summary>
public sealed class GraphQLLimits
{
    public const string Section = "GraphQL";

    /// <summary>Deepest field nesting an operation may select (introspection-only operations are exempt).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Highest complexity score; a list field's children count once per item asked for (first/last, else the default page size).</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>How many parsed and validated documents are kept for reuse.</summary>
    public int DocumentCacheSize { get; set; } = 1_000;
}
