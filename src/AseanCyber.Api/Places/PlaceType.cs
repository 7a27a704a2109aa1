using AseanCyber.Api.GraphQL.DataLoading;
using AseanCyber.Api.Countries;
using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Places;

public sealed class PlaceType : NodeType<Place>
{
    public PlaceType()
        : base("Place", "A city where entries took place, with its country.")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<CountryType>("country").Resolve(c => c.Source.Country);
        this.AddEntriesConnection("The entries held here.");
    }
}

public sealed class PlaceFilterInputType() : FilterInputType(PlaceFields.Catalog);

public static class PlaceQueries
{
    public static void AddPlaceQueries(this QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceType>>>>("places")
            .Description("The places entries were held in, by name.")
            .ResolveAsync(async c => await c.Loaders().Store.GetPlacesAsync(c.CancellationToken).ConfigureAwait(false));
}
