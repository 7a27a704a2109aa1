using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using static AseanCyber.Graph.Tests.Store.Fixtures;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// <see cref="IGraphStore.ImportProfilesAsync"/>: each page all or nothing, a bad page left out with its code while the
/// others go in, pages taken in order (a later page of the same profile replaces an earlier one), readers never see half a page.
/// </summary>
public abstract partial class GraphStoreContract
{
    private const string GammaId = "profile:gamma";
    private const string GammaOwn = "entry:gamma:gamma-own-entry";

    /// <summary>A page of profile "gamma" whose second entry takes an id Alpha holds: it contradicts the graph.</summary>
    private static ProfileDocument GammaTakingAlphasEntry => Document(
        new Profile(GammaId, "Gamma Group", null, "June 2020", "gamma.txt", [Japan]),
        [
            Reassigned(Alpha.Entries[1], GammaOwn),
            Reassigned(Alpha.Entries[0], A.Strategy),
        ]);

    /// <summary>Beta re-published with its expert group only: the Regional Forum and Japan's hosting are gone from it.</summary>
    private static ProfileDocument BetaReduced => Document(Beta.Profile, [.. Beta.Entries.Where(e => e.Entry.Id == B.ExpertGroup)]);

    [SkippableFact]
    public async Task A_batch_keeps_the_good_pages_and_leaves_out_each_bad_one_with_its_code()
    {
        var store = await StoreWithAsync(Alpha);
        var noText = Beta with { Profile = Beta.Profile with { Id = "profile:delta" }, Text = " " };

        var outcomes = await store.ImportProfilesAsync([Beta, GammaTakingAlphasEntry, noText, AlphaReduced], Ct);

        Assert.Equal([BetaId, GammaId, "profile:delta", AlphaId], outcomes.Select(o => o.ProfileId));
        Assert.Equal([2, 2, 2, 3], outcomes.Select(o => o.EntryCount));
        Assert.Equal([null, "INVALID_DOCUMENT", "INVALID_DOCUMENT", null], outcomes.Select(o => o.Error?.Code));
        Assert.Equal([true, false, false, true], outcomes.Select(o => o.Succeeded));
        Assert.Contains(A.Strategy, outcomes[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(["Alpha Forum", "Beta Council"], (await store.GetProfilesAsync(ListQuery.All, Ct)).Select(p => p.Name));
        Assert.Equal([A.Strategy, A.Handbook, A.InterpolOperation, B.Statement, B.ExpertGroup], Ids(await store.QueryEntriesAsync(EntryQuery.All, Ct)));
        Assert.Empty(await store.GetNodesAsync([GammaId, GammaOwn, "profile:delta"], Ct));
        var strategy = Assert.IsType<Entry>((await store.GetNodesAsync([A.Strategy], Ct))[A.Strategy]);
        Assert.Equal(AlphaId, strategy.ProfileId);
    }

    [SkippableFact]
    public async Task A_batch_replaces_profiles_in_order_and_drops_the_nodes_nothing_links_any_more()
    {
        var store = await StoreWithAsync(Alpha, Beta);

        var outcomes = await store.ImportProfilesAsync([BetaReduced, Alpha, AlphaReduced], Ct);

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.Message));
        Assert.Equal([A.Strategy, A.Handbook, A.InterpolOperation, B.ExpertGroup], Ids(await store.QueryEntriesAsync(EntryQuery.All, Ct)));
        Assert.Equal([Secretariat, BetaSecretariat], await store.GetBodiesAsync(ListQuery.All, Ct));
        Assert.Empty(await store.GetPlacesAsync(ListQuery.All, Ct));
        Assert.Equal(["Japan", "Republic of Korea", "Singapore", "Thailand", "Viet Nam"], (await store.GetCountriesAsync(ListQuery.All, Ct)).Select(c => c.Name));
        Assert.Equal([A.InterpolOperation, B.ExpertGroup], Ids((await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Organization, [Interpol.Id]), EntryQuery.All, Ct))[Interpol.Id]));
        Assert.Empty(await store.GetNodesAsync([RegionalForum.Id, B.Statement, A.Seminar], Ct));
    }

    [SkippableFact]
    public async Task A_batch_into_an_empty_store_equals_the_same_pages_imported_one_by_one()
    {
        var batched = await CreateEmptyStoreAsync();
        var single = await StoreWithAsync(Beta, Alpha);

        var outcomes = await batched.ImportProfilesAsync([Beta, Alpha], Ct);

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(await DescribeAsync(single), await DescribeAsync(batched));
        Assert.Empty(await batched.ImportProfilesAsync([], Ct));
    }

    [SkippableFact]
    public async Task Readers_during_batches_see_each_page_whole()
    {
        var store = await StoreWithAsync(Alpha, Beta);
        var full = A.All.ToHashSet();
        var reduced = AlphaReduced.Entries.Select(e => e.Entry.Id).ToHashSet();
        await WhileWritingAsync(
            10,
            async i =>
            {
                var outcomes = await store.ImportProfilesAsync(i % 2 == 0 ? [AlphaReduced, BetaReduced] : [Alpha, Beta], Ct);
                Assert.All(outcomes, o => Assert.Null(o.Error));
            },
            30,
            async () =>
            {
                var pages = await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Profile, [AlphaId, BetaId]), EntryQuery.All, Ct);
                var alpha = Ids(pages[AlphaId]).ToHashSet();
                Assert.True(alpha.SetEquals(full) || alpha.SetEquals(reduced), $"partial profile: {string.Join(", ", alpha)}");
                Assert.Contains(pages[BetaId].TotalCount, new[] { 1, 2 });
            });
        Assert.Equal(A.All.Length + 2, (await store.QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount);
    }

    private static ImportedEntry Reassigned(ImportedEntry imported, string id) => imported with
    {
        Entry = imported.Entry with { Id = id, ProfileId = GammaId, Source = imported.Entry.Source with { Document = "gamma.txt" } },
    };
}
