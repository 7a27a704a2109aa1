using AseanCyber.Api.GraphQL.DataLoading;
using AseanCyber.Api.GraphQL.Paging;
using AseanCyber.Graph.Model;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Entries;

public static class EntryConnectionField
{
    /// <summary>Adds <c>entries(where, order, first, after, last, before): EntriesConnection!</c> to a node type, batched across parents.</summary>
    public static void AddEntriesConnection<TNode>(this ObjectGraphType<TNode> type, string description)
        where TNode : INode =>
        type.Field<NonNullGraphType<AseanCyber.Api.GraphQL.Paging.EntriesConnectionType>>("entries")
            .Description(description)
            .WithEntryQueryArguments()
            .Resolve(c =>
            {
                var query = c.Loaders().EntryQueries.Get(c);
                return c.Loaders().EntriesByNode.LoadAsync((c.Source.Id, query));
            });
}
