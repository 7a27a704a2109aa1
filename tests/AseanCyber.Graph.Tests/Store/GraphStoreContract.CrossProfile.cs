using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Querying.Cooperation;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// Cooperation across profiles: the seed's ASEAN page with two more written from the portal's layouts (Fixtures/), Japan's
/// state page (PDF layout) and the OAS page (new portal, a Member States block). Paths exist where the texts say so, and
/// only through actors.
/// </summary>
public abstract partial class GraphStoreContract
{
    private const string JapanProfileId = "profile:japan";
    private const string OasProfileId = "profile:oas";

    private static ProfileDocument JapanPage { get; } = ImportFixture("state-japan.txt");

    private static ProfileDocument OasPage { get; } = ImportFixture("igo-oas-new-portal.txt");

    private static ProfileDocument ImportFixture(string name) => new ProfileImporter(ReferenceData.Default).Import(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)), name);

    private async Task<IGraphStore> ThreeProfilesAsync()
    {
        var store = await CreateSeededStoreAsync();
        await store.ImportProfilesAsync([JapanPage, OasPage], Ct);
        return store;
    }

    [Fact]
    public void The_cross_profile_fixtures_link_what_their_texts_say()
    {
        Assert.Equal((JapanProfileId, "JP"), (JapanPage.Profile.Id, JapanPage.Profile.Country?.Code));
        Assert.Equal((OasProfileId, (string?)null), (OasPage.Profile.Id, OasPage.Profile.Country?.Code));
        Assert.Empty(JapanPage.Warnings);
        Assert.Empty(OasPage.Warnings);
        Assert.Contains("US", OasPage.Profile.Members.Select(m => m.Code));
        Assert.DoesNotContain("JP", OasPage.Profile.Members.Select(m => m.Code));

        var dialogue = JapanPage.Entries.Single(e => e.Entry.Title == "Japan-United States Cyber Dialogue").Links;
        Assert.Contains(dialogue.Involvements, i => i.Country.Code == "US");
        var workshop = OasPage.Entries.Single(e => e.Entry.Title.StartsWith("OAS-Japan", StringComparison.Ordinal)).Links;
        Assert.Contains(workshop.Involvements, i => (i.Country.Code, i.Role) == ("JP", InvolvementRole.Partner));
        var aseanMeeting = JapanPage.Entries.Single(e => e.Entry.Title.StartsWith("ASEAN-Japan", StringComparison.Ordinal)).Links;
        Assert.Contains(aseanMeeting.Organizations, o => o.Organization.Id == "organization:asean");
    }

    [SkippableFact]
    public async Task Across_profiles_Japan_s_own_profile_reaches_ASEAN_through_its_country()
    {
        var store = await ThreeProfilesAsync();

        var paths = await CooperationNetwork.FindPathsAsync(store, JapanProfileId, Asean, 3, null, 5, Ct);

        var best = paths[0];
        Assert.Equal([JapanProfileId, "country:JP", Asean], best.ActorIds);
        Assert.Equal([CooperationLinkKind.SharedEntries, CooperationLinkKind.StateCountry], best.Links[0].Kinds);
        Assert.Equal(JapanPage.Entries.Count, best.Links[0].Count);
        Assert.Equal(7, best.Links[1].Count);
        AssertActorsOnly(paths);
    }

    [SkippableFact]
    public async Task Across_profiles_Japan_and_the_United_States_cooperate_directly_and_through_the_OAS()
    {
        var store = await ThreeProfilesAsync();

        var paths = await CooperationNetwork.FindPathsAsync(store, "country:JP", "country:US", 4, null, 10, Ct);

        // Their dialogue (Japan's page) and the OAS workshop held in Washington (the OAS page): one link of two entries.
        var direct = paths[0];
        Assert.Equal(["country:JP", "country:US"], direct.ActorIds);
        Assert.Equal(
            ["entry:japan:japan-united-states-cyber-dialogue", "entry:oas:oas-japan-cybersecurity-capacity-building-workshop"],
            direct.Links[0].Entries.Select(e => e.EntryId).Order(StringComparer.Ordinal));
        Assert.Contains(paths, p => p.ActorIds.SequenceEqual(["country:JP", OasProfileId, "country:US"]));
        var viaOas = paths.First(p => p.ActorIds.SequenceEqual(["country:JP", OasProfileId, "country:US"]));
        Assert.Contains(CooperationLinkKind.Membership, viaOas.Links[1].Kinds);
        AssertActorsOnly(paths);
    }

    [SkippableFact]
    public async Task Across_profiles_ASEAN_reaches_the_OAS_through_Japan_their_common_partner()
    {
        var store = await ThreeProfilesAsync();

        var paths = await CooperationNetwork.FindPathsAsync(store, Asean, OasProfileId, 3, null, 5, Ct);

        // Japan is their only bridge in the texts. One workshop ties Japan to the OAS (0.4); Japan and the United States, an
        // OAS member with two OAS entries, are tied more strongly, so the path through both ranks first (0.50 against 0.39).
        Assert.Equal([Asean, "country:JP", "country:US", OasProfileId], paths[0].ActorIds);
        var throughJapan = paths.Single(p => p.ActorIds.SequenceEqual([Asean, "country:JP", OasProfileId]));
        Assert.Equal(["entry:oas:oas-japan-cybersecurity-capacity-building-workshop"], throughJapan.Links[1].Entries.Select(e => e.EntryId));
        Assert.Equal((1 - Math.Pow(0.6, 7)) * 0.4, throughJapan.Strength, 12);
        Assert.All(paths, p => Assert.Contains("country:JP", p.ActorIds));
        AssertActorsOnly(paths);

        // Within the OAS's own where: only its 2019 entries and ASEAN's none.
        var since2019 = new FieldFilter(EntryFields.Year, FilterOperator.Gte, 2019);
        var later = await CooperationNetwork.FindPathsAsync(store, Asean, OasProfileId, 3, since2019, 5, Ct);
        Assert.All(later, p => Assert.All(p.Links, l => Assert.All(l.Entries, e => Assert.True(e.Year >= 2019, e.EntryId))));
        Assert.DoesNotContain(later, p => p.ActorIds.SequenceEqual([Asean, "country:JP", OasProfileId]));
    }

    private static void AssertActorsOnly(IReadOnlyList<CooperationPath> paths)
    {
        Assert.NotEmpty(paths);
        Assert.All(paths, p =>
        {
            Assert.All(p.ActorIds, id => Assert.True(CooperationActors.IsActorId(id), $"{id} on {string.Join(" -> ", p.ActorIds)}"));
            Assert.Equal(p.ActorIds.Count, p.ActorIds.Distinct(StringComparer.Ordinal).Count());
            Assert.All(p.Links, l => Assert.True(l.Count > 0 || l.Direct.Count > 0));
        });
    }
}
