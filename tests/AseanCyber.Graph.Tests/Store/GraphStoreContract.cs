using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using static AseanCyber.Graph.Tests.Store.Fixtures;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// What every <see cref="IGraphStore"/> adapter must answer, and how. A subclass supplies fresh stores; the fixture tests
/// import the hand-made <see cref="Fixtures"/> into an empty store, the seed tests read the bundled ASEAN profile.
/// Rules pinned here: see <c>FilterSchema</c> and <c>SortSchema</c> in the embedded adapter for the prose.
/// </summary>
public abstract class GraphStoreContract : IAsyncLifetime
{
    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>A store holding the bundled profiles only (the ASEAN page); may skip the test when it cannot be built here.</summary>
    protected abstract Task<IGraphStore> CreateSeededStoreAsync();

    /// <summary>A store holding nothing, with its own fresh storage.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>
    /// A store holding <paramref name="documents"/> whose next import cannot be made durable, or null when the adapter cannot
    /// stage that (the test is then skipped).
    /// </summary>
    protected virtual Task<IGraphStore?> CreateStoreThatCannotPersistAsync(IReadOnlyList<ProfileDocument> documents) =>
        Task.FromResult<IGraphStore?>(null);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected async Task<IGraphStore> StoreWithAsync(params ProfileDocument[] documents)
    {
        var store = await CreateEmptyStoreAsync();
        foreach (var document in documents)
        {
            await store.ImportProfileAsync(document, Ct);
        }

        return store;
    }

    // ---- seed: the bundled ASEAN profile -------------------------------------------------------------------------------

    [SkippableFact]
    public async Task Seed_has_27_entries_by_kind_and_7_bodies()
    {
        var store = await CreateSeededStoreAsync();

        var all = await store.QueryEntriesAsync(EntryQuery.All, Ct);
        Assert.Equal(27, all.TotalCount);
        var expected = new Dictionary<EntryKind, int>
        {
            [EntryKind.StrategyDocument] = 1,
            [EntryKind.OtherDocument] = 3,
            [EntryKind.Communication] = 3,
            [EntryKind.SpecializedAgency] = 2,
            [EntryKind.Meeting] = 10,
            [EntryKind.Activity] = 6,
            [EntryKind.ExternalCooperation] = 2,
        };
        foreach (var (kind, count) in expected)
        {
            var page = await store.QueryEntriesAsync(Where(new FieldFilter(Fields.Entry.Kind, FilterOperator.Eq, kind)), Ct);
            Assert.True(count == page.TotalCount, $"{kind}: expected {count}, got {page.TotalCount}");
        }

        var bodies = await store.GetBodiesAsync(null, [], Ct);
        Assert.Equal(7, bodies.Count);
        var profiles = await store.GetProfilesAsync(Ct);
        Assert.Equal(NodeIds.Profile("ASEAN"), Assert.Single(profiles).Id);
    }

    [SkippableFact]
    public async Task Seed_ARF_issued_4_entries_and_heads_of_state_2()
    {
        var store = await CreateSeededStoreAsync();
        var arf = NodeIds.Body("ASEAN Regional Forum");
        var heads = NodeIds.ProfileBody("ASEAN", "Heads of State/Government");

        var pages = await store.QueryEntriesByNodeAsync([arf, heads], EntryQuery.All, Ct);

        Assert.Equal(4, pages[arf].TotalCount);
        Assert.Equal(2, pages[heads].TotalCount);
        var nodes = await store.GetNodesAsync([arf, heads], Ct);
        Assert.Equal("ASEAN Regional Forum", Assert.IsType<Body>(nodes[arf]).Name);
    }

    [SkippableFact]
    public async Task Seed_Japan_meetings_by_country_node_and_by_list_filter_agree()
    {
        var store = await CreateSeededStoreAsync();
        var meetings = new FieldFilter(Fields.Entry.Kind, FilterOperator.Eq, EntryKind.Meeting);
        var japan = NodeIds.Country("JP");

        var byNode = (await store.QueryEntriesByNodeAsync([japan], Where(meetings), Ct))[japan];
        var byFilter = await store.QueryEntriesAsync(
            Where(new AndFilter([meetings, CountryIs("JP")])), Ct);

        Assert.Equal(2, byNode.TotalCount);
        Assert.Equal(Ids(byNode), Ids(byFilter));
        Assert.All(byNode.Edges, e => Assert.Contains("Japan", e.Entry.Title, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Seed_sorts_by_date_descending_then_title()
    {
        var store = await CreateSeededStoreAsync();

        var page = await store.QueryEntriesAsync(
            new EntryQuery(null, [new(Fields.Entry.Date, SortDirection.Desc), new(Fields.Entry.Title, SortDirection.Asc)], new(100, null, null, null)), Ct);

        Assert.Equal(27, page.Edges.Count);
        for (var i = 1; i < page.Edges.Count; i++)
        {
            var (a, b) = (page.Edges[i - 1].Entry, page.Edges[i].Entry);
            var byDate = string.CompareOrdinal(a.Date?.Start, b.Date?.Start);
            Assert.True(byDate > 0 || (byDate == 0 && string.CompareOrdinal(a.Title, b.Title) <= 0), $"{a.Title} before {b.Title}");
        }
    }

    [SkippableFact]
    public async Task Seed_pages_forward_and_backward_to_the_same_order()
    {
        var store = await CreateSeededStoreAsync();
        var all = Ids(await store.QueryEntriesAsync(EntryQuery.All, Ct));

        var forward = await PageForwardAsync(store, null, 10);
        var backward = await PageBackwardAsync(store, null, 10);

        Assert.Equal(27, all.Count);
        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    [SkippableFact]
    public async Task Seed_filters_agree_with_the_entries_themselves()
    {
        var store = await CreateSeededStoreAsync();
        var entries = (await store.QueryEntriesAsync(EntryQuery.All, Ct)).Edges.Select(e => e.Entry).ToList();
        var cases = new (Filter Filter, Func<Entry, bool> Expected)[]
        {
            (new FieldFilter(Fields.Entry.Title, FilterOperator.Contains, "japan"), e => e.Title.Contains("japan", StringComparison.OrdinalIgnoreCase)),
            (new FieldFilter(Fields.Entry.Title, FilterOperator.NStartsWith, "asean"), e => !e.Title.StartsWith("asean", StringComparison.OrdinalIgnoreCase)),
            (new FieldFilter(Fields.Entry.Year, FilterOperator.Gte, 2017), e => e.Year >= 2017),
            (new FieldFilter(Fields.Entry.Status, FilterOperator.Neq, null), e => e.Status is not null),
            (new FieldFilter(Fields.Entry.Edition, FilterOperator.Eq, null), e => e.Edition is null),
            (new FieldFilter(Fields.Entry.Description, FilterOperator.NContains, "ASEAN"), e => e.Description?.Contains("ASEAN", StringComparison.OrdinalIgnoreCase) != true),
        };

        foreach (var (filter, expected) in cases)
        {
            var page = await store.QueryEntriesAsync(Where(filter), Ct);
            Assert.Equal(entries.Where(expected).Select(e => e.Id), Ids(page));
        }
    }

    [SkippableFact]
    public async Task Seed_connects_Korea_to_INTERPOL_within_4_hops()
    {
        var store = await CreateSeededStoreAsync();
        var interpol = (await store.GetOrganizationsAsync(Ct)).Single(o => o.Acronym == "INTERPOL" || o.Name.Contains("INTERPOL", StringComparison.OrdinalIgnoreCase));

        var paths = await store.FindPathsAsync(NodeIds.Country("KR"), interpol.Id, 4, 10, Ct);

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.InRange(p.Length, 1, 4));
        Assert.Equal(paths.Select(p => p.Length).Order(), paths.Select(p => p.Length));
        Assert.All(paths, AssertExplained);
    }

    // ---- fixture: counts, node look-ups, listings ----------------------------------------------------------------------

    [SkippableFact]
    public async Task Empty_store_is_ready_and_empty()
    {
        var store = await CreateEmptyStoreAsync();

        Assert.True((await store.CheckHealthAsync(Ct)).IsReady);
        Assert.Empty(await store.GetProfilesAsync(Ct));
        AssertEmptyPage(await store.QueryEntriesAsync(EntryQuery.All, Ct));
        Assert.Empty(await store.GetCountriesAsync(null, [], Ct));
        Assert.Empty(await store.FindPathsAsync("country:JP", "country:KR", 4, 5, Ct));
    }

    [SkippableFact]
    public async Task Imported_profile_is_counted_and_listed()
    {
        var store = await StoreWithAsync(Alpha);

        Assert.Equal(AlphaId, Assert.Single(await store.GetProfilesAsync(Ct)).Id);
        var all = await store.QueryEntriesAsync(EntryQuery.All, Ct);
        Assert.Equal(A.All, Ids(all));
        Assert.Equal(9, all.TotalCount);
        Assert.Equal(["Japan", "Malaysia", "Republic of Korea", "Singapore", "Thailand", "Viet Nam"], (await store.GetCountriesAsync(null, [], Ct)).Select(c => c.Name));
        Assert.Equal([RegionalForum, Secretariat], await store.GetBodiesAsync(null, [], Ct));
        Assert.Equal([CapacityBuilding, ConfidenceBuilding, Cybercrime], await store.GetThemesAsync(Ct));
        Assert.Equal([Hanoi, KualaLumpur, Seoul, Tokyo], await store.GetPlacesAsync(Ct));
        Assert.Equal([Interpol], await store.GetOrganizationsAsync(Ct));
        Assert.True((await store.CheckHealthAsync(Ct)).IsReady);
    }

    [SkippableFact]
    public async Task Nodes_of_any_kind_are_found_by_id_and_unknown_ids_are_absent()
    {
        var store = await StoreWithAsync(Alpha);

        var nodes = await store.GetNodesAsync(
            [AlphaId, A.NormsWorkshop, "country:JP", Secretariat.Id, Cybercrime.Id, Tokyo.Id, Interpol.Id, "country:ZZ", "nonsense"], Ct);

        Assert.Equal(7, nodes.Count);
        Assert.IsType<Profile>(nodes[AlphaId]);
        Assert.Equal("Cyber Norms Workshop", Assert.IsType<Entry>(nodes[A.NormsWorkshop]).Title);
        Assert.Equal(Japan, nodes["country:JP"]);
        Assert.Equal(Secretariat, nodes[Secretariat.Id]);
        Assert.Equal(Cybercrime, nodes[Cybercrime.Id]);
        Assert.Equal(Tokyo, nodes[Tokyo.Id]);
        Assert.Equal(Interpol, nodes[Interpol.Id]);
    }

    [SkippableFact]
    public async Task Entry_links_come_back_as_imported_and_unknown_entries_have_none()
    {
        var store = await StoreWithAsync(Alpha);
        var imported = Alpha.Entries.Single(e => e.Entry.Id == A.CybercrimeDialogue).Links;

        var links = await store.GetEntryLinksAsync([A.CybercrimeDialogue, A.NormsWorkshop, "entry:alpha:missing"], Ct);

        Assert.Equal(3, links.Count);
        Assert.Equal(imported.Involvements, links[A.CybercrimeDialogue].Involvements);
        Assert.Equal(imported.Places, links[A.CybercrimeDialogue].Places);
        Assert.Equal(imported.Themes, links[A.CybercrimeDialogue].Themes);
        Assert.Empty(links[A.NormsWorkshop].Bodies);
        AssertNoLinks(links["entry:alpha:missing"]);
    }

    [SkippableFact]
    public async Task Countries_and_bodies_are_filtered_and_sorted()
    {
        var store = await StoreWithAsync(Alpha, Beta);

        var countries = await store.GetCountriesAsync(
            new FieldFilter(Fields.Country.Code, FilterOperator.In, new[] { "JP", "KR", "XX" }),
            [new(Fields.Country.Code, SortDirection.Desc)],
            Ct);
        var bodies = await store.GetBodiesAsync(new FieldFilter(Fields.Named.Name, FilterOperator.StartsWith, "alpha"), [new(Fields.Named.Name, SortDirection.Desc)], Ct);

        Assert.Equal(["KR", "JP"], countries.Select(c => c.Code));
        Assert.Equal([Secretariat, RegionalForum], bodies);
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetCountriesAsync(new FieldFilter("capital", FilterOperator.Eq, "Tokyo"), [], Ct));
    }

    // ---- entries by node -----------------------------------------------------------------------------------------------

    [SkippableFact]
    public async Task Entries_by_node_cover_every_kind_of_node_and_every_requested_id()
    {
        var store = await StoreWithAsync(Alpha);
        string[] ids = [AlphaId, "country:KR", "country:MY", "country:TH", RegionalForum.Id, CapacityBuilding.Id, Tokyo.Id, Interpol.Id, A.Strategy, "country:ZZ"];

        var pages = await store.QueryEntriesByNodeAsync(ids, EntryQuery.All, Ct);

        Assert.Equal(ids.Order(StringComparer.Ordinal), pages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(A.All, Ids(pages[AlphaId]));
        Assert.Equal([A.Seminar, A.CyberUniversity], Ids(pages["country:KR"]));
        Assert.Equal([A.CybercrimeDialogue], Ids(pages["country:MY"]));
        AssertEmptyPage(pages["country:TH"]);
        Assert.Equal([A.Seminar], Ids(pages[RegionalForum.Id]));
        Assert.Equal([A.PolicyMeeting, A.CyberUniversity], Ids(pages[CapacityBuilding.Id]));
        Assert.Equal([A.PolicyMeeting], Ids(pages[Tokyo.Id]));
        Assert.Equal([A.InterpolOperation], Ids(pages[Interpol.Id]));
        AssertEmptyPage(pages[A.Strategy]);
        AssertEmptyPage(pages["country:ZZ"]);
    }

    [SkippableFact]
    public async Task Japan_meetings_by_country_node_and_by_list_filter_agree()
    {
        var store = await StoreWithAsync(Alpha);
        var meetings = new FieldFilter(Fields.Entry.Kind, FilterOperator.Eq, EntryKind.Meeting);

        var byNode = (await store.QueryEntriesByNodeAsync(["country:JP"], Where(meetings), Ct))["country:JP"];
        var byFilter = await store.QueryEntriesAsync(Where(new AndFilter([meetings, CountryIs("JP")])), Ct);

        Assert.Equal([A.PolicyMeeting, A.CybercrimeDialogue], Ids(byNode));
        Assert.Equal(Ids(byNode), Ids(byFilter));
        Assert.Equal(2, byFilter.TotalCount);
    }

    // ---- filters -------------------------------------------------------------------------------------------------------

    public static TheoryData<string, FilterOperator, object?, string[]> StringFilters => new()
    {
        { Fields.Entry.Title, FilterOperator.Eq, "Cyber Norms Workshop", [A.NormsWorkshop] },
        { Fields.Entry.Title, FilterOperator.Eq, "cyber norms workshop", [] },
        { Fields.Entry.Title, FilterOperator.Neq, "Cyber Norms Workshop", Except(A.NormsWorkshop) },
        { Fields.Entry.Title, FilterOperator.Contains, "japan", [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue] },
        { Fields.Entry.Title, FilterOperator.NContains, "JAPAN", Except(A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue) },
        { Fields.Entry.Title, FilterOperator.StartsWith, "alpha", [A.Strategy, A.PolicyMeeting, A.CybercrimeDialogue, A.CertDrill] },
        { Fields.Entry.Title, FilterOperator.NStartsWith, "alpha", Except(A.Strategy, A.PolicyMeeting, A.CybercrimeDialogue, A.CertDrill) },
        { Fields.Entry.Title, FilterOperator.EndsWith, "WORKSHOP", [A.NormsWorkshop] },
        { Fields.Entry.Title, FilterOperator.NEndsWith, "workshop", Except(A.NormsWorkshop) },
        { Fields.Entry.Title, FilterOperator.In, new[] { "Alpha CERT Drill", "Cyber Norms Workshop", "nothing" }, [A.NormsWorkshop, A.CertDrill] },
        { Fields.Entry.Title, FilterOperator.Nin, new[] { "Alpha CERT Drill" }, Except(A.CertDrill) },
        { Fields.Entry.Acronym, FilterOperator.Eq, null, Except(A.CertDrill) },
        { Fields.Entry.Acronym, FilterOperator.Neq, null, [A.CertDrill] },
        { Fields.Entry.Acronym, FilterOperator.Neq, "ACD", Except(A.CertDrill) },
        { Fields.Entry.Acronym, FilterOperator.Contains, "c", [A.CertDrill] },
        { Fields.Entry.Acronym, FilterOperator.NContains, "c", Except(A.CertDrill) },
        { Fields.Entry.Acronym, FilterOperator.In, new[] { null, "ACD" }, A.All },
        { Fields.Entry.Acronym, FilterOperator.Nin, new[] { null, "XYZ" }, [A.CertDrill] },
        { Fields.Entry.Description, FilterOperator.Eq, null, [A.PolicyMeeting, A.CybercrimeDialogue, A.Seminar, A.NormsWorkshop] },
        { Fields.Entry.Id, FilterOperator.StartsWith, "entry:alpha:alpha-japan", [A.PolicyMeeting, A.CybercrimeDialogue] },
        { Fields.Entry.Section, FilterOperator.Eq, "Policy", [A.Strategy, A.Handbook] },
        { Fields.Entry.Category, FilterOperator.In, new[] { "Activities", "External Cooperation" }, [A.CertDrill, A.InterpolOperation, A.CyberUniversity] },
    };

    [SkippableTheory]
    [MemberData(nameof(StringFilters))]
    public Task String_operators(string field, FilterOperator op, object? value, string[] expected) => AssertFilterAsync(new FieldFilter(field, op, value), expected);

    public static TheoryData<string, FilterOperator, object?, string[]> IntFilters => new()
    {
        { Fields.Entry.Edition, FilterOperator.Eq, 10, [A.PolicyMeeting] },
        { Fields.Entry.Edition, FilterOperator.Neq, 10, Except(A.PolicyMeeting) },
        { Fields.Entry.Edition, FilterOperator.Gt, 10, [A.CertDrill] },
        { Fields.Entry.Edition, FilterOperator.Gte, 10, [A.PolicyMeeting, A.CertDrill] },
        { Fields.Entry.Edition, FilterOperator.Lt, 12, [A.PolicyMeeting] },
        { Fields.Entry.Edition, FilterOperator.Lte, 12, [A.PolicyMeeting, A.CertDrill] },
        { Fields.Entry.Edition, FilterOperator.In, new[] { 10, 12 }, [A.PolicyMeeting, A.CertDrill] },
        { Fields.Entry.Edition, FilterOperator.Nin, new[] { 10 }, Except(A.PolicyMeeting) },
        { Fields.Entry.Edition, FilterOperator.Eq, null, Except(A.PolicyMeeting, A.CertDrill) },
        { Fields.Entry.Year, FilterOperator.Gte, 2017, [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue, A.CertDrill, A.InterpolOperation] },
        { Fields.Entry.Year, FilterOperator.Lt, 2010, [A.CyberUniversity] },
        { Fields.Entry.Year, FilterOperator.Eq, null, [A.NormsWorkshop] },
    };

    [SkippableTheory]
    [MemberData(nameof(IntFilters))]
    public Task Int_operators(string field, FilterOperator op, object? value, string[] expected) => AssertFilterAsync(new FieldFilter(field, op, value), expected);

    public static TheoryData<string, FilterOperator, object?, string[]> EnumFilters => new()
    {
        { Fields.Entry.Kind, FilterOperator.Eq, EntryKind.Meeting, [A.PolicyMeeting, A.CybercrimeDialogue, A.Seminar, A.NormsWorkshop] },
        { Fields.Entry.Kind, FilterOperator.Neq, EntryKind.Meeting, Except(A.PolicyMeeting, A.CybercrimeDialogue, A.Seminar, A.NormsWorkshop) },
        { Fields.Entry.Kind, FilterOperator.In, new[] { EntryKind.Activity, EntryKind.ExternalCooperation }, [A.CertDrill, A.InterpolOperation, A.CyberUniversity] },
        { Fields.Entry.Kind, FilterOperator.Nin, new[] { EntryKind.Meeting, EntryKind.Activity }, [A.Strategy, A.Handbook, A.InterpolOperation] },
        { Fields.Entry.Status, FilterOperator.Eq, EntryStatus.InProgress, [A.Handbook] },
        { Fields.Entry.Status, FilterOperator.Eq, null, Except(A.Handbook) },
        { Fields.Entry.Status, FilterOperator.Neq, null, [A.Handbook] },
        { Fields.Entry.Status, FilterOperator.In, new EntryStatus?[] { EntryStatus.Proposed }, [] },
    };

    [SkippableTheory]
    [MemberData(nameof(EnumFilters))]
    public Task Enum_operators(string field, FilterOperator op, object? value, string[] expected) => AssertFilterAsync(new FieldFilter(field, op, value), expected);

    public static TheoryData<string, ListQuantifier, Filter?, bool?, string[]> ListFilters => new()
    {
        { Fields.Entry.Countries, ListQuantifier.Some, Code("JP"), null, [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue] },
        { Fields.Entry.Countries, ListQuantifier.Some, Code("MY"), null, [A.CybercrimeDialogue] },
        { Fields.Entry.Countries, ListQuantifier.None, Code("JP"), null, Except(A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue) },
        { Fields.Entry.Countries, ListQuantifier.All, Code("JP"), null, [A.Strategy, A.Handbook, A.PolicyMeeting, A.NormsWorkshop, A.InterpolOperation] },
        { Fields.Entry.Countries, ListQuantifier.Any, null, true, [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue, A.Seminar, A.CertDrill, A.CyberUniversity] },
        { Fields.Entry.Countries, ListQuantifier.Any, null, false, [A.Strategy, A.NormsWorkshop, A.InterpolOperation] },
        { Fields.Entry.Countries, ListQuantifier.Some, new FieldFilter(Fields.Country.Name, FilterOperator.Contains, "korea"), null, [A.Seminar, A.CyberUniversity] },
        { Fields.Entry.Bodies, ListQuantifier.Some, new FieldFilter(Fields.Named.Name, FilterOperator.Eq, "Alpha Regional Forum"), null, [A.Seminar] },
        { Fields.Entry.Bodies, ListQuantifier.Some, new FieldFilter(Fields.Named.Id, FilterOperator.StartsWith, "body:alpha"), null, [A.Strategy, A.Seminar] },
        { Fields.Entry.Themes, ListQuantifier.Some, new FieldFilter(Fields.Named.Id, FilterOperator.Eq, "theme:capacity-building"), null, [A.PolicyMeeting, A.CyberUniversity] },
        { Fields.Entry.Places, ListQuantifier.Some, new ObjectFilter(Fields.Named.Country, Code("VN")), null, [A.CertDrill] },
        { Fields.Entry.Places, ListQuantifier.Some, new FieldFilter(Fields.Named.Name, FilterOperator.Eq, "Seoul"), null, [A.Seminar] },
        { Fields.Entry.Involvements, ListQuantifier.Some, new FieldFilter(Fields.Involvement.Role, FilterOperator.Eq, InvolvementRole.Partner), null, [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue, A.CyberUniversity] },
        { Fields.Entry.Involvements, ListQuantifier.Some, new FieldFilter(Fields.Involvement.Evidence, FilterOperator.Eq, "ROK"), null, [A.CyberUniversity] },
        { Fields.Entry.Involvements, ListQuantifier.Some, new ObjectFilter(Fields.Involvement.Country, new FieldFilter(Fields.Country.Name, FilterOperator.Eq, "Japan")), null, [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue] },
        { Fields.Entry.Organizations, ListQuantifier.Some, new FieldFilter(Fields.Named.Name, FilterOperator.Contains, "police"), null, [A.InterpolOperation] },
        { Fields.Entry.Organizations, ListQuantifier.Any, null, false, Except(A.InterpolOperation) },
    };

    [SkippableTheory]
    [MemberData(nameof(ListFilters))]
    public Task List_quantifiers(string field, ListQuantifier quantifier, Filter? element, bool? any, string[] expected) =>
        AssertFilterAsync(new ListFilter(field, quantifier, element, any), expected);

    [SkippableFact]
    public async Task And_or_and_object_filters_compose()
    {
        var store = await StoreWithAsync(Alpha, Beta);
        var meeting = new FieldFilter(Fields.Entry.Kind, FilterOperator.Eq, EntryKind.Meeting);
        var year2017 = new FieldFilter(Fields.Entry.Year, FilterOperator.Eq, 2017);
        var strategy = new FieldFilter(Fields.Entry.Kind, FilterOperator.Eq, EntryKind.StrategyDocument);
        var twelfth = new FieldFilter(Fields.Entry.Edition, FilterOperator.Eq, 12);
        var inAlpha = new ObjectFilter(Fields.Entry.Profile, new FieldFilter(Fields.Named.Acronym, FilterOperator.Eq, "AF"));

        Assert.Equal([A.PolicyMeeting, A.CybercrimeDialogue], Ids(await store.QueryEntriesAsync(Where(new AndFilter([meeting, year2017])), Ct)));
        Assert.Equal([A.Strategy, A.CertDrill], Ids(await store.QueryEntriesAsync(Where(new OrFilter([strategy, twelfth])), Ct)));
        Assert.Equal(A.All, Ids(await store.QueryEntriesAsync(Where(inAlpha), Ct)));
        Assert.Equal([B.Statement, B.ExpertGroup], Ids(await store.QueryEntriesAsync(
            Where(new ObjectFilter(Fields.Entry.Profile, new FieldFilter(Fields.Named.Name, FilterOperator.Eq, "Beta Council"))), Ct)));
        Assert.Equal(11, (await store.QueryEntriesAsync(Where(new AndFilter([])), Ct)).TotalCount);
        Assert.Equal(0, (await store.QueryEntriesAsync(Where(new OrFilter([])), Ct)).TotalCount);
        Assert.Equal([B.Statement], Ids(await store.QueryEntriesAsync(
            Where(new AndFilter([new OrFilter([meeting, new FieldFilter(Fields.Entry.Kind, FilterOperator.Eq, EntryKind.Communication)]), new FieldFilter(Fields.Entry.Year, FilterOperator.Gt, 2018)])), Ct)));
    }

    [SkippableFact]
    public async Task Unknown_fields_and_mismatched_operators_are_programming_errors()
    {
        var store = await StoreWithAsync(Alpha);
        Filter[] wrong =
        [
            new FieldFilter("colour", FilterOperator.Eq, "red"),
            new FieldFilter(Fields.Entry.Date, FilterOperator.Eq, "2017"),
            new FieldFilter(Fields.Entry.Title, FilterOperator.Gt, "A"),
            new FieldFilter(Fields.Entry.Edition, FilterOperator.Eq, "ten"),
            new ListFilter(Fields.Entry.Title, ListQuantifier.Some, null),
            new ListFilter(Fields.Entry.Countries, ListQuantifier.Some, new FieldFilter("capital", FilterOperator.Eq, "Tokyo")),
            new ObjectFilter(Fields.Entry.Profile, new FieldFilter(Fields.Country.Code3, FilterOperator.Eq, "JPN")),
        ];

        foreach (var filter in wrong)
        {
            await Assert.ThrowsAsync<ArgumentException>(() => store.QueryEntriesAsync(Where(filter), Ct));
        }

        await Assert.ThrowsAsync<ArgumentException>(() => store.QueryEntriesAsync(Sorted(new SortField(Fields.Entry.Countries, SortDirection.Asc)), Ct));
    }

    // ---- sorting -------------------------------------------------------------------------------------------------------

    [SkippableFact]
    public async Task Sorts_by_date_descending_then_title_with_undated_entries_last()
    {
        var store = await StoreWithAsync(Alpha);

        var byDate = await store.QueryEntriesAsync(Sorted(new(Fields.Entry.Date, SortDirection.Desc), new(Fields.Entry.Title, SortDirection.Asc)), Ct);
        var byDateAscending = await store.QueryEntriesAsync(Sorted(new SortField(Fields.Entry.Date, SortDirection.Asc)), Ct);
        var byYear = await store.QueryEntriesAsync(Sorted(new(Fields.Entry.Year, SortDirection.Desc), new(Fields.Entry.Title, SortDirection.Asc)), Ct);

        string[] descending = [A.PolicyMeeting, A.Handbook, A.CertDrill, A.CybercrimeDialogue, A.InterpolOperation, A.Strategy, A.Seminar, A.CyberUniversity, A.NormsWorkshop];
        Assert.Equal(descending, Ids(byDate));
        Assert.Equal(descending.Reverse(), Ids(byDateAscending));
        Assert.Equal([A.CertDrill, A.CybercrimeDialogue, A.PolicyMeeting, A.InterpolOperation, A.Handbook, A.Strategy, A.Seminar, A.CyberUniversity, A.NormsWorkshop], Ids(byYear));
    }

    [SkippableFact]
    public async Task Sorts_enums_by_declaration_and_breaks_ties_in_source_order()
    {
        var store = await StoreWithAsync(Alpha, Beta);

        var byKind = await store.QueryEntriesAsync(Sorted(new SortField(Fields.Entry.Kind, SortDirection.Asc)), Ct);
        var byEdition = await store.QueryEntriesAsync(Sorted(new SortField(Fields.Entry.Edition, SortDirection.Desc)), Ct);
        var byDefault = await store.QueryEntriesAsync(EntryQuery.All, Ct);

        Assert.Equal(
            [A.Strategy, A.Handbook, B.Statement, B.ExpertGroup, A.PolicyMeeting, A.CybercrimeDialogue, A.Seminar, A.NormsWorkshop, A.CertDrill, A.CyberUniversity, A.InterpolOperation],
            Ids(byKind));
        Assert.Equal([A.CertDrill, A.PolicyMeeting, .. A.All.Except([A.CertDrill, A.PolicyMeeting]), B.Statement, B.ExpertGroup], Ids(byEdition));
        Assert.Equal([.. A.All, B.Statement, B.ExpertGroup], Ids(byDefault));
    }

    // ---- paging --------------------------------------------------------------------------------------------------------

    [SkippableFact]
    public async Task Pages_forward_with_first_and_after()
    {
        var store = await StoreWithAsync(Alpha);

        var one = await store.QueryEntriesAsync(Paged(4, null, null, null), Ct);
        var two = await store.QueryEntriesAsync(Paged(4, one.Edges[^1].Cursor, null, null), Ct);
        var three = await store.QueryEntriesAsync(Paged(4, two.Edges[^1].Cursor, null, null), Ct);

        Assert.Equal(A.All[..4], Ids(one));
        Assert.Equal((9, true, false), (one.TotalCount, one.HasNextPage, one.HasPreviousPage));
        Assert.Equal(A.All[4..8], Ids(two));
        Assert.Equal((9, true, true), (two.TotalCount, two.HasNextPage, two.HasPreviousPage));
        Assert.Equal(A.All[8..], Ids(three));
        Assert.Equal((9, false, true), (three.TotalCount, three.HasNextPage, three.HasPreviousPage));
        Assert.Equal(A.All, await PageForwardAsync(store, null, 2));
    }

    [SkippableFact]
    public async Task Pages_backward_with_last_and_before()
    {
        var store = await StoreWithAsync(Alpha);

        var last = await store.QueryEntriesAsync(Paged(null, null, 3, null), Ct);
        var before = await store.QueryEntriesAsync(Paged(null, null, 3, last.Edges[0].Cursor), Ct);
        var start = await store.QueryEntriesAsync(Paged(null, null, 5, before.Edges[0].Cursor), Ct);

        Assert.Equal(A.All[6..], Ids(last));
        Assert.Equal((9, false, true), (last.TotalCount, last.HasNextPage, last.HasPreviousPage));
        Assert.Equal(A.All[3..6], Ids(before));
        Assert.Equal((true, true), (before.HasNextPage, before.HasPreviousPage));
        Assert.Equal(A.All[..3], Ids(start));
        Assert.Equal((true, false), (start.HasNextPage, start.HasPreviousPage));
        Assert.Equal(A.All, await PageBackwardAsync(store, null, 4));
    }

    [SkippableFact]
    public async Task Pages_a_filtered_sorted_list_per_node_with_cursors_of_that_list()
    {
        var store = await StoreWithAsync(Alpha);
        var query = new EntryQuery(
            new FieldFilter(Fields.Entry.Kind, FilterOperator.Eq, EntryKind.Meeting),
            [new(Fields.Entry.Date, SortDirection.Desc)],
            Paged(2, null, null, null).Page);

        var first = (await store.QueryEntriesByNodeAsync([AlphaId], query, Ct))[AlphaId];
        var second = (await store.QueryEntriesByNodeAsync([AlphaId], query with { Page = new(2, first.Edges[^1].Cursor, null, null) }, Ct))[AlphaId];

        Assert.Equal([A.PolicyMeeting, A.CybercrimeDialogue], Ids(first));
        Assert.Equal([A.Seminar, A.NormsWorkshop], Ids(second));
        Assert.Equal((4, false, true), (second.TotalCount, second.HasNextPage, second.HasPreviousPage));
    }

    // ---- connections ---------------------------------------------------------------------------------------------------

    [SkippableFact]
    public async Task Connects_Korea_to_INTERPOL_with_every_step_explained()
    {
        var store = await StoreWithAsync(Alpha);

        var paths = await store.FindPathsAsync("country:KR", Interpol.Id, 4, 10, Ct);

        var path = Assert.Single(paths);
        Assert.Equal(["country:KR", A.CyberUniversity, AlphaId, A.InterpolOperation, Interpol.Id], path.Nodes.Select(n => n.Id));
        Assert.Equal(
            [
                ("country:KR", Relationships.Involves, A.CyberUniversity, false, "PARTNER: ROK"),
                (A.CyberUniversity, Relationships.InProfile, AlphaId, true, null),
                (AlphaId, Relationships.InProfile, A.InterpolOperation, false, null),
                (A.InterpolOperation, Relationships.Mentions, Interpol.Id, true, "INTERPOL"),
            ],
            path.Steps.Select(s => (s.From.Id, s.Relationship, s.To.Id, s.Forward, s.Evidence)));
        AssertExplained(path);
    }

    [SkippableFact]
    public async Task Paths_come_shortest_first_and_respect_max_hops()
    {
        var store = await StoreWithAsync(Alpha);

        var upToFive = await store.FindPathsAsync("country:KR", Interpol.Id, 5, 10, Ct);
        var upToThree = await store.FindPathsAsync("country:KR", Interpol.Id, 3, 10, Ct);

        Assert.Equal([4, 5], upToFive.Select(p => p.Length));
        Assert.Equal(["country:KR", Seoul.Id, A.Seminar, AlphaId, A.InterpolOperation, Interpol.Id], upToFive[1].Nodes.Select(n => n.Id));
        Assert.Equal((Relationships.In, false, (string?)null), (upToFive[1].Steps[0].Relationship, upToFive[1].Steps[0].Forward, upToFive[1].Steps[0].Evidence));
        Assert.Equal((Relationships.HeldIn, false, "Seoul"), (upToFive[1].Steps[1].Relationship, upToFive[1].Steps[1].Forward, upToFive[1].Steps[1].Evidence));
        Assert.Empty(upToThree);
        Assert.All(upToFive, AssertExplained);
    }

    [SkippableFact]
    public async Task Paths_of_equal_length_are_ordered_by_node_ids_and_limited_by_first()
    {
        var store = await StoreWithAsync(Alpha);

        var all = await store.FindPathsAsync(AlphaId, "country:JP", 3, 10, Ct);
        var two = await store.FindPathsAsync(AlphaId, "country:JP", 3, 2, Ct);

        Assert.Equal(
            [
                [AlphaId, A.CybercrimeDialogue, "country:JP"],
                [AlphaId, A.PolicyMeeting, "country:JP"],
                [AlphaId, A.Handbook, "country:JP"],
                [AlphaId, A.PolicyMeeting, Tokyo.Id, "country:JP"],
            ],
            all.Select(p => p.Nodes.Select(n => n.Id).ToArray()));
        Assert.Equal(all.Take(2).Select(p => p.Nodes.Select(n => n.Id).ToArray()), two.Select(p => p.Nodes.Select(n => n.Id).ToArray()));
        Assert.Equal("ABOUT", (await store.FindPathsAsync(A.PolicyMeeting, CapacityBuilding.Id, 1, 1, Ct))[0].Steps[0].Relationship);
        Assert.Equal("capacity building", (await store.FindPathsAsync(A.PolicyMeeting, CapacityBuilding.Id, 1, 1, Ct))[0].Steps[0].Evidence);
        var member = Assert.Single(await store.FindPathsAsync("country:TH", AlphaId, 1, 5, Ct)).Steps.Single();
        Assert.Equal((Relationships.MemberOf, true, (string?)null), (member.Relationship, member.Forward, member.Evidence));
    }

    [SkippableFact]
    public async Task Paths_from_a_node_to_itself_or_between_unknown_nodes()
    {
        var store = await StoreWithAsync(Alpha);

        var self = Assert.Single(await store.FindPathsAsync("country:JP", "country:JP", 3, 5, Ct));

        Assert.Equal(0, self.Length);
        Assert.Equal(Japan, Assert.Single(self.Nodes));
        Assert.Empty(await store.FindPathsAsync("country:ZZ", "country:JP", 3, 5, Ct));
        Assert.Empty(await store.FindPathsAsync("country:JP", "country:ZZ", 3, 5, Ct));
        Assert.Empty(await store.FindPathsAsync("country:TH", "country:JP", 1, 5, Ct));
    }

    // ---- imports -------------------------------------------------------------------------------------------------------

    [SkippableFact]
    public async Task Reimporting_a_profile_replaces_its_entries_and_drops_nodes_nothing_links()
    {
        var store = await StoreWithAsync(Alpha);

        await store.ImportProfileAsync(AlphaReduced, Ct);

        Assert.Equal([A.Strategy, A.Handbook, A.InterpolOperation], Ids(await store.QueryEntriesAsync(EntryQuery.All, Ct)));
        Assert.Empty(await store.GetNodesAsync([A.Seminar, "country:KR", "country:MY", Seoul.Id, RegionalForum.Id, CapacityBuilding.Id], Ct));
        Assert.Equal(["Japan", "Singapore", "Thailand", "Viet Nam"], (await store.GetCountriesAsync(null, [], Ct)).Select(c => c.Name));
        Assert.Equal([Secretariat], await store.GetBodiesAsync(null, [], Ct));
        Assert.Equal([Cybercrime], await store.GetThemesAsync(Ct));
        Assert.Empty(await store.GetPlacesAsync(Ct));
        AssertEmptyPage((await store.QueryEntriesByNodeAsync(["country:KR"], EntryQuery.All, Ct))["country:KR"]);
        Assert.Empty(await store.FindPathsAsync("country:KR", Interpol.Id, 6, 5, Ct));
        Assert.Single(await store.GetProfilesAsync(Ct));
    }

    [SkippableFact]
    public async Task A_second_profile_shares_countries_bodies_and_organizations()
    {
        var store = await StoreWithAsync(Alpha, Beta);

        var pages = await store.QueryEntriesByNodeAsync(["country:JP", RegionalForum.Id, Interpol.Id], EntryQuery.All, Ct);

        Assert.Equal(["Alpha Forum", "Beta Council"], (await store.GetProfilesAsync(Ct)).Select(p => p.Name));
        Assert.Equal(11, (await store.QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount);
        Assert.Equal([A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue, B.Statement], Ids(pages["country:JP"]));
        Assert.Equal([A.Seminar, B.Statement], Ids(pages[RegionalForum.Id]));
        Assert.Equal([A.InterpolOperation, B.ExpertGroup], Ids(pages[Interpol.Id]));
        Assert.Single(await store.GetCountriesAsync(null, [], Ct), c => c.Code == "JP");
        Assert.Equal([RegionalForum, Secretariat, BetaSecretariat], await store.GetBodiesAsync(null, [], Ct));

        await store.ImportProfileAsync(AlphaReduced, Ct);

        Assert.Equal(["Japan", "Republic of Korea", "Singapore", "Thailand", "Viet Nam"], (await store.GetCountriesAsync(null, [], Ct)).Select(c => c.Name));
        Assert.Equal([B.Statement], Ids((await store.QueryEntriesByNodeAsync([RegionalForum.Id], EntryQuery.All, Ct))[RegionalForum.Id]));
        Assert.Empty(await store.GetPlacesAsync(Ct));
        Assert.Equal(5, (await store.QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount);
    }

    [SkippableFact]
    public async Task An_invalid_document_changes_nothing()
    {
        var store = await StoreWithAsync(Alpha);
        var before = await DescribeAsync(store);
        var stray = Beta.Entries[0];
        var invalid = Document(Alpha.Profile, [AlphaReduced.Entries[0], stray]);
        var duplicated = Document(Alpha.Profile, [AlphaReduced.Entries[0], AlphaReduced.Entries[0]]);

        var e1 = await Assert.ThrowsAsync<GraphStoreException>(() => store.ImportProfileAsync(invalid, Ct));
        var e2 = await Assert.ThrowsAsync<GraphStoreException>(() => store.ImportProfileAsync(duplicated, Ct));

        Assert.Equal("INVALID_DOCUMENT", e1.Code);
        Assert.Equal("INVALID_DOCUMENT", e2.Code);
        Assert.Equal(before, await DescribeAsync(store));
    }

    [SkippableFact]
    public async Task A_failed_persistence_changes_nothing()
    {
        var store = await CreateStoreThatCannotPersistAsync([Alpha]);
        Skip.If(store is null, "this adapter cannot stage a persistence failure");
        var before = await DescribeAsync(store);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.ImportProfileAsync(AlphaReduced, Ct));

        Assert.Equal("PERSISTENCE_FAILED", error.Code);
        Assert.Equal(before, await DescribeAsync(store));
        var meetings = (await store.QueryEntriesByNodeAsync(["country:JP"], Where(new FieldFilter(Fields.Entry.Kind, FilterOperator.Eq, EntryKind.Meeting)), Ct))["country:JP"];
        Assert.Equal([A.PolicyMeeting, A.CybercrimeDialogue], Ids(meetings));
    }

    [SkippableFact]
    public async Task Concurrent_reads_during_imports_see_whole_profiles_only()
    {
        var store = await StoreWithAsync(Alpha, Beta);
        var full = A.All.ToHashSet();
        var reduced = AlphaReduced.Entries.Select(e => e.Entry.Id).ToHashSet();
        using var done = new CancellationTokenSource();

        var writer = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < 20; i++)
                {
                    await store.ImportProfileAsync(i % 2 == 0 ? AlphaReduced : Alpha, Ct);
                }
            }
            finally
            {
                await done.CancelAsync();
            }
        });
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            while (!done.IsCancellationRequested || reads < 50)
            {
                reads++;
                var pages = await store.QueryEntriesByNodeAsync([AlphaId, "country:KR", "country:MY"], EntryQuery.All, Ct);
                var ids = Ids(pages[AlphaId]).ToHashSet();
                var isFull = ids.SetEquals(full);
                Assert.True(isFull || ids.SetEquals(reduced), $"partial profile: {string.Join(", ", ids)}");
                Assert.Equal(isFull ? 2 : 0, pages["country:KR"].TotalCount);
                Assert.Equal(isFull ? 1 : 0, pages["country:MY"].TotalCount);
            }
        })).ToArray();

        await Task.WhenAll([writer, .. readers]);
        Assert.Equal(A.All, Ids(await store.QueryEntriesAsync(EntryQuery.All with { Page = new(100, null, null, null) }, Ct)).Take(9));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    protected static EntryQuery Where(Filter filter) => new(filter, [], new PageRequest(100, null, null, null));

    protected static EntryQuery Sorted(params SortField[] order) => new(null, order, new PageRequest(100, null, null, null));

    protected static EntryQuery Paged(int? first, string? after, int? last, string? before) => new(null, [], new PageRequest(first, after, last, before));

    protected static List<string> Ids(EntryPage page) => [.. page.Edges.Select(e => e.Entry.Id)];

    protected static void AssertEmptyPage(EntryPage page)
    {
        Assert.Empty(page.Edges);
        Assert.Equal((0, false, false), (page.TotalCount, page.HasNextPage, page.HasPreviousPage));
    }

    private static void AssertNoLinks(EntryLinks links)
    {
        Assert.Empty(links.Bodies);
        Assert.Empty(links.Involvements);
        Assert.Empty(links.Places);
        Assert.Empty(links.Themes);
        Assert.Empty(links.Organizations);
    }

    private static FieldFilter Code(string code) => new(Fields.Country.Code, FilterOperator.Eq, code);

    private static ListFilter CountryIs(string code) => new(Fields.Entry.Countries, ListQuantifier.Some, Code(code));

    private static string[] Except(params string[] ids) => [.. A.All.Except(ids)];

    private async Task AssertFilterAsync(Filter filter, string[] expected)
    {
        var store = await StoreWithAsync(Alpha);
        var page = await store.QueryEntriesAsync(Where(filter), Ct);
        Assert.Equal(expected, Ids(page));
        Assert.Equal(expected.Length, page.TotalCount);
    }

    private static async Task<List<string>> PageForwardAsync(IGraphStore store, Filter? where, int size)
    {
        var ids = new List<string>();
        string? after = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await store.QueryEntriesAsync(new EntryQuery(where, [], new(size, after, null, null)), Ct);
            ids.AddRange(Ids(page));
            if (!page.HasNextPage)
            {
                return ids;
            }

            after = page.Edges[^1].Cursor;
        }

        throw new InvalidOperationException("paging did not end");
    }

    private static async Task<List<string>> PageBackwardAsync(IGraphStore store, Filter? where, int size)
    {
        var ids = new List<string>();
        string? before = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await store.QueryEntriesAsync(new EntryQuery(where, [], new(null, null, size, before)), Ct);
            ids.InsertRange(0, Ids(page));
            if (!page.HasPreviousPage)
            {
                return ids;
            }

            before = page.Edges[0].Cursor;
        }

        throw new InvalidOperationException("paging did not end");
    }

    /// <summary>Everything observable about a store, as text, to compare before and after a failed import.</summary>
    private static async Task<string> DescribeAsync(IGraphStore store)
    {
        var entries = await store.QueryEntriesAsync(EntryQuery.All with { Page = new(100, null, null, null) }, Ct);
        var countries = await store.GetCountriesAsync(null, [], Ct);
        var bodies = await store.GetBodiesAsync(null, [], Ct);
        var places = await store.GetPlacesAsync(Ct);
        var themes = await store.GetThemesAsync(Ct);
        var links = await store.GetEntryLinksAsync(Ids(entries), Ct);
        return string.Join(
            "\n",
            [
                string.Join(",", Ids(entries)),
                string.Join(",", countries.Select(c => c.Id)),
                string.Join(",", bodies.Select(b => b.Id)),
                string.Join(",", places.Select(p => p.Id)),
                string.Join(",", themes.Select(t => t.Id)),
                string.Join(",", links.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}:{l.Value.Involvements.Count}/{l.Value.Places.Count}")),
            ]);
    }

    /// <summary>A step is explained when its relationship joins the node types it names, in the stated direction, with evidence where links carry it.</summary>
    protected static void AssertExplained(GraphPath path)
    {
        Assert.Equal(path.Steps.Count + 1, path.Nodes.Count);
        Assert.Equal(path.Nodes.Count, path.Nodes.Select(n => n.Id).Distinct().Count());
        for (var i = 0; i < path.Steps.Count; i++)
        {
            var step = path.Steps[i];
            Assert.Same(path.Nodes[i], step.From);
            Assert.Same(path.Nodes[i + 1], step.To);
            var (tail, head) = step.Forward ? (step.From, step.To) : (step.To, step.From);
            var (tailType, headType, hasEvidence) = step.Relationship switch
            {
                Relationships.InProfile => (typeof(Entry), typeof(Profile), false),
                Relationships.IssuedBy => (typeof(Entry), typeof(Body), true),
                Relationships.Involves => (typeof(Entry), typeof(Country), true),
                Relationships.HeldIn => (typeof(Entry), typeof(Place), true),
                Relationships.In => (typeof(Place), typeof(Country), false),
                Relationships.About => (typeof(Entry), typeof(Theme), true),
                Relationships.Mentions => (typeof(Entry), typeof(Organization), true),
                Relationships.MemberOf => (typeof(Country), typeof(Profile), false),
                _ => throw new Xunit.Sdk.XunitException($"unknown relationship {step.Relationship}"),
            };
            Assert.IsType(tailType, tail);
            Assert.IsType(headType, head);
            Assert.Equal(hasEvidence, !string.IsNullOrEmpty(step.Evidence));
            if (step.Relationship == Relationships.Involves)
            {
                Assert.Matches("^(PARTNER|HOST|VENUE): ", step.Evidence);
            }
        }
    }
}
