using AseanCyber.Api.Bodies;
using AseanCyber.Api.Countries;
using AseanCyber.Api.Nodes;
using AseanCyber.Api.Organizations;
using AseanCyber.Api.Places;
using AseanCyber.Api.Profiles;
using AseanCyber.Api.Themes;
using AseanCyber.Graph.Model;
using AseanCyber.GraphQL.Http.DataLoading;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace AseanCyber.Api.Entries;

public sealed class EntryType : NodeType<Entry>
{
    public EntryType()
        : base("Entry", "One item of a profile page: a document, communication, agency, meeting, activity or cooperation.")
    {
        Field<NonNullGraphType<EntryKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("section").Description("The page section: Policy, Structure, Legislation or Cooperation.").Resolve(c => c.Source.Section);
        Field<NonNullGraphType<StringGraphType>>("category").Description("The sub-section heading as printed.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Without a status prefix or a trailing place.").Resolve(c => c.Source.Title);
        Field<EntryStatusType>("status").Resolve(c => c.Source.Status);
        Field<IntGraphType>("edition").Resolve(c => c.Source.Edition);
        Field<StringGraphType>("acronym").Description("An acronym the title gives in parentheses, such as TELMIN.").Resolve(c => c.Source.Acronym);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("items").Description("Bullet and numbered lines, without their markers.").Resolve(c => c.Source.Items);
        Field<DateSpanType>("date").Description("The first of dates; null when the entry has no date line.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateSpanType>>>>("dates").Resolve(c => c.Source.Dates);
        Field<IntGraphType>("year").Description("The year the first date starts in.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<SourceSpanType>>("source").Resolve(c => c.Source.Source);

        Field<NonNullGraphType<ProfileType>>("profile")
            .Resolve(c => NodeByIdDataLoader.Of(c).LoadAsync(c.Source.ProfileId));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BodyType>>>>("bodies")
            .Description("The bodies that issued or ran the entry.")
            .Resolve(c => Links(c).Then(l => l.Bodies.Select(b => b.Body)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BodyLinkType>>>>("bodyLinks")
            .Resolve(c => Links(c).Then(l => l.Bodies));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries")
            .Description("Every country involved, in any role.")
            .Resolve(c => Links(c).Then(l => l.Involvements.Select(i => i.Country).DistinctBy(x => x.Code)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvolvementType>>>>("involvements")
            .Resolve(c => Links(c).Then(l => l.Involvements));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceType>>>>("places")
            .Resolve(c => Links(c).Then(l => l.Places.Select(p => p.Place)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceLinkType>>>>("placeLinks")
            .Resolve(c => Links(c).Then(l => l.Places));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Resolve(c => Links(c).Then(l => l.Themes.Select(t => t.Theme)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeMatchType>>>>("themeMatches")
            .Description("Each theme with the taxonomy term that matched.")
            .Resolve(c => Links(c).Then(l => l.Themes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationType>>>>("organizations")
            .Description("International organizations the entry's text names.")
            .Resolve(c => Links(c).Then(l => l.Organizations.Select(o => o.Organization)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationMentionType>>>>("organizationMentions")
            .Resolve(c => Links(c).Then(l => l.Organizations));
    }

    private static IDataLoaderResult<EntryLinks> Links(IResolveFieldContext<Entry> context) =>
        EntryLinksByEntryIdDataLoader.Of(context).LoadAsync(context.Source.Id);
}
