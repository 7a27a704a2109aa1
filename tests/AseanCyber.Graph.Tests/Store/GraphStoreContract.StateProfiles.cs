using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using static AseanCyber.Graph.Tests.Store.Fixtures;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// A state profile is linked to its own country, (:Profile)-[:OF_COUNTRY]->(:Country), on every adapter; an
/// intergovernmental organization's profile is not. The state page is a PDF-layout fixture read by the importer.
/// </summary>
public abstract partial class GraphStoreContract
{
    private const string ThailandProfileId = "profile:thailand";

    private static ProfileDocument ThailandPage { get; } = new ProfileImporter(ReferenceData.Default).Import(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "state-thailand.txt")), "state-thailand.txt");

    [Fact]
    public void The_state_fixture_is_a_state_profile_whose_entries_all_involve_its_country()
    {
        Assert.Equal((ThailandProfileId, "TH"), (ThailandPage.Profile.Id, ThailandPage.Profile.Country?.Code));
        Assert.Equal(4, ThailandPage.Entries.Count);
        Assert.All(ThailandPage.Entries, e => Assert.Contains(e.Links.Involvements, i => i.Country.Code == "TH"));
    }

    [SkippableFact]
    public async Task A_state_profile_reaches_its_country_in_one_hop_and_an_organization_has_none()
    {
        var store = await CreateSeededStoreAsync();
        await store.ImportProfileAsync(ThailandPage, Ct);

        var path = Assert.Single(await store.FindPathsAsync(ThailandProfileId, "country:TH", 1, 10, Ct));
        AssertExplained(path);
        Assert.Equal([ThailandProfileId, "country:TH"], path.Nodes.Select(n => n.Id));
        Assert.Equal((Relationships.OfCountry, true, (string?)null), (path.Steps[0].Relationship, path.Steps[0].Forward, path.Steps[0].Evidence));

        var profiles = await store.GetProfilesAsync(ListQuery.All, Ct);
        Assert.Equal(
            [("profile:asean", (string?)null), (ThailandProfileId, "TH")],
            profiles.Select(p => (p.Id, p.Country?.Code)).OrderBy(p => p.Id, StringComparer.Ordinal));
        var nodes = await store.GetNodesAsync(["profile:asean", ThailandProfileId], Ct);
        Assert.Null(Assert.IsType<Profile>(nodes["profile:asean"]).Country);
        Assert.Equal(new Country("TH", "THA", "Thailand"), Assert.IsType<Profile>(nodes[ThailandProfileId]).Country);
    }

    [SkippableFact]
    public async Task An_organization_meeting_held_in_a_state_meets_that_state_profile_in_two_hops()
    {
        var store = await CreateSeededStoreAsync();
        await store.ImportProfileAsync(ThailandPage, Ct);
        var held = await store.QueryEntriesAsync(Where(new FieldFilter(EntryFields.Title, FilterOperator.StartsWith, "Symposium: ASEAN Cyber Security")), Ct);
        var meeting = Assert.Single(held.Entries);
        Assert.Equal((EntryKind.Meeting, "profile:asean"), (meeting.Kind, meeting.ProfileId));
        var symposium = meeting.Id;

        var paths = await store.FindPathsAsync(symposium, ThailandProfileId, 2, 10, Ct);

        // entry -> country <- profile: the meeting was held in Bangkok, so it involves Thailand as a venue.
        var path = Assert.Single(paths);
        AssertExplained(path);
        Assert.Equal([symposium, "country:TH", ThailandProfileId], path.Nodes.Select(n => n.Id));
        Assert.Equal(
            [(Relationships.Involves, true), (Relationships.OfCountry, false)],
            path.Steps.Select(s => (s.Relationship, s.Forward)));
        Assert.StartsWith("VENUE: ", path.Steps[0].Evidence, StringComparison.Ordinal);
        Assert.Empty(await store.FindPathsAsync(symposium, ThailandProfileId, 1, 10, Ct));
    }

    [SkippableFact]
    public async Task Profiles_filter_by_their_own_country()
    {
        var store = await CreateSeededStoreAsync();
        await store.ImportProfileAsync(ThailandPage, Ct);

        var ofThailand = await store.GetProfilesAsync(
            new ListQuery(new ObjectFilter(ProfileFields.Country, new FieldFilter(CountryFields.Code, FilterOperator.Eq, "TH")), []), Ct);
        var ofMany = await store.GetProfilesAsync(
            new ListQuery(new ObjectFilter(ProfileFields.Country, new FieldFilter(CountryFields.Id, FilterOperator.In, new[] { "country:JP", "country:TH" })), []), Ct);

        Assert.Equal([ThailandProfileId], ofThailand.Select(p => p.Id));
        Assert.Equal([ThailandProfileId], ofMany.Select(p => p.Id));
    }

    [SkippableFact]
    public async Task A_state_profile_keeps_its_country_listed_until_it_is_imported_without_it()
    {
        var malaysia = Document(new Profile("profile:malaysia", "Malaysia", null, "2019-01", "malaysia.txt", []) { Country = Malaysia }, []);
        var store = await StoreWithAsync(malaysia);

        Assert.Equal(["country:MY"], (await store.GetCountriesAsync(ListQuery.All, Ct)).Select(c => c.Id));
        var node = Assert.IsType<Country>((await store.GetNodesAsync(["country:MY"], Ct))["country:MY"]);
        Assert.Equal(Malaysia, node);
        Assert.Equal(Relationships.OfCountry, Assert.Single(await store.FindPathsAsync("country:MY", "profile:malaysia", 3, 10, Ct)).Steps.Single().Relationship);

        // Re-published as Singapore's profile: the former country loses its only link and goes, the new one comes.
        await store.ImportProfileAsync(malaysia with { Profile = malaysia.Profile with { Country = Singapore } }, Ct);

        Assert.Equal(["country:SG"], (await store.GetCountriesAsync(ListQuery.All, Ct)).Select(c => c.Id));
        Assert.Empty(await store.GetNodesAsync(["country:MY"], Ct));
        Assert.Equal(Singapore, Assert.Single(await store.GetProfilesAsync(ListQuery.All, Ct)).Country);
    }
}
