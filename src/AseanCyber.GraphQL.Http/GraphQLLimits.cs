namespace AseanCyber.GraphQL.Http;

/// <summary>
/// Configuration section "GraphQL": how much one document may ask for. The document limits are checked while parsing,
/// in time linear in the document, before any validation rule runs; each has its own error code.
/// </summary>
public sealed class GraphQLLimits
{
    public const string Section = "GraphQL";

    /// <summary>Longest document, in characters (MAX_DOCUMENT_LENGTH_EXCEEDED).</summary>
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>Most tokens (names, punctuators, values; not comments) in a document (MAX_TOKENS_EXCEEDED).</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>Most directives (<c>@skip</c>, <c>@include</c>, ...) in a document (MAX_DIRECTIVES_EXCEEDED).</summary>
    public int MaxDirectives { get; set; } = 100;

    /// <summary>Deepest nesting of the document's syntax tree: fields, arguments, lists, input objects (MAX_PARSER_DEPTH_EXCEEDED).</summary>
    public int MaxParserDepth { get; set; } = 128;

    /// <summary>Most fragment definitions in a document (MAX_FRAGMENTS_EXCEEDED).</summary>
    public int MaxFragments { get; set; } = 200;

    /// <summary>Most fields and fragment spreads an operation or fragment selects once its fragments are expanded (MAX_SELECTIONS_EXCEEDED).</summary>
    public int MaxSelections { get; set; } = 2_000;

    /// <summary>Deepest field nesting an operation may select (introspection-only operations are exempt).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Highest complexity score; a list field's children count once per item asked for (first/last, else the default page size).</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>How many parsed and validated documents are kept for reuse.</summary>
    public int DocumentCacheSize { get; set; } = 1_000;

    internal IEnumerable<(string Name, int Value)> Positive() =>
    [
        (nameof(MaxDocumentLength), MaxDocumentLength), (nameof(MaxTokens), MaxTokens), (nameof(MaxDirectives), MaxDirectives),
        (nameof(MaxParserDepth), MaxParserDepth), (nameof(MaxFragments), MaxFragments), (nameof(MaxSelections), MaxSelections),
        (nameof(MaxDepth), MaxDepth), (nameof(MaxComplexity), MaxComplexity), (nameof(DocumentCacheSize), DocumentCacheSize),
    ];
}
