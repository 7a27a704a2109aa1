using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AseanCyber.GraphQL.Http;

/// <summary>
/// Reads a <see cref="GraphQLHttpRequest"/> from a POST (JSON body, size-limited) or a GET (query string), checking each
/// parameter's JSON type so a malformed request gets a 4xx with a message naming the parameter.
/// </summary>
public sealed class GraphQLHttpRequestReader(IGraphQLTextSerializer serializer, IOptionsMonitor<GraphQLHttpOptions> options)
{
    public const string InvalidRequestCode = "INVALID_REQUEST";
    public const string DuplicateJsonKeyCode = "DUPLICATE_JSON_KEY";
    public const string MaxJsonDepthCode = "MAX_JSON_DEPTH_EXCEEDED";
    public const string QueryMissingCode = "QUERY_MISSING";
    public const string InvalidJsonCode = "INVALID_JSON";
    public const string UnsupportedMediaTypeCode = "UNSUPPORTED_MEDIA_TYPE";
    public const string RequestTooLargeCode = "REQUEST_TOO_LARGE";

    public async Task<(GraphQLHttpRequest? Request, GraphQLHttpRequestError? Error)> ReadPostAsync(
        HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (CheckContentType(request.ContentType) is { } contentTypeError)
        {
            return (null, contentTypeError);
        }

        var body = await ReadBodyAsync(request, maxBodyBytes, cancellationToken);
        if (body is null)
        {
            return (null, new GraphQLHttpRequestError(
                StatusCodes.Status413PayloadTooLarge,
                RequestTooLargeCode,
                $"The request body is larger than the limit of {maxBodyBytes} bytes ({FormatSize(maxBodyBytes)})."));
        }

        if (body.Value.IsEmpty)
        {
            return (null, Invalid(InvalidJsonCode, "The request body is empty; send a JSON object such as {\"query\": \"{ __typename }\"}."));
        }

        var maxDepth = options.CurrentValue.MaxJsonDepth;
        if (CheckJson(body.Value.Span, maxDepth, "The request body") is { } jsonError)
        {
            return (null, jsonError);
        }

        var document = JsonDocument.Parse(body.Value, new JsonDocumentOptions { MaxDepth = maxDepth + 1 });

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return (null, Invalid(InvalidRequestCode, "Batched requests (a JSON array) are not supported; send one JSON object per request."));
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Invalid(InvalidRequestCode, "The request body must be a JSON object with a 'query' string."));
            }

            var query = Property(root, "query");
            if (query.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
            {
                return (null, MissingQuery());
            }

            if (query.ValueKind != JsonValueKind.String)
            {
                return (null, Invalid(InvalidRequestCode, "The 'query' parameter must be a string."));
            }

            var operationName = Property(root, "operationName");
            if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
            {
                return (null, Invalid(InvalidRequestCode, "The 'operationName' parameter must be a string or null."));
            }

            if (ReadMapProperty(root, "variables", out var variables) is { } variablesError)
            {
                return (null, variablesError);
            }

            if (ReadMapProperty(root, "extensions", out var extensions) is { } extensionsError)
            {
                return (null, extensionsError);
            }

            return (new GraphQLHttpRequest(
                query.GetString()!,
                operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null,
                variables,
                extensions), null);
        }
    }

    public (GraphQLHttpRequest? Request, GraphQLHttpRequestError? Error) ReadGet(HttpRequest request)
    {
        var parameters = request.Query;
        foreach (var name in new[] { "query", "operationName", "variables", "extensions" })
        {
            if (parameters[name].Count > 1)
            {
                return (null, Invalid(InvalidRequestCode, $"The '{name}' parameter was given more than once."));
            }
        }

        var query = parameters["query"].ToString();
        if (string.IsNullOrEmpty(query))
        {
            return (null, MissingQuery());
        }

        if (ReadMapParameter(parameters["variables"].ToString(), "variables", out var variables) is { } variablesError)
        {
            return (null, variablesError);
        }

        if (ReadMapParameter(parameters["extensions"].ToString(), "extensions", out var extensions) is { } extensionsError)
        {
            return (null, extensionsError);
        }

        var operationName = parameters["operationName"].ToString();
        return (new GraphQLHttpRequest(query, operationName.Length == 0 ? null : operationName, variables, extensions), null);
    }

    private static GraphQLHttpRequestError? CheckContentType(string? contentType)
    {
        const string expected = "POST requests must have 'Content-Type: application/json' (UTF-8)";
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return new GraphQLHttpRequestError(StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaTypeCode, $"{expected}; the request had no Content-Type.");
        }

        var isJson = MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && (!mediaType.Charset.HasValue
                || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                || mediaType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
        return isJson
            ? null
            : new GraphQLHttpRequestError(StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaTypeCode, $"{expected}; the request had '{contentType}'.");
    }

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/> (declared or, for chunked bodies, as read).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        // Kestrel's own limit (30 MB by default) must not cut in first when a larger limit is configured.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBytes + 1;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, maxBytes) + 1);
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(4096);
                var read = await request.Body.ReadAsync(memory, cancellationToken);
                if (read == 0)
                {
                    return buffer.WrittenMemory;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > maxBytes)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel counts bytes as they arrive, so a fast chunked body can pass its limit before the loop sees it.
            return null;
        }
    }

    private GraphQLHttpRequestError? ReadMapProperty(JsonElement root, string name, out Inputs? value) =>
        ReadMap(Property(root, name), name, out value);

    private GraphQLHttpRequestError? ReadMapParameter(string json, string name, out Inputs? value)
    {
        value = null;
        if (json.Length == 0)
        {
            return null;
        }

        var maxDepth = options.CurrentValue.MaxJsonDepth;
        var bytes = Encoding.UTF8.GetBytes(json);
        if (CheckJson(bytes, maxDepth, $"The '{name}' parameter") is { } jsonError)
        {
            return jsonError;
        }

        using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = maxDepth + 1 });
        return ReadMap(document.RootElement, name, out value);
    }

    /// <summary>
    /// Reads the JSON once before it is used, refusing what System.Text.Json would accept but fail on later, or what
    /// could mean two things: strings that are not valid Unicode (a lone surrogate escape such as <c>"\ud800"</c>), nesting
    /// past the limit, and an object with the same key twice (one reader may take the first, another the last).
    /// </summary>
    private static GraphQLHttpRequestError? CheckJson(ReadOnlySpan<byte> json, int maxDepth, string subject)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        var keys = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= maxDepth:
                        return Invalid(MaxJsonDepthCode, $"{subject} nests arrays and objects more than {maxDepth} levels deep, the limit.");
                    case JsonTokenType.StartObject:
                        keys.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        keys.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        keys.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var key = reader.GetString()!;
                        if (!keys.Peek()!.Add(key))
                        {
                            return Invalid(DuplicateJsonKeyCode, $"{subject} has the key '{Shorten(key)}' twice in one object; give each key once.");
                        }

                        break;
                    case JsonTokenType.String:
                        _ = reader.GetString();
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            return Invalid(InvalidJsonCode, $"{subject} is not valid JSON: {ex.Message}");
        }
        catch (InvalidOperationException)
        {
            return Invalid(InvalidJsonCode, $"{subject} has a string that is not valid Unicode (invalid UTF-8, or a lone surrogate escape such as \\ud800).");
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "...";

    private GraphQLHttpRequestError? ReadMap(JsonElement element, string name, out Inputs? value)
    {
        value = null;
        if (element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return Invalid(InvalidRequestCode, $"The '{name}' parameter must be a JSON object (map) or null.");
        }

        try
        {
            value = serializer.ReadNode<Inputs>(element);
        }
        catch (JsonException)
        {
            return Invalid(InvalidRequestCode, $"The '{name}' parameter could not be read as GraphQL input values.");
        }

        return null;
    }

    private static JsonElement Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : default;

    private static GraphQLHttpRequestError MissingQuery() =>
        Invalid(QueryMissingCode, "The request has no 'query' parameter: send the GraphQL document as 'query' (JSON body for POST, query string for GET).");

    private static GraphQLHttpRequestError Invalid(string code, string message) =>
        new(StatusCodes.Status400BadRequest, code, message);

    private static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MiB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024} KiB",
        _ => $"{bytes} bytes",
    };
}
