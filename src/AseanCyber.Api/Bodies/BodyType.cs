using AseanCyber.Api.GraphQL.DataLoading;
using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Bodies;

public sealed class BodyType : NodeType<Body>
{
    public BodyType()
        : base("Body", "A body that issued or ran entries, as named on an entry's body line.")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        this.AddEntriesConnection("The entries this body issued or ran.");
    }
}

public sealed class BodyFilterInputType() : FilterInputType(BodyFields.Catalog);

public sealed class BodySortInputType() : SortInputType(BodyFields.Catalog);

public static class BodyQueries
{
    public static void AddBodyQueries(this QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BodyType>>>>("bodies")
            .Argument<BodyFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<BodySortInputType>>>("order")
            .ResolveAsync(async c => await c.Loaders().Store.GetBodiesAsync(
                FilterParser.Parse(c.GetArgument<object?>("where"), BodyFields.Catalog),
                FilterParser.ParseOrder(c.GetArgument<object?>("order"), BodyFields.Catalog),
                c.CancellationToken).ConfigureAwait(false));
}
