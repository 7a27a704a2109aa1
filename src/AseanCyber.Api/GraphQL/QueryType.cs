using AseanCyber.Api.Bodies;
using AseanCyber.Api.Cooperation;
using AseanCyber.Api.Countries;
using AseanCyber.Api.Entries;
using AseanCyber.Api.Facets;
using AseanCyber.Api.Nodes;
using AseanCyber.Api.Organizations;
using AseanCyber.Api.Paths;
using AseanCyber.Api.Places;
using AseanCyber.Api.Profiles;
using AseanCyber.Api.Search;
using AseanCyber.Api.Themes;
using GraphQL.Types;

namespace AseanCyber.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddNodeQueries();
        this.AddProfileQueries();
        this.AddEntryQueries();
        this.AddCountryQueries();
        this.AddBodyQueries();
        this.AddThemeQueries();
        this.AddPlaceQueries();
        this.AddOrganizationQueries();
        this.AddPathQueries();
        this.AddFacetQueries();
        this.AddCooperationQueries();
        this.AddSearchQueries();
    }
}

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddProfileMutations();
    }
}
