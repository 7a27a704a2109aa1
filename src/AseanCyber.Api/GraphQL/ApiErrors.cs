using System.Reflection;
using AseanCyber.Graph.Store;
using AseanCyber.GraphQL.Http;
using GraphQL;

namespace AseanCyber.Api.GraphQL;

/// <summary>
/// Errors a client can act on; each carries a stable <c>extensions.code</c>. The codes the API sets itself are declared
/// here; <see cref="AllCodes"/> is the one catalog of every code a client can see, from the endpoint
/// (<see cref="GraphQLErrorCodes"/>), the store (<see cref="GraphErrorCodes"/>) and the API. The README lists exactly these.
/// </summary>
public static class ApiErrors
{
    public const string PagingLimitExceeded = "PAGING_LIMIT_EXCEEDED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string ImportRejected = "IMPORT_REJECTED";
    public const string ImportBatchTooLarge = "IMPORT_BATCH_TOO_LARGE";
    public const string DuplicateProfile = "DUPLICATE_PROFILE";
    public const string ExportBusy = "EXPORT_BUSY";
    public const string AuthNotConfigured = "AUTH_NOT_CONFIGURED";
    public const string AuthRequired = "AUTH_REQUIRED";
    public const string AuthInvalid = "AUTH_INVALID";

    public static IReadOnlyList<string> AllCodes { get; } =
        [.. new[] { typeof(GraphQLErrorCodes), typeof(GraphErrorCodes), typeof(ApiErrors) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    public static ExecutionError Create(string code, string message) => new(message) { Code = code };
}
