using AseanCyber.Api.GraphQL;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Store;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using GraphQL;
using GraphQL.Types;

namespace AseanCyber.Api.Nodes;

public static class NodeListField
{
    /// <summary>A root list of one node type: <c>name(where, order): [T!]!</c>, filtered and sorted by the type's catalog.</summary>
    public static void AddNodeList<TGraphType, TFilterInput, TSortInput, TNode>(
        this QueryType query,
        string name,
        string description,
        NodeCatalog catalog,
        Func<IGraphStore, ListQuery, CancellationToken, Task<IReadOnlyList<TNode>>> read)
        where TGraphType : IGraphType
        where TFilterInput : FilterInputType
        where TSortInput : SortInputType =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name)
            .Description(description)
            .Argument<TFilterInput>("where")
            .Argument<ListGraphType<NonNullGraphType<TSortInput>>>("order")
            .ResolveAsync(async c => await read(
                c.GraphStore(),
                new ListQuery(
                    FilterParser.Parse(c.GetArgument<object?>("where"), catalog),
                    FilterParser.ParseOrder(c.GetArgument<object?>("order"), catalog)),
                c.CancellationToken).ConfigureAwait(false));
}
