using System.Globalization;
using System.Text;

namespace AseanCyber.Graph.Querying;

/// <summary>
/// Offset cursors, as Hot Chocolate's default paging uses: opaque to clients, valid while the data is unchanged.
/// Both adapters page the same way, so the same cursor means the same position everywhere.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;
    private const string Prefix = "cursor:";

    public static string EncodeCursor(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecodeCursor(string cursor, out int offset)
    {
        offset = -1;
        Span<byte> buffer = stackalloc byte[64];
        if (cursor.Length > 80 || !Convert.TryFromBase64String(cursor, buffer, out var written))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(buffer[..written]);
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }

    /// <summary>
    /// A request's cursors decoded and its page size defaulted: the inputs of <see cref="Resolve"/>, which the Neo4j adapter
    /// passes to Cypher to cut the same window there.
    /// </summary>
    public static PageBounds Bounds(PageRequest page) => new(
        page.After is not null && TryDecodeCursor(page.After, out var after) ? after + 1 : 0,
        page.Before is not null && TryDecodeCursor(page.Before, out var before) ? before : null,
        page.First ?? (page.Last is null ? DefaultPageSize : null),
        page.Last);

    /// <summary>Which slice [Skip, Skip+Take) of <paramref name="totalCount"/> ordered items a request selects (Relay's algorithm).</summary>
    public static PageWindow Resolve(PageRequest page, int totalCount)
    {
        var bounds = Bounds(page);
        var start = Math.Min(bounds.Start, totalCount);
        var end = totalCount;
        if (bounds.Before is { } before)
        {
            end = Math.Max(Math.Min(before, totalCount), start);
        }

        if (bounds.First is { } f && end - start > f)
        {
            end = start + f;
        }

        if (bounds.Last is { } l && end - start > l)
        {
            start = end - l;
        }

        return new PageWindow(start, end - start, HasPreviousPage: start > 0, HasNextPage: end < totalCount);
    }
}

/// <summary>The offset a page starts from (after + 1), the offset it must end before, and its first/last sizes.</summary>
public readonly record struct PageBounds(int Start, int? Before, int? First, int? Last);

public readonly record struct PageWindow(int Skip, int Take, bool HasPreviousPage, bool HasNextPage);
