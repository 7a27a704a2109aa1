using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Search;
using GraphQL;

namespace AseanCyber.Api.Search;

/// <summary>The search field's arguments as a store request: the query parsed once (bad ones are INVALID_ARGUMENT), the filter, the window.</summary>
public static class SearchArguments
{
    public static SearchRequest Parse(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SearchQuery query;
        try
        {
            query = SearchQuery.Parse(context.GetArgument<string>("query"));
        }
        catch (SearchQueryException e)
        {
            throw ApiErrors.Create(ApiErrors.InvalidArgument, e.Message);
        }

        var first = context.GetArgument("first", SearchQueries.DefaultPageSize);
        if (first is < 0 or > EntryPaging.MaxPageSize)
        {
            throw ApiErrors.Create(
                ApiErrors.PagingLimitExceeded,
                $"'first' must be between 0 and {EntryPaging.MaxPageSize}; it was {first}. Page with 'after' cursors to see more.");
        }

        var after = context.GetArgument<string?>("after");
        int? offset = null;
        if (after is not null)
        {
            offset = EntryPaging.TryDecodeCursor(after, out var at)
                ? at
                : throw ApiErrors.Create(ApiErrors.InvalidCursor, $"'after' is not a cursor this API issued: '{after}'.");
        }

        return new SearchRequest(
            query,
            FilterParser.Parse(context.GetArgument<object?>("where"), EntryFields.Catalog),
            EntryPaging.ToWindow(first, offset, null, null));
    }
}
