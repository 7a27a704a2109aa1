using AseanCyber.Api.GraphQL.DataLoading;
using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Organizations;

public sealed class OrganizationType : NodeType<Organization>
{
    public OrganizationType()
        : base("Organization", "An international organization named in entries' text, such as INTERPOL (Data/organizations.json).")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("acronym").Resolve(c => c.Source.Acronym);
        this.AddEntriesConnection("The entries that name this organization.");
    }
}

public sealed class OrganizationFilterInputType() : FilterInputType(OrganizationFields.Catalog);

public static class OrganizationQueries
{
    public static void AddOrganizationQueries(this QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationType>>>>("organizations")
            .Description("The international organizations entries name, by name.")
            .ResolveAsync(async c => await c.Loaders().Store.GetOrganizationsAsync(c.CancellationToken).ConfigureAwait(false));
}
