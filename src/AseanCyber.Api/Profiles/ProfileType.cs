using AseanCyber.Api.Countries;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using GraphQL.Types;

namespace AseanCyber.Api.Profiles;

public sealed class ProfileType : NamedNodeType<Profile>
{
    public ProfileType()
        : base("Profile", "One Cyber Policy Portal profile page (a state or an intergovernmental organization).", p => p.Name)
    {
        Field<StringGraphType>("acronym").Resolve(c => c.Source.Acronym);
        Field<StringGraphType>("lastUpdated").Description("When the portal last updated the page, as an ISO partial date (\"2018-11\").").Resolve(c => c.Source.LastUpdated);
        Field<NonNullGraphType<StringGraphType>>("document").Description("The source document the profile was imported from.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("members").Description("Member states the page lists, if any.").Resolve(c => c.Source.Members);
        Field<CountryType>("country")
            .Description("The country a state profile is about (linked OF_COUNTRY, so a path reaches it in one hop); null for an intergovernmental organization.")
            .Resolve(c => c.Source.Country);
        AddEntries(EntryScopeKind.Profile, "The entries of this profile, in page order unless sorted.");
    }
}

public sealed class ProfileFilterInputType() : FilterInputType(ProfileFields.Catalog);

public sealed class ProfileSortInputType() : SortInputType(ProfileFields.Catalog);
