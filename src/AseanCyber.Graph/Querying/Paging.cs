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

    /// <summary>Which slice [Skip, Skip+Take) of <paramref name="totalCount"/> ordered items a request selects (Relay's algorithm).</summary>
    public static PageWindow Resolve(PageRequest page, int totalCount)
    {
        var start = 0;
        var end = totalCount;
        if (page.After is not null && TryDecodeCursor(page.After, out var after))
        {
            start = Math.Min(after + 1, totalCount);
        }

        if (page.Before is not null && TryDecodeCursor(page.Before, out var before))
        {
            end = Math.Max(Math.Min(before, totalCount), start);
        }

        var first = page.First ?? (page.Last is null ? DefaultPageSize : null);
        if (first is { } f && end - start > f)
        {
            end = start + f;
        }

        if (page.Last is { } l && end - start > l)
        {
            start = end - l;
        }

        return new PageWindow(start, end - start, HasPreviousPage: start > 0, HasNextPage: end < totalCount);
    }
}

public readonly record struct PageWindow(int Skip, int Take, bool HasPreviousPage, bool HasNextPage);
