using GraphQL;

namespace AseanCyber.Api.GraphQL;

/// <summary>Errors a client can act on; each carries a stable <c>extensions.code</c>.</summary>
public static class ApiErrors
{
    public const string PagingLimitExceeded = "PAGING_LIMIT_EXCEEDED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string ImportRejected = "IMPORT_REJECTED";
    public const string ImportFailed = "IMPORT_FAILED";

    public static ExecutionError Create(string code, string message) => new(message) { Code = code };
}
