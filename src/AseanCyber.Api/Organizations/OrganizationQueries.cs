using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;

namespace AseanCyber.Api.Organizations;

public static class OrganizationQueries
{
    public static void AddOrganizationQueries(this QueryType query) =>
        query.AddNodeList<OrganizationType, OrganizationFilterInputType, OrganizationSortInputType, Organization>(
            "organizations", "The international organizations entries name, by name.", OrganizationFields.Catalog, (s, q, ct) => s.GetOrganizationsAsync(q, ct));
}
