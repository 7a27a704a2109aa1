using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AseanCyber.Neo4j.QueryApi.Testing;

public enum QueryApiRouteKind
{
    Unknown,
    Query,
    Open,
    Run,
    Commit,
}

/// <summary>Which Query API endpoint a request addressed: <c>/db/{db}/query/v2[/tx[/{id}[/commit]]]</c>.</summary>
public sealed partial record QueryApiRoute(QueryApiRouteKind Kind, string? Database, string? TransactionId)
{
    public static QueryApiRoute Parse(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var match = Pattern().Match(request.Path);
        if (!match.Success)
        {
            return new QueryApiRoute(QueryApiRouteKind.Unknown, null, null);
        }

        var database = Uri.UnescapeDataString(match.Groups["db"].Value);
        var id = match.Groups["id"].Success ? Uri.UnescapeDataString(match.Groups["id"].Value) : null;
        var kind = match.Groups["commit"].Success ? QueryApiRouteKind.Commit
            : id is not null ? QueryApiRouteKind.Run
            : match.Groups["tx"].Success ? QueryApiRouteKind.Open
            : QueryApiRouteKind.Query;
        return new QueryApiRoute(kind, database, id);
    }

    [GeneratedRegex("^/db/(?<db>[^/]+)/query/v2(?<tx>/tx(?:/(?<id>[^/]+)(?<commit>/commit)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>
/// What Neo4j's Query API refuses before any statement runs, as its server code does (each rule and its source:
/// README.md beside this file). The fake answers these itself; its responder only sees requests the server would accept.
/// </summary>
public static class StrictServer
{
    public const string PlainJson = "application/json";
    public const string UnknownErrorCode = "Neo.DatabaseError.General.UnknownError";
    public const string UnknownErrorMessage = "An unknown error occurred.";
    public const string TransactionNotFoundCode = "Neo.ClientError.Transaction.TransactionNotFound";

    /// <summary>The server's own answer to a request it refuses, or null when the request reaches a statement.</summary>
    public static HttpResponseMessage? Refuse(RecordedRequest request, QueryApiRoute route)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(route);
        if (route.Kind == QueryApiRouteKind.Unknown)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var allowed = route.Kind == QueryApiRouteKind.Run ? new[] { HttpMethod.Post, HttpMethod.Delete } : [HttpMethod.Post];
        if (!allowed.Contains(request.Method))
        {
            var refused = new HttpResponseMessage(HttpStatusCode.MethodNotAllowed) { Content = new ByteArrayContent([]) };
            foreach (var method in allowed)
            {
                refused.Content.Headers.Allow.Add(method.Method);
            }
            return refused;
        }

        if (!Acceptable(request.Header("Accept")))
        {
            return new HttpResponseMessage(HttpStatusCode.NotAcceptable);
        }

        if (request.Method != HttpMethod.Post)
        {
            return null;
        }

        var contentType = request.Header("Content-Type");
        if (contentType is null)
        {
            return Error(HttpStatusCode.InternalServerError, UnknownErrorCode, UnknownErrorMessage);
        }

        if (!IsQueryJson(MediaTypeHeaderValue.Parse(contentType).MediaType))
        {
            return new HttpResponseMessage(HttpStatusCode.UnsupportedMediaType);
        }

        if (!string.IsNullOrEmpty(request.BodyText) && !IsJsonObject(request.BodyText))
        {
            return new HttpResponseMessage(HttpStatusCode.BadRequest);
        }

        return null;
    }

    /// <summary>The answer to a request for a transaction the server does not hold (never opened, closed, or expired).</summary>
    public static HttpResponseMessage TransactionNotFound(string id) =>
        Error(HttpStatusCode.NotFound, TransactionNotFoundCode, $"Transaction with Id: {id} was not found. It may have timed out and therefore rolled back.");

    /// <summary>Fails the test when a responder answers typed JSON to a request that did not ask for it: the server would not.</summary>
    public static void CheckNegotiated(RecordedRequest request, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var answered = response.Content?.Headers.ContentType?.MediaType;
        if (answered is not null && answered.StartsWith(FakeQueryApiHandler.TypedJson, StringComparison.OrdinalIgnoreCase)
            && !AcceptsTyped(request.Header("Accept")))
        {
            throw new InvalidOperationException(
                $"The fake's responder answered {answered} to {request.Method} {request.Path}, whose Accept is "
                + $"'{request.Header("Accept") ?? "(none)"}'; Neo4j answers typed JSON only when asked for it.");
        }
    }

    private static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        new(status)
        {
            Content = new StringContent(
                new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) }.ToJsonString(),
                System.Text.Encoding.UTF8,
                PlainJson),
        };

    private static bool IsQueryJson(string? mediaType) =>
        string.Equals(mediaType, PlainJson, StringComparison.OrdinalIgnoreCase) || IsTyped(mediaType);

    private static bool IsTyped(string? mediaType) =>
        mediaType is not null
        && (string.Equals(mediaType, FakeQueryApiHandler.TypedJson, StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith(FakeQueryApiHandler.TypedJson + ".v1.", StringComparison.OrdinalIgnoreCase)
                && !mediaType.EndsWith("+jsonl", StringComparison.OrdinalIgnoreCase)));

    private static IEnumerable<string> MediaTypes(string accept) =>
        accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split(';')[0].Trim());

    private static bool Acceptable(string? accept) =>
        accept is null || MediaTypes(accept).Any(m => m is "*/*" or "application/*" || IsQueryJson(m));

    private static bool AcceptsTyped(string? accept) => accept is not null && MediaTypes(accept).Any(IsTyped);

    private static bool IsJsonObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
