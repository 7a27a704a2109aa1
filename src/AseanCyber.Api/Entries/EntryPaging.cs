using AseanCyber.Api.GraphQL;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace AseanCyber.Api.Entries;

/// <summary>The where / order / first / after / last / before arguments every entries connection takes.</summary>
public static class EntryPaging
{
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
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        CheckCursor("after", after);
        CheckCursor("before", before);

        return new EntryQuery(
            FilterParser.Parse(context.GetArgument<object?>("where"), EntryFields.Catalog),
            FilterParser.ParseOrder(context.GetArgument<object?>("order"), EntryFields.Catalog),
            new PageRequest(first, after, last, before));
    }

    private static void CheckPageSize(string name, int? value)
    {
        if (value is < 0 or > AseanCyber.Graph.Querying.Paging.MaxPageSize)
        {
            throw ApiErrors.Create(
                ApiErrors.PagingLimitExceeded,
                $"'{name}' must be between 0 and {AseanCyber.Graph.Querying.Paging.MaxPageSize}; it was {value}. Page with 'after'/'before' cursors to see more.");
        }
    }

    private static void CheckCursor(string name, string? cursor)
    {
        if (cursor is not null && !AseanCyber.Graph.Querying.Paging.TryDecodeCursor(cursor, out _))
        {
            throw ApiErrors.Create(ApiErrors.InvalidCursor, $"'{name}' is not a cursor this API issued: '{cursor}'.");
        }
    }
}
