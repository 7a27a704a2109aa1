using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AseanCyber.Testing;

/// <summary>An HTTP response read whole: status, headers, media type and (when it is JSON) the parsed body.</summary>
public sealed class GraphQLHttpResult
{
    private GraphQLHttpResult(HttpStatusCode statusCode, string? contentType, string text, JsonElement? json, HttpResponseHeaders headers, HttpContentHeaders contentHeaders)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Text = text;
        Json = json;
        Headers = headers;
        ContentHeaders = contentHeaders;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The full Content-Type header, e.g. <c>application/graphql-response+json; charset=utf-8</c>.</summary>
    public string? ContentType { get; }

    public string? MediaType => ContentType?.Split(';')[0].Trim();

    public string Text { get; }

    /// <summary>The body as JSON, or null when it is not JSON.</summary>
    public JsonElement? Json { get; }

    public HttpResponseHeaders Headers { get; }

    public HttpContentHeaders ContentHeaders { get; }

    public bool HasDataEntry => Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("data", out _);

    /// <summary>The <c>data</c> entry; throws when there is none.</summary>
    public JsonElement Data => Json!.Value.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().ToList()
            : [];

    /// <summary>Each error's <c>extensions.code</c> (null where missing).</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var code) ? code.GetString() : null).ToList();

    public IReadOnlyList<string?> ErrorMessages =>
        Errors.Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : null).ToList();

    public static async Task<GraphQLHttpResult> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonElement? json = null;
        try
        {
            if (text.Length > 0)
            {
                using var document = JsonDocument.Parse(text);
                json = document.RootElement.Clone();
            }
        }
        catch (JsonException)
        {
            // Not JSON (HTML, plain text): Text has it.
        }

        return new GraphQLHttpResult(
            response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            text,
            json,
            response.Headers,
            response.Content.Headers);
    }

    public override string ToString() => $"{(int)StatusCode} {ContentType}: {Text}";
}
