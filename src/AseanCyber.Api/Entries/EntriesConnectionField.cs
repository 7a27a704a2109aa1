using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using GraphQL.Types;

namespace AseanCyber.Api.Entries;

public static class EntriesConnectionField
{
    /// <summary>Adds <c>entries(where, order, first, after, last, before): EntriesConnection!</c> to a node type, batched across parents.</summary>
    public static void AddEntriesConnection<TNode>(this ObjectGraphType<TNode> type, EntryScopeKind scope, string description)
        where TNode : INode =>
        type.Field<NonNullGraphType<EntriesConnectionType>>("entries")
            .Description(description)
            .WithEntryQueryArguments()
            .Resolve(c => EntriesByScopeDataLoader.Of(c).LoadAsync(new EntriesKey(scope, c.Source.Id, EntryPaging.Parse(c))));
}
