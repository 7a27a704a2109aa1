using AseanCyber.Api.Countries;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;

namespace AseanCyber.Api.Places;

public sealed class PlaceType : NamedNodeType<Place>
{
    public PlaceType()
        : base("Place", "A city where entries took place, with its country.", p => p.Name)
    {
        Field<CountryType>("country").Resolve(c => c.Source.Country);
        AddEntries(EntryScopeKind.Place, "The entries held here.");
    }
}

public sealed class PlaceFilterInputType() : FilterInputType(PlaceFields.Catalog);

public sealed class PlaceSortInputType() : SortInputType(PlaceFields.Catalog);
