using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.GraphQL.Filtering;
using AseanCyber.Api.Nodes;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Querying.Facets;
using AseanCyber.GraphQL.Http.DataLoading;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace AseanCyber.Api.Facets;

/// <summary>What an <c>entryFacets</c> field resolves to: its parsed filter; every field below loads through one batch.</summary>
public sealed record EntryFacetsSource(Filter? Where);

public sealed class EntryFacetsType : ObjectGraphType<EntryFacetsSource>
{
    public const int DefaultFirst = 20;

    public EntryFacetsType()
    {
        Name = "EntryFacets";
        Description = "Counts of the entries a filter selects, by kind, year, status, role, profile, country, body, theme, place and "
            + "organization: an overview or a timeline in one request. Every count is the totalCount that the entries filter on that "
            + "value gives (the country facet counts an entry for each country it involves or is held in, as countries: { some } does).";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many entries the filter selects.")
            .Resolve(c => EntryFacetsByQueryDataLoader.Of(c).LoadAsync(new EntryFacetKey(c.Source.Where, null)).Then(f => f.TotalCount));

        AddFacet(EntryFacet.Kind, "kinds", "Entries by kind; value is the EntryKind (filter: kind: { eq: VALUE }).");
        AddFacet(
            EntryFacet.Year,
            "years",
            "Entries by the year their first date starts in, oldest first unless ordered by count: a timeline (filter: year: { eq: VALUE }). Undated entries are not counted.",
            FacetOrder.Value,
            FacetRequest.MaxFirst);
        AddFacet(EntryFacet.Status, "statuses", "Entries by status; entries without one are not counted (filter: status: { eq: VALUE }).");
        AddFacet(EntryFacet.Role, "roles", "Entries by the roles in which they involve countries (filter: involvements: { some: { role: { eq: VALUE } } }).");
        AddFacet(EntryFacet.Profile, "profiles", "Entries by profile; value is the profile's id (filter: profile: { id: { eq: VALUE } }).");
        AddFacet(
            EntryFacet.Country,
            "countries",
            "Entries by country, each counted for every country it involves (as partner, host or venue) or is held in "
                + "(filter: countries: { some: { id: { eq: VALUE } } }). With role, only countries involved in that role "
                + "(filter: involvements: { some: { role: { eq: ROLE }, country: { id: { eq: VALUE } } } }); ask for several roles with aliases.",
            withRole: true);
        AddFacet(EntryFacet.Body, "bodies", "Entries by the bodies that issued or ran them (filter: bodies: { some: { id: { eq: VALUE } } }).");
        AddFacet(EntryFacet.Theme, "themes", "Entries by theme (filter: themes: { some: { id: { eq: VALUE } } }).");
        AddFacet(EntryFacet.Place, "places", "Entries by the places they were held in (filter: places: { some: { id: { eq: VALUE } } }).");
        AddFacet(EntryFacet.Organization, "organizations", "Entries by the international organizations they name (filter: organizations: { some: { id: { eq: VALUE } } }).");
    }

    private void AddFacet(EntryFacet facet, string name, string description, FacetOrder defaultOrder = FacetOrder.Count, int defaultFirst = DefaultFirst, bool withRole = false)
    {
        var field = Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", $"How many values to return, at most {FacetRequest.MaxFirst} (default {defaultFirst}).", a => a.DefaultValue = defaultFirst)
            .Argument<FacetOrderType>("order", $"COUNT (most entries first) or VALUE (by value); default {(defaultOrder == FacetOrder.Value ? "VALUE" : "COUNT")}.", a => a.DefaultValue = defaultOrder);
        if (withRole)
        {
            field.Argument<InvolvementRoleType>("role", "Count only countries involved in this role (places do not count then).");
        }

        field.Resolve(c =>
        {
            var request = new FacetRequest(facet, c.GetArgument("order", defaultOrder), First(c.GetArgument("first", defaultFirst)), withRole ? c.GetArgument<InvolvementRole?>("role") : null);
            return EntryFacetsByQueryDataLoader.Of(c).LoadAsync(new EntryFacetKey(c.Source.Where, request)).Then(f => f.Facets[request]);
        });
        field.FieldType.WithComplexityImpact(ListImpact);
    }

    private static int First(int first) => first is >= 0 and <= FacetRequest.MaxFirst
        ? first
        : throw ApiErrors.Create(ApiErrors.PagingLimitExceeded, $"'first' must be between 0 and {FacetRequest.MaxFirst}; it was {first}.");

    /// <summary>A facet list counts once per value it may return.</summary>
    private static FieldComplexityResult ListImpact(FieldImpactContext context)
    {
        var first = context.Arguments is { } arguments && arguments.TryGetValue("first", out var value) && value.Value is int n ? n : DefaultFirst;
        return new FieldComplexityResult(1, Math.Max(first, 1));
    }
}

public sealed class FacetCountType : ObjectGraphType<FacetCount>
{
    public FacetCountType()
    {
        Name = "FacetCount";
        Description = "One value of a facet and how many of the selected entries have it.";
        Field<NonNullGraphType<StringGraphType>>("value")
            .Description("What the entries filter on this facet takes: the enum name (MEETING), the year (\"2017\"), or the node's id (\"country:JP\").")
            .Resolve(c => c.Source.Value);
        Field<NodeInterface>("node")
            .Description("The country, profile, body, theme, place or organization; null for kinds, years, statuses and roles.")
            .Resolve(c => c.Source.Node);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many of the selected entries have this value.").Resolve(c => c.Source.Count);
    }
}

public sealed class FacetOrderType : EnumerationGraphType<FacetOrder>
{
    public FacetOrderType()
    {
        Name = "FacetOrder";
        Description = "How a facet's values are ordered before the first ones are kept.";
        Values.FindByName("COUNT")!.Description = "Most entries first; equal counts by value.";
        Values.FindByName("VALUE")!.Description = "By value, ascending: years oldest first, enum names alphabetically, nodes by id.";
    }
}

public static class FacetQueries
{
    public static void AddFacetQueries(this QueryType query) =>
        query.Field<NonNullGraphType<EntryFacetsType>>("entryFacets")
            .Description("Counts of the entries 'where' selects (all entries without it), by kind, year, status, role, profile, country, body, theme, place and organization; one read of the graph whatever is selected.")
            .Argument<EntryFilterInputType>("where", "The entries to count, as for entries(where:).")
            .Resolve(c => new EntryFacetsSource(FilterParser.Parse(c.GetArgument<object?>("where"), EntryFields.Catalog)));
}
