using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Querying.Facets;
using AseanCyber.Graph.Store;
using static AseanCyber.Graph.Tests.Store.Fixtures;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// Entry facets on every adapter: hand-counted answers on the fixtures, the seed's figures, and the property that makes
/// facets usable: filtering by a facet's value selects exactly as many entries as the facet counted for it.
/// </summary>
public abstract partial class GraphStoreContract
{
    /// <summary>Every facet list there is: each facet, and the country facet in each role too, all values kept.</summary>
    public static IReadOnlyList<FacetRequest> EveryFacet { get; } =
    [
        .. Enum.GetValues<EntryFacet>().Select(f => new FacetRequest(f, FacetOrder.Count, FacetRequest.MaxFirst)),
        .. Enum.GetValues<InvolvementRole>().Select(r => new FacetRequest(EntryFacet.Country, FacetOrder.Count, FacetRequest.MaxFirst, r)),
    ];

    [SkippableFact]
    public async Task Facets_count_the_fixtures_as_counted_by_hand()
    {
        var store = await StoreWithAsync(Alpha, Beta);

        var facets = await FacetsAsync(store, null);

        Assert.Equal(11, facets.TotalCount);
        AssertFacet(facets, EntryFacet.Kind, ("MEETING", 4), ("ACTIVITY", 2), ("COMMUNICATION", 1), ("EXTERNAL_COOPERATION", 1),
            ("OTHER_DOCUMENT", 1), ("SPECIALIZED_AGENCY", 1), ("STRATEGY_DOCUMENT", 1));
        AssertFacet(facets, EntryFacet.Year, ("2017", 5), ("2009", 1), ("2012", 1), ("2015", 1), ("2019", 1));
        AssertFacet(facets, EntryFacet.Status, ("IN_PROGRESS", 1));
        AssertFacet(facets, EntryFacet.Role, ("PARTNER", 4), ("HOST", 1));
        AssertFacet(facets, EntryFacet.Profile, (AlphaId, 9), (BetaId, 2));

        // Japan: partner of three, host of one, and Tokyo holds one of those three: four entries, each once.
        AssertFacet(facets, EntryFacet.Country, (Japan.Id, 4), (Korea.Id, 2), (Malaysia.Id, 1), (VietNam.Id, 1));
        AssertFacet(facets, EntryFacet.Country, InvolvementRole.Partner, (Japan.Id, 3), (Korea.Id, 1));
        AssertFacet(facets, EntryFacet.Country, InvolvementRole.Host, (Japan.Id, 1));
        AssertFacet(facets, EntryFacet.Country, InvolvementRole.Venue);
        AssertFacet(facets, EntryFacet.Body, (RegionalForum.Id, 2), (Secretariat.Id, 1), (BetaSecretariat.Id, 1));
        AssertFacet(facets, EntryFacet.Theme, (CapacityBuilding.Id, 2), (Cybercrime.Id, 2), (ConfidenceBuilding.Id, 1));
        AssertFacet(facets, EntryFacet.Place, (Hanoi.Id, 1), (KualaLumpur.Id, 1), (Seoul.Id, 1), (Tokyo.Id, 1));
        AssertFacet(facets, EntryFacet.Organization, (Interpol.Id, 2));
    }

    [SkippableFact]
    public async Task Facet_nodes_are_the_graphs_nodes()
    {
        var store = await StoreWithAsync(Alpha, Beta);

        var facets = await FacetsAsync(store, null);

        Assert.All(Enum.GetValues<EntryFacet>(), facet =>
        {
            var list = facets.Facets[new FacetRequest(facet, FacetOrder.Count, FacetRequest.MaxFirst)];
            var valued = facet is EntryFacet.Kind or EntryFacet.Year or EntryFacet.Status or EntryFacet.Role;
            Assert.All(list, c => Assert.True(valued ? c.Node is null : c.Node?.Id == c.Value, $"{facet} {c.Value}: node {c.Node?.Id ?? "null"}"));
        });
        var byId = FacetNodes(facets);
        Assert.Equal(Tokyo, byId[Tokyo.Id]);
        Assert.Equal(Japan, byId[Japan.Id]);
        Assert.Equal(Interpol, byId[Interpol.Id]);
        Assert.Equal(RegionalForum, byId[RegionalForum.Id]);
        var alpha = Assert.IsType<Profile>(byId[AlphaId]);
        Assert.Equal(("Alpha Forum", "AF", "November 2018"), (alpha.Name, alpha.Acronym, alpha.LastUpdated));
        Assert.Equal([Thailand, VietNam, Singapore], alpha.Members);
    }

    [SkippableFact]
    public async Task Facets_follow_the_filter_and_the_order_and_limit_of_each_list()
    {
        var store = await StoreWithAsync(Alpha, Beta);
        var meetings = new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting);
        var yearsByValue = new FacetRequest(EntryFacet.Year, FacetOrder.Value, 2);
        var topKind = new FacetRequest(EntryFacet.Kind, FacetOrder.Count, 1);
        var hosts = new FacetRequest(EntryFacet.Country, FacetOrder.Value, 10, InvolvementRole.Partner);
        var none = new FacetRequest(EntryFacet.Theme, FacetOrder.Count, 0);

        var all = await store.GetEntryFacetsAsync(new EntryFacetQuery(null, [yearsByValue, topKind, hosts, none]), Ct);
        var ofMeetings = await store.GetEntryFacetsAsync(new EntryFacetQuery(meetings, [yearsByValue, topKind, hosts]), Ct);

        Assert.Equal([("2009", 1), ("2012", 1)], Pairs(all.Facets[yearsByValue]));
        Assert.Equal([("MEETING", 4)], Pairs(all.Facets[topKind]));
        Assert.Equal([(Japan.Id, 3), (Korea.Id, 1)], Pairs(all.Facets[hosts]));
        Assert.Empty(all.Facets[none]);
        Assert.Equal(4, all.Facets.Count);

        Assert.Equal(4, ofMeetings.TotalCount);
        Assert.Equal([("2012", 1), ("2017", 2)], Pairs(ofMeetings.Facets[yearsByValue]));
        Assert.Equal([(Japan.Id, 2)], Pairs(ofMeetings.Facets[hosts]));
    }

    [SkippableFact]
    public async Task Facets_of_nothing_are_empty_and_totalCount_alone_needs_no_facet()
    {
        var store = await StoreWithAsync(Alpha, Beta);
        var nothing = new FieldFilter(EntryFields.Title, FilterOperator.Eq, "no such title");

        var empty = await FacetsAsync(store, nothing);
        var total = await store.GetEntryFacetsAsync(new EntryFacetQuery(null, []), Ct);

        Assert.Equal(0, empty.TotalCount);
        Assert.All(EveryFacet, r => Assert.Empty(empty.Facets[r]));
        Assert.Equal((11, 0), (total.TotalCount, total.Facets.Count));
    }

    [SkippableFact]
    public async Task Facet_requests_the_port_cannot_answer_are_refused()
    {
        var store = await StoreWithAsync(Alpha);

        await Assert.ThrowsAsync<ArgumentException>(() => store.GetEntryFacetsAsync(
            new EntryFacetQuery(null, [new FacetRequest(EntryFacet.Body, FacetOrder.Count, 5, InvolvementRole.Host)]), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetEntryFacetsAsync(
            new EntryFacetQuery(null, [new FacetRequest(EntryFacet.Kind, FacetOrder.Count, FacetRequest.MaxFirst + 1)]), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetEntryFacetsAsync(
            new EntryFacetQuery(null, [new FacetRequest(EntryFacet.Kind, FacetOrder.Count, -1)]), Ct));
    }

    [SkippableFact]
    public async Task Seed_facets_count_27_entries_and_10_meetings()
    {
        var store = await CreateSeededStoreAsync();

        var facets = await FacetsAsync(store, null);

        Assert.Equal(27, facets.TotalCount);
        AssertFacet(facets, EntryFacet.Kind, ("MEETING", 10), ("ACTIVITY", 6), ("COMMUNICATION", 3), ("OTHER_DOCUMENT", 3),
            ("EXTERNAL_COOPERATION", 2), ("SPECIALIZED_AGENCY", 2), ("STRATEGY_DOCUMENT", 1));
        AssertFacet(facets, EntryFacet.Profile, (NodeIds.Profile("ASEAN"), 27));
        AssertFacet(facets, EntryFacet.Year, ("2017", 10), ("2012", 5), ("2016", 5), ("2018", 5), ("2009", 1), ("2015", 1));
        AssertFacet(facets, EntryFacet.Status, ("ANNOUNCED", 2), ("IN_PROGRESS", 1), ("PROPOSED", 1));
        AssertFacet(facets, EntryFacet.Role, ("PARTNER", 9), ("VENUE", 7), ("HOST", 2));
        AssertFacet(facets, EntryFacet.Body,
            (NodeIds.Body("ASEAN Regional Forum"), 4),
            (NodeIds.ProfileBody("ASEAN", "Heads of State/Government"), 2),
            ("body:asean-chief-information-officer-association", 1),
            ("body:asean-defence-ministers-meeting-plus", 1),
            ("body:asean-secretariat", 1),
            ("body:asean:telecommunications-and-information-technology-ministers", 1),
            ("body:asean:vncert", 1));
        AssertFacet(facets, EntryFacet.Organization, ("organization:interpol", 1));

        // The theme linker decides these; the top two and the cybercrime theme the README's examples use.
        var themes = Pairs(facets.Facets[Request(EntryFacet.Theme)]);
        Assert.Equal([("theme:capacity-building", 9), ("theme:cybercrime", 5)], themes.Take(2));
    }

    [SkippableFact]
    public async Task Seed_facets_of_the_entries_involving_Japan()
    {
        var store = await CreateSeededStoreAsync();

        var facets = await FacetsAsync(store, CountryIs("JP"));

        Assert.Equal(7, facets.TotalCount);
        AssertFacet(facets, EntryFacet.Profile, (NodeIds.Profile("ASEAN"), 7));
        AssertFacet(facets, EntryFacet.Kind, ("ACTIVITY", 2), ("MEETING", 2), ("OTHER_DOCUMENT", 2), ("EXTERNAL_COOPERATION", 1));
        AssertFacet(facets, EntryFacet.Year, ("2017", 3), ("2018", 2), ("2012", 1), ("2016", 1));
        AssertFacet(facets, EntryFacet.Body, ("body:asean:vncert", 1));
        AssertFacet(facets, EntryFacet.Country, InvolvementRole.Partner, ("country:JP", 7));
        AssertFacet(facets, EntryFacet.Country, InvolvementRole.Host, ("country:TH", 1), ("country:VN", 1));
        AssertFacet(facets, EntryFacet.Organization);
        Assert.Equal([("theme:cybersecurity-policy-and-strategy", 3), ("theme:awareness-raising", 2)], Pairs(facets.Facets[Request(EntryFacet.Theme)]).Take(2));
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Seed_every_facet_value_selects_as_many_entries_as_it_counts(bool onlyJapan)
    {
        var store = await CreateSeededStoreAsync();
        Filter? where = onlyJapan ? CountryIs("JP") : null;

        var facets = await FacetsAsync(store, where);

        var checkedValues = 0;
        foreach (var request in EveryFacet)
        {
            foreach (var count in facets.Facets[request])
            {
                var filter = ValueFilter(request, count.Value);
                var page = await store.QueryEntriesAsync(Where(where is null ? filter : new AndFilter([where, filter])), Ct);
                Assert.True(count.Count == page.TotalCount, $"{request.Facet} {request.Role} {count.Value}: facet {count.Count}, filter {page.TotalCount}");
                checkedValues++;
            }
        }

        Assert.True(checkedValues > 30, $"only {checkedValues} facet values on the seed");
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Seed_facets_hold_every_value_the_entries_links_have(bool onlyJapan)
    {
        var store = await CreateSeededStoreAsync();
        Filter? where = onlyJapan ? CountryIs("JP") : null;
        var entries = (await store.QueryEntriesAsync(new EntryQuery(where, [], new Window(0, 100)), Ct)).Entries;
        var links = await store.GetEntryLinksAsync([.. entries.Select(e => e.Id)], Ct);

        var facets = await FacetsAsync(store, where);

        foreach (var request in EveryFacet)
        {
            var expected = entries
                .SelectMany(e => ValuesOf(request, e, links[e.Id]).Distinct(StringComparer.Ordinal))
                .GroupBy(v => v, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count()))
                .Order(Comparer<(string Value, int Count)>.Create((a, b) => FacetRules.Comparer(request.Facet, FacetOrder.Count)(
                    new FacetCount(a.Value, null, a.Count), new FacetCount(b.Value, null, b.Count))));
            Assert.Equal(expected, Pairs(facets.Facets[request]));
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    private static Task<EntryFacets> FacetsAsync(IGraphStore store, Filter? where) =>
        store.GetEntryFacetsAsync(new EntryFacetQuery(where, EveryFacet), Ct);

    private static FacetRequest Request(EntryFacet facet, InvolvementRole? role = null) => new(facet, FacetOrder.Count, FacetRequest.MaxFirst, role);

    private static void AssertFacet(EntryFacets facets, EntryFacet facet, params (string Value, int Count)[] expected) =>
        AssertFacet(facets, facet, null, expected);

    private static void AssertFacet(EntryFacets facets, EntryFacet facet, InvolvementRole? role, params (string Value, int Count)[] expected) =>
        Assert.Equal(expected, Pairs(facets.Facets[Request(facet, role)]));

    private static List<(string Value, int Count)> Pairs(IReadOnlyList<FacetCount> counts) => [.. counts.Select(c => (c.Value, c.Count))];

    private static Dictionary<string, INode> FacetNodes(EntryFacets facets) =>
        facets.Facets.Values.SelectMany(l => l).Where(c => c.Node is not null).GroupBy(c => c.Value).ToDictionary(g => g.Key, g => g.First().Node!);

    /// <summary>The entry filter a client sends after picking <paramref name="value"/> in the facet list of <paramref name="request"/>.</summary>
    public static Filter ValueFilter(FacetRequest request, string value)
    {
        var id = new FieldFilter("id", FilterOperator.Eq, value);
        return request.Facet switch
        {
            EntryFacet.Kind => new FieldFilter(EntryFields.Kind, FilterOperator.Eq, Enum.GetValues<EntryKind>().Single(k => FacetRules.Name(k) == value)),
            EntryFacet.Year => new FieldFilter(EntryFields.Year, FilterOperator.Eq, int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)),
            EntryFacet.Status => new FieldFilter(EntryFields.Status, FilterOperator.Eq, Enum.GetValues<EntryStatus>().Single(s => FacetRules.Name(s) == value)),
            EntryFacet.Role => new ListFilter(EntryFields.Involvements, ListQuantifier.Some, Role(value)),
            EntryFacet.Profile => new ObjectFilter(EntryFields.Profile, id),
            EntryFacet.Country when request.Role is { } role => new ListFilter(
                EntryFields.Involvements, ListQuantifier.Some, new AndFilter([Role(FacetRules.Name(role)), new ObjectFilter(InvolvementFields.Country, id)])),
            EntryFacet.Country => new ListFilter(EntryFields.Countries, ListQuantifier.Some, id),
            EntryFacet.Body => new ListFilter(EntryFields.Bodies, ListQuantifier.Some, id),
            EntryFacet.Theme => new ListFilter(EntryFields.Themes, ListQuantifier.Some, id),
            EntryFacet.Place => new ListFilter(EntryFields.Places, ListQuantifier.Some, id),
            EntryFacet.Organization => new ListFilter(EntryFields.Organizations, ListQuantifier.Some, id),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Facet, null),
        };

        static FieldFilter Role(string name) =>
            new(InvolvementFields.Role, FilterOperator.Eq, Enum.GetValues<InvolvementRole>().Single(r => FacetRules.Name(r) == name));
    }

    /// <summary>An entry's values in a facet, read from the entry and its links (with repeats: the caller counts each once).</summary>
    private static IEnumerable<string> ValuesOf(FacetRequest request, Entry entry, EntryLinks links) => request.Facet switch
    {
        EntryFacet.Kind => [FacetRules.Name(entry.Kind)],
        EntryFacet.Year => entry.Year is { } year ? [FacetRules.Year(year)] : [],
        EntryFacet.Status => entry.Status is { } status ? [FacetRules.Name(status)] : [],
        EntryFacet.Role => links.Involvements.Select(i => FacetRules.Name(i.Role)),
        EntryFacet.Profile => [entry.ProfileId],
        EntryFacet.Country when request.Role is { } role => links.Involvements.Where(i => i.Role == role).Select(i => i.Country.Id),
        EntryFacet.Country => links.Involvements.Select(i => i.Country.Id).Concat(links.Places.Select(p => p.Place.Country?.Id).OfType<string>()),
        EntryFacet.Body => links.Bodies.Select(b => b.Body.Id),
        EntryFacet.Theme => links.Themes.Select(t => t.Theme.Id),
        EntryFacet.Place => links.Places.Select(p => p.Place.Id),
        EntryFacet.Organization => links.Organizations.Select(o => o.Organization.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.Facet, null),
    };
}
