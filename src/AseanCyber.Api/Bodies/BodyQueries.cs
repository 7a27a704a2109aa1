using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Api.Bodies;

public static class BodyQueries
{
    public static void AddBodyQueries(this QueryType query) =>
        query.AddNodeList<BodyType, BodyFilterInputType, BodySortInputType, Body>(
            "bodies", "The bodies that issued or ran entries, by name.", BodyFields.Catalog, (s, q, ct) => s.GetBodiesAsync(q, ct));
}
