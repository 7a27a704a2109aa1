using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Api.Places;

public static class PlaceQueries
{
    public static void AddPlaceQueries(this QueryType query) =>
        query.AddNodeList<PlaceType, PlaceFilterInputType, PlaceSortInputType, Place>(
            "places", "The places entries were held in, by name.", PlaceFields.Catalog, (s, q, ct) => s.GetPlacesAsync(q, ct));
}
