using System.Globalization;
using System.Text;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace AseanCyber.Api.Entries;

/// <summary>
/// Relay cursor paging over the stores' offset windows: the where / order / first / after / last / before arguments every
/// entries connection takes become an <see cref="EntryQuery"/>, and a store's <see cref="EntryPage"/> gets its cursors
/// back here. Cursors are offsets, as Hot Chocolate's default paging uses: opaque to clients, valid while the data is
/// unchanged; no store sees one.
/// </summary>
public static class EntryPaging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;
    private const string CursorPrefix = "cursor:";

    public static FieldBuilder<TSource, TReturn> WithEntryQueryArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<EntryFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<EntrySortInputType>>>("order")
            .Argument<IntGraphType>("first", "Returns the first n entries (at most 100).")
            .Argument<StringGraphType>("after", "Returns the entries after this cursor.")
            .Argument<IntGraphType>("last", "Returns the last n entries (at most 100).")
            .Argument<StringGraphType>("before", "Returns the entries before this cursor.");

    /// <summary>The field's arguments as a store query; parsed per parent, and equal (by value) for parents of the same field.</summary>
    public static EntryQuery Parse(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        CheckPageSize("first", first);
        CheckPageSize("last", last);
        var window = ToWindow(first, Offset("after", context.GetArgument<string?>("after")), last, Offset("before", context.GetArgument<string?>("before")));

        return new EntryQuery(
            FilterParser.Parse(context.GetArgument<object?>("where"), EntryFields.Catalog),
            FilterParser.ParseOrder(context.GetArgument<object?>("order"), EntryFields.Catalog),
            window);
    }

    /// <summary>
    /// Relay's algorithm (ApplyCursorsToEdges, then first, then last) as a window of offsets: the items after
    /// <paramref name="after"/> and before <paramref name="before"/>, the first <paramref name="first"/> of them (50 when
    /// neither size is given), then the last <paramref name="last"/>. Without an upper bound a <c>last</c> page is counted
    /// from the end of the list, which only the store knows. With one, it is counted back from that bound, which is Relay's
    /// answer whenever the bound is within the list (a bound past the end comes from a stale <c>before</c> cursor or a
    /// <c>first</c> larger than what is left, together with a smaller <c>last</c>).
    /// </summary>
    public static Window ToWindow(int? first, int? after, int? last, int? before)
    {
        long start = after is { } a ? a + 1L : 0;
        long? end = before;
        var firstOrDefault = first ?? (last is null ? DefaultPageSize : null);
        if (firstOrDefault is { } size)
        {
            end = Math.Min(end ?? long.MaxValue, start + size);
        }

        if (last is not { } l || (end is { } e && e - start <= l))
        {
            return new Window(Clamp(start), Clamp(end!.Value - start));
        }

        if (end is not { } bound)
        {
            return Window.Last(l, Clamp(start));
        }

        var from = Math.Max(start, bound - l);
        return new Window(Clamp(from), Clamp(bound - from));

        static int Clamp(long value) => (int)Math.Clamp(value, 0, int.MaxValue);
    }

    public static string EncodeCursor(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorPrefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecodeCursor(string cursor, out int offset)
    {
        offset = -1;
        Span<byte> buffer = stackalloc byte[64];
        if (cursor.Length > 80 || !Convert.TryFromBase64String(cursor, buffer, out var written))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(buffer[..written]);
        return text.StartsWith(CursorPrefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }

    private static int? Offset(string name, string? cursor) =>
        cursor is null ? null
        : TryDecodeCursor(cursor, out var offset) ? offset
        : throw ApiErrors.Create(ApiErrors.InvalidCursor, $"'{name}' is not a cursor this API issued: '{cursor}'.");

    private static void CheckPageSize(string name, int? value)
    {
        if (value is < 0 or > MaxPageSize)
        {
            throw ApiErrors.Create(
                ApiErrors.PagingLimitExceeded,
                $"'{name}' must be between 0 and {MaxPageSize}; it was {value}. Page with 'after'/'before' cursors to see more.");
        }
    }
}
