using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Store;
using AseanCyber.Graph.Store;
using GraphQL.Types;

namespace AseanCyber.Api.Entries;

public static class EntryQueries
{
    public static void AddEntryQueries(this QueryType query) =>
        query.Field<NonNullGraphType<EntriesConnectionType>>("entries")
            .Description("Every entry of every profile; filter with where, sort with order, page with first/after or last/before.")
            .WithEntryQueryArguments()
            .ResolveAsync(async c => await c.GraphStore().QueryEntriesAsync(EntryPaging.Parse(c), c.CancellationToken).ConfigureAwait(false));
}
