using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AseanCyber.GraphQL.Http;

/// <summary>The response media types of the GraphQL-over-HTTP spec and the choice between them from an Accept header.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer in, or null when the Accept header admits neither (the endpoint then answers 406).
    /// Ranges are taken by quality, then in the order listed, so <c>application/graphql-response+json, application/json</c>
    /// gets the former. A missing header, <c>*/*</c> and <c>application/*</c> get <c>application/json</c>: the spec's legacy
    /// default, which graphql-http's audit checks (80D8, 47DE) and which keeps clients that predate the new media type
    /// (and so do not expect 4xx for validation errors) working.
    /// </summary>
    public static string? Negotiate(StringValues acceptHeader)
    {
        if (StringValues.IsNullOrEmpty(acceptHeader))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeader, out var ranges) || ranges.Count == 0)
        {
            return null;
        }

        var ordered = ranges
            .Select((range, index) => (Range: range, Index: index))
            .OrderByDescending(r => r.Range.Quality ?? 1)
            .ThenBy(r => r.Index)
            .Select(r => r.Range);

        foreach (var range in ordered)
        {
            if ((range.Quality ?? 1) <= 0 || !IsUtf8(range))
            {
                continue;
            }

            if (Specificity(range, GraphQLResponse) == ExactMatch && IsAcceptable(ranges, GraphQLResponse))
            {
                return GraphQLResponse;
            }

            if (Specificity(range, Json) > NoMatch && IsAcceptable(ranges, Json))
            {
                return Json;
            }

            if (Specificity(range, GraphQLResponse) > NoMatch && IsAcceptable(ranges, GraphQLResponse))
            {
                return GraphQLResponse;
            }
        }

        return null;
    }

    private const int NoMatch = 0;
    private const int ExactMatch = 3;

    // A type is acceptable unless its most specific matching range gives it quality 0 ("*/*, application/json;q=0").
    private static bool IsAcceptable(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var best = ranges
            .Where(IsUtf8)
            .Select(r => (Specificity: Specificity(r, mediaType), Quality: r.Quality ?? 1))
            .Where(r => r.Specificity > NoMatch)
            .OrderByDescending(r => r.Specificity)
            .FirstOrDefault();
        return best.Specificity > NoMatch && best.Quality > 0;
    }

    private static int Specificity(MediaTypeHeaderValue range, string mediaType)
    {
        if (range.MatchesAllTypes)
        {
            return 1;
        }

        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        if (range.MatchesAllSubTypes)
        {
            return range.Type.Equals(mediaType[..slash], StringComparison.OrdinalIgnoreCase) ? 2 : NoMatch;
        }

        return range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? ExactMatch : NoMatch;
    }

    private static bool IsUtf8(MediaTypeHeaderValue range) =>
        !range.Charset.HasValue
        || range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || range.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
