using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using static AseanCyber.Graph.Tests.Store.Fixtures;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// What every <see cref="IGraphStore"/> adapter must answer, and how. A subclass supplies fresh stores; the fixture tests
/// import the hand-made <see cref="Fixtures"/> into an empty store, the seed tests read the bundled ASEAN profile.
/// Rules pinned here: see <c>FilterSchema</c> and <c>SortSchema</c> in the embedded adapter for the prose.
/// The filter theories only read, so they share one store per set of documents (<see cref="ReadOnlyStoreWithAsync"/>).
/// </summary>
public abstract partial class GraphStoreContract(SharedStores shared) : IAsyncLifetime, IClassFixture<SharedStores>
{
    private readonly List<IDisposable> _resources = [];
    private List<IDisposable>? _building;

    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>False when the adapter's stores cannot outlive a test (the live Neo4j: every test empties its one database).</summary>
    protected virtual bool StoresOutliveATest => true;

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

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        for (var i = _resources.Count - 1; i >= 0; i--)
        {
            _resources[i].Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>Disposes <paramref name="resource"/> after the test, or after the class when it belongs to a shared store.</summary>
    protected T Track<T>(T resource)
        where T : IDisposable
    {
        (_building ?? _resources).Add(resource);
        return resource;
    }

    protected async Task<IGraphStore> StoreWithAsync(params ProfileDocument[] documents)
    {
        var store = await CreateEmptyStoreAsync();
        foreach (var document in documents)
        {
            await store.ImportProfileAsync(document, Ct);
        }

        return store;
    }

    /// <summary>
    /// <see cref="StoreWithAsync"/> for a test that only reads: the store is built the first time a test of this class asks
    /// for these documents and shared by the next ones, so each theory case costs a query, not an import.
    /// </summary>
    protected Task<IGraphStore> ReadOnlyStoreWithAsync(params ProfileDocument[] documents) =>
        !StoresOutliveATest
            ? StoreWithAsync(documents)
            : shared.GetOrBuildAsync(string.Join("+", documents.Select(d => d.Profile.Id)), async resources =>
            {
                _building = resources;
                try
                {
                    return await StoreWithAsync(documents);
                }
                finally
                {
                    _building = null;
                }
            });

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
            var page = await store.QueryEntriesAsync(Where(new FieldFilter(EntryFields.Kind, FilterOperator.Eq, kind)), Ct);
            Assert.True(count == page.TotalCount, $"{kind}: expected {count}, got {page.TotalCount}");
        }

        var bodies = await store.GetBodiesAsync(ListQuery.All, Ct);
        Assert.Equal(7, bodies.Count);
        var profiles = await store.GetProfilesAsync(ListQuery.All, Ct);
        Assert.Equal(NodeIds.Profile("ASEAN"), Assert.Single(profiles).Id);
    }

    [SkippableFact]
    public async Task Seed_ARF_issued_4_entries_and_heads_of_state_2()
    {
        var store = await CreateSeededStoreAsync();
        var arf = NodeIds.Body("ASEAN Regional Forum");
        var heads = NodeIds.ProfileBody("ASEAN", "Heads of State/Government");

        var pages = await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Body, [arf, heads]), EntryQuery.All, Ct);

        Assert.Equal(4, pages[arf].TotalCount);
        Assert.Equal(2, pages[heads].TotalCount);
        var nodes = await store.GetNodesAsync([arf, heads], Ct);
        Assert.Equal("ASEAN Regional Forum", Assert.IsType<Body>(nodes[arf]).Name);
    }

    [SkippableFact]
    public async Task Seed_Japan_meetings_by_country_node_and_by_list_filter_agree()
    {
        var store = await CreateSeededStoreAsync();
        var meetings = new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting);
        var japan = NodeIds.Country("JP");

        var byNode = (await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Country, [japan]), Where(meetings), Ct))[japan];
        var byFilter = await store.QueryEntriesAsync(
            Where(new AndFilter([meetings, CountryIs("JP")])), Ct);

        Assert.Equal(2, byNode.TotalCount);
        Assert.Equal(Ids(byNode), Ids(byFilter));
        Assert.All(byNode.Entries, e => Assert.Contains("Japan", e.Title, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Seed_sorts_by_date_descending_then_title()
    {
        var store = await CreateSeededStoreAsync();

        var page = await store.QueryEntriesAsync(
            new EntryQuery(null, [new(EntryFields.Date, SortDirection.Desc), new(EntryFields.Title, SortDirection.Asc)], new Window(0, 100)), Ct);

        Assert.Equal(27, page.Entries.Count);
        for (var i = 1; i < page.Entries.Count; i++)
        {
            var (a, b) = (page.Entries[i - 1], page.Entries[i]);
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
        var entries = (await store.QueryEntriesAsync(EntryQuery.All, Ct)).Entries.ToList();
        var cases = new (Filter Filter, Func<Entry, bool> Expected)[]
        {
            (new FieldFilter(EntryFields.Title, FilterOperator.Contains, "japan"), e => e.Title.Contains("japan", StringComparison.OrdinalIgnoreCase)),
            (new FieldFilter(EntryFields.Title, FilterOperator.NStartsWith, "asean"), e => !e.Title.StartsWith("asean", StringComparison.OrdinalIgnoreCase)),
            (new FieldFilter(EntryFields.Year, FilterOperator.Gte, 2017), e => e.Year >= 2017),
            (new FieldFilter(EntryFields.Status, FilterOperator.Neq, null), e => e.Status is not null),
            (new FieldFilter(EntryFields.Edition, FilterOperator.Eq, null), e => e.Edition is null),
            (new FieldFilter(EntryFields.Description, FilterOperator.NContains, "ASEAN"), e => e.Description?.Contains("ASEAN", StringComparison.OrdinalIgnoreCase) != true),
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
        var interpol = (await store.GetOrganizationsAsync(ListQuery.All, Ct)).Single(o => o.Acronym == "INTERPOL" || o.Name.Contains("INTERPOL", StringComparison.OrdinalIgnoreCase));

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
        Assert.Empty(await store.GetProfilesAsync(ListQuery.All, Ct));
        AssertEmptyPage(await store.QueryEntriesAsync(EntryQuery.All, Ct));
        Assert.Empty(await store.GetCountriesAsync(ListQuery.All, Ct));
        await AssertNodeNotFoundAsync(store.FindPathsAsync("country:JP", "country:KR", 4, 5, Ct), "'country:JP' (from) and 'country:KR' (to)");
    }

    [SkippableFact]
    public async Task Imported_profile_is_counted_and_listed()
    {
        var store = await StoreWithAsync(Alpha);

        Assert.Equal(AlphaId, Assert.Single(await store.GetProfilesAsync(ListQuery.All, Ct)).Id);
        var all = await store.QueryEntriesAsync(EntryQuery.All, Ct);
        Assert.Equal(A.All, Ids(all));
        Assert.Equal(9, all.TotalCount);
        Assert.Equal(["Japan", "Malaysia", "Republic of Korea", "Singapore", "Thailand", "Viet Nam"], (await store.GetCountriesAsync(ListQuery.All, Ct)).Select(c => c.Name));
        Assert.Equal([RegionalForum, Secretariat], await store.GetBodiesAsync(ListQuery.All, Ct));
        Assert.Equal([CapacityBuilding, ConfidenceBuilding, Cybercrime], await store.GetThemesAsync(ListQuery.All, Ct));
        Assert.Equal([Hanoi, KualaLumpur, Seoul, Tokyo], await store.GetPlacesAsync(ListQuery.All, Ct));
        Assert.Equal([Interpol], await store.GetOrganizationsAsync(ListQuery.All, Ct));
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
            new ListQuery(new FieldFilter(CountryFields.Code, FilterOperator.In, new[] { "JP", "KR", "XX" }), [new(CountryFields.Code, SortDirection.Desc)]),
            Ct);
        var bodies = await store.GetBodiesAsync(
            new ListQuery(new FieldFilter(BodyFields.Name, FilterOperator.StartsWith, "alpha"), [new(BodyFields.Name, SortDirection.Desc)]), Ct);

        Assert.Equal(["KR", "JP"], countries.Select(c => c.Code));
        Assert.Equal([Secretariat, RegionalForum], bodies);
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetCountriesAsync(new ListQuery(new FieldFilter("capital", FilterOperator.Eq, "Tokyo"), []), Ct));
    }

    // ---- entries by node -----------------------------------------------------------------------------------------------

    [SkippableFact]
    public async Task Entries_by_node_cover_every_kind_of_node_and_every_requested_id()
    {
        var store = await StoreWithAsync(Alpha);
        string[] ids = [AlphaId, "country:KR", "country:MY", "country:TH", RegionalForum.Id, CapacityBuilding.Id, Tokyo.Id, Interpol.Id, A.Strategy, "country:ZZ"];

        var pages = await ByNodeAsync(store, ids, EntryQuery.All);

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
        var meetings = new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting);

        var byNode = (await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Country, ["country:JP"]), Where(meetings), Ct))["country:JP"];
        var byFilter = await store.QueryEntriesAsync(Where(new AndFilter([meetings, CountryIs("JP")])), Ct);

        Assert.Equal([A.PolicyMeeting, A.CybercrimeDialogue], Ids(byNode));
        Assert.Equal(Ids(byNode), Ids(byFilter));
        Assert.Equal(2, byFilter.TotalCount);
    }

    // ---- filters -------------------------------------------------------------------------------------------------------

    public static TheoryData<string, FilterOperator, object?, string[]> StringFilters => new()
    {
        { EntryFields.Title, FilterOperator.Eq, "Cyber Norms Workshop", [A.NormsWorkshop] },
        { EntryFields.Title, FilterOperator.Eq, "cyber norms workshop", [] },
        { EntryFields.Title, FilterOperator.Neq, "Cyber Norms Workshop", Except(A.NormsWorkshop) },
        { EntryFields.Title, FilterOperator.Contains, "japan", [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue] },
        { EntryFields.Title, FilterOperator.NContains, "JAPAN", Except(A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue) },
        { EntryFields.Title, FilterOperator.StartsWith, "alpha", [A.Strategy, A.PolicyMeeting, A.CybercrimeDialogue, A.CertDrill] },
        { EntryFields.Title, FilterOperator.NStartsWith, "alpha", Except(A.Strategy, A.PolicyMeeting, A.CybercrimeDialogue, A.CertDrill) },
        { EntryFields.Title, FilterOperator.EndsWith, "WORKSHOP", [A.NormsWorkshop] },
        { EntryFields.Title, FilterOperator.NEndsWith, "workshop", Except(A.NormsWorkshop) },
        { EntryFields.Title, FilterOperator.In, new[] { "Alpha CERT Drill", "Cyber Norms Workshop", "nothing" }, [A.NormsWorkshop, A.CertDrill] },
        { EntryFields.Title, FilterOperator.Nin, new[] { "Alpha CERT Drill" }, Except(A.CertDrill) },
        { EntryFields.Acronym, FilterOperator.Eq, null, Except(A.CertDrill) },
        { EntryFields.Acronym, FilterOperator.Neq, null, [A.CertDrill] },
        { EntryFields.Acronym, FilterOperator.Neq, "ACD", Except(A.CertDrill) },
        { EntryFields.Acronym, FilterOperator.Contains, "c", [A.CertDrill] },
        { EntryFields.Acronym, FilterOperator.NContains, "c", Except(A.CertDrill) },
        { EntryFields.Acronym, FilterOperator.In, new[] { null, "ACD" }, A.All },
        { EntryFields.Acronym, FilterOperator.Nin, new[] { null, "XYZ" }, [A.CertDrill] },
        { EntryFields.Description, FilterOperator.Eq, null, [A.PolicyMeeting, A.CybercrimeDialogue, A.Seminar, A.NormsWorkshop] },
        { EntryFields.Id, FilterOperator.StartsWith, "entry:alpha:alpha-japan", [A.PolicyMeeting, A.CybercrimeDialogue] },
        { EntryFields.Section, FilterOperator.Eq, "Policy", [A.Strategy, A.Handbook] },
        { EntryFields.Category, FilterOperator.In, new[] { "Activities", "External Cooperation" }, [A.CertDrill, A.InterpolOperation, A.CyberUniversity] },
    };

    [SkippableTheory]
    [MemberData(nameof(StringFilters))]
    public Task String_operators(string field, FilterOperator op, object? value, string[] expected) => AssertFilterAsync(new FieldFilter(field, op, value), expected);

    public static TheoryData<string, FilterOperator, object?, string[]> IntFilters => new()
    {
        { EntryFields.Edition, FilterOperator.Eq, 10, [A.PolicyMeeting] },
        { EntryFields.Edition, FilterOperator.Neq, 10, Except(A.PolicyMeeting) },
        { EntryFields.Edition, FilterOperator.Gt, 10, [A.CertDrill] },
        { EntryFields.Edition, FilterOperator.Gte, 10, [A.PolicyMeeting, A.CertDrill] },
        { EntryFields.Edition, FilterOperator.Lt, 12, [A.PolicyMeeting] },
        { EntryFields.Edition, FilterOperator.Lte, 12, [A.PolicyMeeting, A.CertDrill] },
        { EntryFields.Edition, FilterOperator.In, new[] { 10, 12 }, [A.PolicyMeeting, A.CertDrill] },
        { EntryFields.Edition, FilterOperator.Nin, new[] { 10 }, Except(A.PolicyMeeting) },
        { EntryFields.Edition, FilterOperator.Eq, null, Except(A.PolicyMeeting, A.CertDrill) },
        { EntryFields.Year, FilterOperator.Gte, 2017, [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue, A.CertDrill, A.InterpolOperation] },
        { EntryFields.Year, FilterOperator.Lt, 2010, [A.CyberUniversity] },
        { EntryFields.Year, FilterOperator.Eq, null, [A.NormsWorkshop] },
    };

    [SkippableTheory]
    [MemberData(nameof(IntFilters))]
    public Task Int_operators(string field, FilterOperator op, object? value, string[] expected) => AssertFilterAsync(new FieldFilter(field, op, value), expected);

    public static TheoryData<string, FilterOperator, object?, string[]> EnumFilters => new()
    {
        { EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting, [A.PolicyMeeting, A.CybercrimeDialogue, A.Seminar, A.NormsWorkshop] },
        { EntryFields.Kind, FilterOperator.Neq, EntryKind.Meeting, Except(A.PolicyMeeting, A.CybercrimeDialogue, A.Seminar, A.NormsWorkshop) },
        { EntryFields.Kind, FilterOperator.In, new[] { EntryKind.Activity, EntryKind.ExternalCooperation }, [A.CertDrill, A.InterpolOperation, A.CyberUniversity] },
        { EntryFields.Kind, FilterOperator.Nin, new[] { EntryKind.Meeting, EntryKind.Activity }, [A.Strategy, A.Handbook, A.InterpolOperation] },
        { EntryFields.Status, FilterOperator.Eq, EntryStatus.InProgress, [A.Handbook] },
        { EntryFields.Status, FilterOperator.Eq, null, Except(A.Handbook) },
        { EntryFields.Status, FilterOperator.Neq, null, [A.Handbook] },
        { EntryFields.Status, FilterOperator.In, new EntryStatus?[] { EntryStatus.Proposed }, [] },
    };

    [SkippableTheory]
    [MemberData(nameof(EnumFilters))]
    public Task Enum_operators(string field, FilterOperator op, object? value, string[] expected) => AssertFilterAsync(new FieldFilter(field, op, value), expected);

    public static TheoryData<string, ListQuantifier, Filter?, bool?, string[]> ListFilters => new()
    {
        { EntryFields.Countries, ListQuantifier.Some, Code("JP"), null, [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue] },
        { EntryFields.Countries, ListQuantifier.Some, Code("MY"), null, [A.CybercrimeDialogue] },
        { EntryFields.Countries, ListQuantifier.None, Code("JP"), null, Except(A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue) },
        { EntryFields.Countries, ListQuantifier.All, Code("JP"), null, [A.Strategy, A.Handbook, A.PolicyMeeting, A.NormsWorkshop, A.InterpolOperation] },
        { EntryFields.Countries, ListQuantifier.Any, null, true, [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue, A.Seminar, A.CertDrill, A.CyberUniversity] },
        { EntryFields.Countries, ListQuantifier.Any, null, false, [A.Strategy, A.NormsWorkshop, A.InterpolOperation] },
        { EntryFields.Countries, ListQuantifier.Some, new FieldFilter(CountryFields.Name, FilterOperator.Contains, "korea"), null, [A.Seminar, A.CyberUniversity] },
        { EntryFields.Bodies, ListQuantifier.Some, new FieldFilter(BodyFields.Name, FilterOperator.Eq, "Alpha Regional Forum"), null, [A.Seminar] },
        { EntryFields.Bodies, ListQuantifier.Some, new FieldFilter(BodyFields.Id, FilterOperator.StartsWith, "body:alpha"), null, [A.Strategy, A.Seminar] },
        { EntryFields.Themes, ListQuantifier.Some, new FieldFilter(ThemeFields.Id, FilterOperator.Eq, "theme:capacity-building"), null, [A.PolicyMeeting, A.CyberUniversity] },
        { EntryFields.Places, ListQuantifier.Some, new ObjectFilter(PlaceFields.Country, Code("VN")), null, [A.CertDrill] },
        { EntryFields.Places, ListQuantifier.Some, new FieldFilter(PlaceFields.Name, FilterOperator.Eq, "Seoul"), null, [A.Seminar] },
        { EntryFields.Involvements, ListQuantifier.Some, new FieldFilter(InvolvementFields.Role, FilterOperator.Eq, InvolvementRole.Partner), null, [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue, A.CyberUniversity] },
        { EntryFields.Involvements, ListQuantifier.Some, new FieldFilter(InvolvementFields.Evidence, FilterOperator.Eq, "ROK"), null, [A.CyberUniversity] },
        { EntryFields.Involvements, ListQuantifier.Some, new ObjectFilter(InvolvementFields.Country, new FieldFilter(CountryFields.Name, FilterOperator.Eq, "Japan")), null, [A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue] },
        { EntryFields.Organizations, ListQuantifier.Some, new FieldFilter(OrganizationFields.Name, FilterOperator.Contains, "police"), null, [A.InterpolOperation] },
        { EntryFields.Organizations, ListQuantifier.Any, null, false, Except(A.InterpolOperation) },
    };

    [SkippableTheory]
    [MemberData(nameof(ListFilters))]
    public Task List_quantifiers(string field, ListQuantifier quantifier, Filter? element, bool? any, string[] expected) =>
        AssertFilterAsync(new ListFilter(field, quantifier, element, any), expected);

    [SkippableFact]
    public async Task And_or_and_object_filters_compose()
    {
        var store = await StoreWithAsync(Alpha, Beta);
        var meeting = new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting);
        var year2017 = new FieldFilter(EntryFields.Year, FilterOperator.Eq, 2017);
        var strategy = new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.StrategyDocument);
        var twelfth = new FieldFilter(EntryFields.Edition, FilterOperator.Eq, 12);
        var inAlpha = new ObjectFilter(EntryFields.Profile, new FieldFilter(ProfileFields.Acronym, FilterOperator.Eq, "AF"));

        Assert.Equal([A.PolicyMeeting, A.CybercrimeDialogue], Ids(await store.QueryEntriesAsync(Where(new AndFilter([meeting, year2017])), Ct)));
        Assert.Equal([A.Strategy, A.CertDrill], Ids(await store.QueryEntriesAsync(Where(new OrFilter([strategy, twelfth])), Ct)));
        Assert.Equal(A.All, Ids(await store.QueryEntriesAsync(Where(inAlpha), Ct)));
        Assert.Equal([B.Statement, B.ExpertGroup], Ids(await store.QueryEntriesAsync(
            Where(new ObjectFilter(EntryFields.Profile, new FieldFilter(ProfileFields.Name, FilterOperator.Eq, "Beta Council"))), Ct)));
        Assert.Equal(11, (await store.QueryEntriesAsync(Where(new AndFilter([])), Ct)).TotalCount);
        Assert.Equal(0, (await store.QueryEntriesAsync(Where(new OrFilter([])), Ct)).TotalCount);
        Assert.Equal([B.Statement], Ids(await store.QueryEntriesAsync(
            Where(new AndFilter([new OrFilter([meeting, new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Communication)]), new FieldFilter(EntryFields.Year, FilterOperator.Gt, 2018)])), Ct)));
    }

    [SkippableFact]
    public async Task Unknown_fields_and_mismatched_operators_are_programming_errors()
    {
        var store = await StoreWithAsync(Alpha);
        Filter[] wrong =
        [
            new FieldFilter("colour", FilterOperator.Eq, "red"),
            new FieldFilter(EntryFields.Date, FilterOperator.Eq, "2017"),
            new FieldFilter(EntryFields.Title, FilterOperator.Gt, "A"),
            new FieldFilter(EntryFields.Edition, FilterOperator.Eq, "ten"),
            new ListFilter(EntryFields.Title, ListQuantifier.Some, null),
            new ListFilter(EntryFields.Countries, ListQuantifier.Some, new FieldFilter("capital", FilterOperator.Eq, "Tokyo")),
            new ObjectFilter(EntryFields.Profile, new FieldFilter(CountryFields.Code3, FilterOperator.Eq, "JPN")),
        ];

        foreach (var filter in wrong)
        {
            await Assert.ThrowsAsync<ArgumentException>(() => store.QueryEntriesAsync(Where(filter), Ct));
        }

        await Assert.ThrowsAsync<ArgumentException>(() => store.QueryEntriesAsync(Sorted(new SortField(EntryFields.Countries, SortDirection.Asc)), Ct));
    }

    // ---- sorting -------------------------------------------------------------------------------------------------------

    [SkippableFact]
    public async Task Sorts_by_date_descending_then_title_with_undated_entries_last()
    {
        var store = await StoreWithAsync(Alpha);

        var byDate = await store.QueryEntriesAsync(Sorted(new(EntryFields.Date, SortDirection.Desc), new(EntryFields.Title, SortDirection.Asc)), Ct);
        var byDateAscending = await store.QueryEntriesAsync(Sorted(new SortField(EntryFields.Date, SortDirection.Asc)), Ct);
        var byYear = await store.QueryEntriesAsync(Sorted(new(EntryFields.Year, SortDirection.Desc), new(EntryFields.Title, SortDirection.Asc)), Ct);

        string[] descending = [A.PolicyMeeting, A.Handbook, A.CertDrill, A.CybercrimeDialogue, A.InterpolOperation, A.Strategy, A.Seminar, A.CyberUniversity, A.NormsWorkshop];
        Assert.Equal(descending, Ids(byDate));
        Assert.Equal(descending.Reverse(), Ids(byDateAscending));
        Assert.Equal([A.CertDrill, A.CybercrimeDialogue, A.PolicyMeeting, A.InterpolOperation, A.Handbook, A.Strategy, A.Seminar, A.CyberUniversity, A.NormsWorkshop], Ids(byYear));
    }

    [SkippableFact]
    public async Task Sorts_enums_by_declaration_and_breaks_ties_in_source_order()
    {
        var store = await StoreWithAsync(Alpha, Beta);

        var byKind = await store.QueryEntriesAsync(Sorted(new SortField(EntryFields.Kind, SortDirection.Asc)), Ct);
        var byEdition = await store.QueryEntriesAsync(Sorted(new SortField(EntryFields.Edition, SortDirection.Desc)), Ct);
        var byDefault = await store.QueryEntriesAsync(EntryQuery.All, Ct);

        Assert.Equal(
            [A.Strategy, A.Handbook, B.Statement, B.ExpertGroup, A.PolicyMeeting, A.CybercrimeDialogue, A.Seminar, A.NormsWorkshop, A.CertDrill, A.CyberUniversity, A.InterpolOperation],
            Ids(byKind));
        Assert.Equal([A.CertDrill, A.PolicyMeeting, .. A.All.Except([A.CertDrill, A.PolicyMeeting]), B.Statement, B.ExpertGroup], Ids(byEdition));
        Assert.Equal([.. A.All, B.Statement, B.ExpertGroup], Ids(byDefault));
    }

    // ---- paging --------------------------------------------------------------------------------------------------------

    [SkippableFact]
    public async Task Pages_forward_from_an_offset()
    {
        var store = await StoreWithAsync(Alpha);

        var one = await store.QueryEntriesAsync(Paged(new Window(0, 4)), Ct);
        var two = await store.QueryEntriesAsync(Paged(new Window(4, 4)), Ct);
        var three = await store.QueryEntriesAsync(Paged(new Window(8, 4)), Ct);
        var past = await store.QueryEntriesAsync(Paged(new Window(20, 4)), Ct);
        var none = await store.QueryEntriesAsync(Paged(new Window(3, 0)), Ct);

        Assert.Equal(A.All[..4], Ids(one));
        Assert.Equal((0, 9, true, false), (one.Offset, one.TotalCount, one.HasNextPage, one.HasPreviousPage));
        Assert.Equal(A.All[4..8], Ids(two));
        Assert.Equal((4, 9, true, true), (two.Offset, two.TotalCount, two.HasNextPage, two.HasPreviousPage));
        Assert.Equal(A.All[8..], Ids(three));
        Assert.Equal((8, 9, false, true), (three.Offset, three.TotalCount, three.HasNextPage, three.HasPreviousPage));
        Assert.Empty(Ids(past));
        Assert.Equal((9, 9, false, true), (past.Offset, past.TotalCount, past.HasNextPage, past.HasPreviousPage));
        Assert.Empty(Ids(none));
        Assert.Equal((3, 9, true, true), (none.Offset, none.TotalCount, none.HasNextPage, none.HasPreviousPage));
        Assert.Equal(A.All, await PageForwardAsync(store, null, 2));
    }

    [SkippableFact]
    public async Task Pages_from_the_end_without_knowing_the_count()
    {
        var store = await StoreWithAsync(Alpha);

        var last = await store.QueryEntriesAsync(Paged(Window.Last(3)), Ct);
        var bounded = await store.QueryEntriesAsync(Paged(Window.Last(5, notBefore: 7)), Ct);
        var all = await store.QueryEntriesAsync(Paged(Window.Last(20)), Ct);
        var past = await store.QueryEntriesAsync(Paged(Window.Last(3, notBefore: 20)), Ct);

        Assert.Equal(A.All[6..], Ids(last));
        Assert.Equal((6, 9, false, true), (last.Offset, last.TotalCount, last.HasNextPage, last.HasPreviousPage));
        Assert.Equal(A.All[7..], Ids(bounded));
        Assert.Equal((7, true), (bounded.Offset, bounded.HasPreviousPage));
        Assert.Equal(A.All, Ids(all));
        Assert.Equal((0, false, false), (all.Offset, all.HasNextPage, all.HasPreviousPage));
        Assert.Empty(Ids(past));
        Assert.Equal((9, 9), (past.Offset, past.TotalCount));
        Assert.Equal(A.All, await PageBackwardAsync(store, null, 4));
    }

    [SkippableFact]
    public async Task Pages_a_filtered_sorted_list_per_node_from_the_start_and_from_the_end()
    {
        var store = await StoreWithAsync(Alpha);
        var query = new EntryQuery(
            new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting),
            [new(EntryFields.Date, SortDirection.Desc)],
            new Window(0, 2));
        var scope = EntryScope.Of(EntryScopeKind.Profile, [AlphaId]);

        var first = (await store.QueryEntriesAsync(scope, query, Ct))[AlphaId];
        var second = (await store.QueryEntriesAsync(scope, query with { Window = new Window(2, 2) }, Ct))[AlphaId];
        var last = (await store.QueryEntriesAsync(scope, query with { Window = Window.Last(3) }, Ct))[AlphaId];

        Assert.Equal([A.PolicyMeeting, A.CybercrimeDialogue], Ids(first));
        Assert.Equal([A.Seminar, A.NormsWorkshop], Ids(second));
        Assert.Equal((2, 4, false, true), (second.Offset, second.TotalCount, second.HasNextPage, second.HasPreviousPage));
        Assert.Equal([A.CybercrimeDialogue, A.Seminar, A.NormsWorkshop], Ids(last));
        Assert.Equal((1, 4, false, true), (last.Offset, last.TotalCount, last.HasNextPage, last.HasPreviousPage));
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
        await AssertNodeNotFoundAsync(store.FindPathsAsync("country:ZZ", "country:JP", 3, 5, Ct), "'country:ZZ' (from)");
        await AssertNodeNotFoundAsync(store.FindPathsAsync("country:JP", "country:ZZ", 3, 5, Ct), "'country:ZZ' (to)");
        await AssertNodeNotFoundAsync(store.FindPathsAsync("nope", "nope", 3, 5, Ct), "'nope' (from)");
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
        Assert.Equal(["Japan", "Singapore", "Thailand", "Viet Nam"], (await store.GetCountriesAsync(ListQuery.All, Ct)).Select(c => c.Name));
        Assert.Equal([Secretariat], await store.GetBodiesAsync(ListQuery.All, Ct));
        Assert.Equal([Cybercrime], await store.GetThemesAsync(ListQuery.All, Ct));
        Assert.Empty(await store.GetPlacesAsync(ListQuery.All, Ct));
        AssertEmptyPage((await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Country, ["country:KR"]), EntryQuery.All, Ct))["country:KR"]);
        await AssertNodeNotFoundAsync(store.FindPathsAsync("country:KR", Interpol.Id, 6, 5, Ct), "'country:KR' (from)");
        Assert.Single(await store.GetProfilesAsync(ListQuery.All, Ct));
    }

    [SkippableFact]
    public async Task A_second_profile_shares_countries_bodies_and_organizations()
    {
        var store = await StoreWithAsync(Alpha, Beta);

        var pages = await ByNodeAsync(store, ["country:JP", RegionalForum.Id, Interpol.Id], EntryQuery.All);

        Assert.Equal(["Alpha Forum", "Beta Council"], (await store.GetProfilesAsync(ListQuery.All, Ct)).Select(p => p.Name));
        Assert.Equal(11, (await store.QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount);
        Assert.Equal([A.Handbook, A.PolicyMeeting, A.CybercrimeDialogue, B.Statement], Ids(pages["country:JP"]));
        Assert.Equal([A.Seminar, B.Statement], Ids(pages[RegionalForum.Id]));
        Assert.Equal([A.InterpolOperation, B.ExpertGroup], Ids(pages[Interpol.Id]));
        Assert.Single(await store.GetCountriesAsync(ListQuery.All, Ct), c => c.Code == "JP");
        Assert.Equal([RegionalForum, Secretariat, BetaSecretariat], await store.GetBodiesAsync(ListQuery.All, Ct));

        await store.ImportProfileAsync(AlphaReduced, Ct);

        Assert.Equal(["Japan", "Republic of Korea", "Singapore", "Thailand", "Viet Nam"], (await store.GetCountriesAsync(ListQuery.All, Ct)).Select(c => c.Name));
        Assert.Equal([B.Statement], Ids((await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Body, [RegionalForum.Id]), EntryQuery.All, Ct))[RegionalForum.Id]));
        Assert.Empty(await store.GetPlacesAsync(ListQuery.All, Ct));
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
        var meetings = (await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Country, ["country:JP"]), Where(new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting)), Ct))["country:JP"];
        Assert.Equal([A.PolicyMeeting, A.CybercrimeDialogue], Ids(meetings));
    }

    [SkippableFact]
    public async Task Concurrent_reads_during_imports_see_whole_profiles_only()
    {
        var store = await StoreWithAsync(Alpha, Beta);
        var full = A.All.ToHashSet();
        var reduced = AlphaReduced.Entries.Select(e => e.Entry.Id).ToHashSet();
        await WhileWritingAsync(
            20,
            i => store.ImportProfileAsync(i % 2 == 0 ? AlphaReduced : Alpha, Ct),
            50,
            async () =>
            {
                // One read per scope: each must see one whole version of the profile.
                var profile = await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Profile, [AlphaId]), EntryQuery.All, Ct);
                var ids = Ids(profile[AlphaId]).ToHashSet();
                Assert.True(ids.SetEquals(full) || ids.SetEquals(reduced), $"partial profile: {string.Join(", ", ids)}");
                var pages = await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Country, ["country:KR", "country:MY"]), EntryQuery.All, Ct);
                var isFull = pages["country:KR"].TotalCount > 0;
                Assert.Equal(isFull ? 2 : 0, pages["country:KR"].TotalCount);
                Assert.Equal(isFull ? 1 : 0, pages["country:MY"].TotalCount);
            });
        Assert.Equal(A.All, Ids(await store.QueryEntriesAsync(EntryQuery.All with { Window = new Window(0, 100) }, Ct)).Take(9));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Runs <paramref name="write"/> <paramref name="writes"/> times while two readers run <paramref name="read"/> until the
    /// writes are done and each has read at least <paramref name="minReads"/> times; any failed assertion fails the test.
    /// </summary>
    protected static async Task WhileWritingAsync(int writes, Func<int, Task> write, int minReads, Func<Task> read)
    {
        using var done = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < writes; i++)
                {
                    await write(i);
                }
            }
            finally
            {
                await done.CancelAsync();
            }
        });
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var reads = 0; !done.IsCancellationRequested || reads < minReads; reads++)
            {
                await read();
            }
        })).ToArray();

        await Task.WhenAll([writer, .. readers]);
    }

    protected static EntryQuery Where(Filter filter) => new(filter, [], new Window(0, 100));

    protected static EntryQuery Sorted(params SortField[] order) => new(null, order, new Window(0, 100));

    protected static EntryQuery Paged(Window window) => new(null, [], window);

    /// <summary>Each id's entries, asked once per scope kind with every id: a scope answers the ids of its kind and an empty page for the others.</summary>
    protected static async Task<Dictionary<string, EntryPage>> ByNodeAsync(IGraphStore store, IReadOnlyList<string> ids, EntryQuery query)
    {
        var result = new Dictionary<string, EntryPage>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<EntryScopeKind>().Where(k => k != EntryScopeKind.All))
        {
            var scope = EntryScope.Of(kind, ids);
            var pages = await store.QueryEntriesAsync(scope, query, Ct);
            Assert.Equal(ids.Order(StringComparer.Ordinal), pages.Keys.Order(StringComparer.Ordinal));
            foreach (var (id, page) in pages)
            {
                if (scope.Admits(id))
                {
                    result[id] = page;
                }
                else
                {
                    AssertEmptyPage(page);
                    result.TryAdd(id, page);
                }
            }
        }

        return result;
    }

    protected static List<string> Ids(EntryPage page) => [.. page.Entries.Select(e => e.Id)];

    protected static void AssertEmptyPage(EntryPage page)
    {
        Assert.Empty(page.Entries);
        Assert.Equal((0, 0, false, false), (page.Offset, page.TotalCount, page.HasNextPage, page.HasPreviousPage));
    }

    private static void AssertNoLinks(EntryLinks links)
    {
        Assert.Empty(links.Bodies);
        Assert.Empty(links.Involvements);
        Assert.Empty(links.Places);
        Assert.Empty(links.Themes);
        Assert.Empty(links.Organizations);
    }

    private static FieldFilter Code(string code) => new(CountryFields.Code, FilterOperator.Eq, code);

    private static ListFilter CountryIs(string code) => new(EntryFields.Countries, ListQuantifier.Some, Code(code));

    private static string[] Except(params string[] ids) => [.. A.All.Except(ids)];

    private async Task AssertFilterAsync(Filter filter, string[] expected)
    {
        var store = await ReadOnlyStoreWithAsync(Alpha);
        var page = await store.QueryEntriesAsync(Where(filter), Ct);
        Assert.Equal(expected, Ids(page));
        Assert.Equal(expected.Length, page.TotalCount);
    }

    private static async Task<List<string>> PageForwardAsync(IGraphStore store, Filter? where, int size)
    {
        var ids = new List<string>();
        var offset = 0;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await store.QueryEntriesAsync(new EntryQuery(where, [], new Window(offset, size)), Ct);
            Assert.Equal(offset, page.Offset);
            ids.AddRange(Ids(page));
            if (!page.HasNextPage)
            {
                return ids;
            }

            offset += page.Entries.Count;
        }

        throw new InvalidOperationException("paging did not end");
    }

    /// <summary>From the end, then each page the size before the last one's offset (what the API asks for last/before).</summary>
    private static async Task<List<string>> PageBackwardAsync(IGraphStore store, Filter? where, int size)
    {
        var ids = new List<string>();
        var window = Window.Last(size);
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await store.QueryEntriesAsync(new EntryQuery(where, [], window), Ct);
            ids.InsertRange(0, Ids(page));
            if (!page.HasPreviousPage)
            {
                return ids;
            }

            var from = Math.Max(page.Offset - size, 0);
            window = new Window(from, page.Offset - from);
        }

        throw new InvalidOperationException("paging did not end");
    }

    /// <summary>Everything observable about a store, as text, to compare before and after a failed import.</summary>
    private static async Task<string> DescribeAsync(IGraphStore store)
    {
        var entries = await store.QueryEntriesAsync(EntryQuery.All with { Window = new Window(0, 100) }, Ct);
        var countries = await store.GetCountriesAsync(ListQuery.All, Ct);
        var bodies = await store.GetBodiesAsync(ListQuery.All, Ct);
        var places = await store.GetPlacesAsync(ListQuery.All, Ct);
        var themes = await store.GetThemesAsync(ListQuery.All, Ct);
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
                Relationships.OfCountry => (typeof(Profile), typeof(Country), false),
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
