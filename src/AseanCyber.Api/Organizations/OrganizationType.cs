using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using GraphQL.Types;

namespace AseanCyber.Api.Organizations;

public sealed class OrganizationType : NamedNodeType<Organization>
{
    public OrganizationType()
        : base("Organization", "An international organization named in entries' text, such as INTERPOL (Data/organizations.json).", o => o.Name)
    {
        Field<StringGraphType>("acronym").Resolve(c => c.Source.Acronym);
        AddEntries(EntryScopeKind.Organization, "The entries that name this organization.");
    }
}

public sealed class OrganizationFilterInputType() : FilterInputType(OrganizationFields.Catalog);

public sealed class OrganizationSortInputType() : SortInputType(OrganizationFields.Catalog);
