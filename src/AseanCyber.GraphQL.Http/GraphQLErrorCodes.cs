namespace AseanCyber.GraphQL.Http;

/// <summary>
/// The <c>extensions.code</c> of every error the endpoint itself answers with (malformed requests, request limits,
/// protocol errors), plus those GraphQL.NET sets that the endpoint passes on.
/// </summary>
public static class GraphQLErrorCodes
{
    public const string MaxDocumentLengthExceeded = "MAX_DOCUMENT_LENGTH_EXCEEDED";
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string MaxDirectivesExceeded = "MAX_DIRECTIVES_EXCEEDED";
    public const string MaxParserDepthExceeded = "MAX_PARSER_DEPTH_EXCEEDED";
    public const string MaxFragmentsExceeded = "MAX_FRAGMENTS_EXCEEDED";
    public const string MaxSelectionsExceeded = "MAX_SELECTIONS_EXCEEDED";
    public const string SyntaxError = "SYNTAX_ERROR";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MaxErrorsExceeded = "MAX_ERRORS_EXCEEDED";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string DuplicateJsonKey = "DUPLICATE_JSON_KEY";
    public const string MaxJsonDepthExceeded = "MAX_JSON_DEPTH_EXCEEDED";
    public const string QueryMissing = "QUERY_MISSING";
    public const string InvalidJson = "INVALID_JSON";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>Set by GraphQL.NET's complexity rule.</summary>
    public const string Complexity = "COMPLEXITY";

    /// <summary>Set by GraphQL.NET when an operation outlives its execution timeout.</summary>
    public const string Timeout = "TIMEOUT";
}
