using AseanCyber.Api.GraphQL.DataLoading;
using AseanCyber.Api.Countries;
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

namespace AseanCyber.Api.Profiles;

public sealed class ProfileType : NodeType<Profile>
{
    public ProfileType()
        : base("Profile", "One Cyber Policy Portal profile page (a state or an intergovernmental organization).")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("acronym").Resolve(c => c.Source.Acronym);
        Field<StringGraphType>("lastUpdated").Description("When the portal last updated the page, as an ISO partial date (\"2018-11\").").Resolve(c => c.Source.LastUpdated);
        Field<NonNullGraphType<StringGraphType>>("document").Description("The source document the profile was imported from.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("members").Description("Member states the page lists, if any.").Resolve(c => c.Source.Members);
        this.AddEntriesConnection("The entries of this profile, in page order unless sorted.");
    }
}

public sealed class ProfileFilterInputType() : FilterInputType(ProfileFields.Catalog);

public static class ProfileQueries
{
    public static void AddProfileQueries(this QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfileType>>>>("profiles")
            .Description("Every imported profile, by name.")
            .ResolveAsync(async c => await c.Loaders().Store.GetProfilesAsync(c.CancellationToken).ConfigureAwait(false));
}
