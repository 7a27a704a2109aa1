using AseanCyber.Api.GraphQL.DataLoading;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.GraphQL.Paging;
using AseanCyber.Graph.Store;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Entries;

public static class EntryQueries
{
    public static void AddEntryQueries(this QueryType query) =>
        query.Field<NonNullGraphType<EntriesConnectionType>>("entries")
            .Description("Every entry of every profile; filter with where, sort with order, page with first/after or last/before.")
            .WithEntryQueryArguments()
            .ResolveAsync(async c =>
            {
                var entryQuery = c.Loaders().EntryQueries.Get(c);
                return await c.Loaders().Store.QueryEntriesAsync(entryQuery, c.CancellationToken).ConfigureAwait(false);
            });
}
