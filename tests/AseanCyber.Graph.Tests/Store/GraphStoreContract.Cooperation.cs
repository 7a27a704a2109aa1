using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Querying.Cooperation;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// The cooperation network on every adapter: what <see cref="IGraphStore.GetCooperationAsync"/> answers, read through
/// the shared <see cref="CooperationNetwork"/> as the API reads it, and the entries two actors share as a scope.
/// Expected numbers are worked by hand from the seed's links (README, "Cooperation") and design-11's weights.
/// </summary>
public abstract partial class GraphStoreContract
{
    private const string Asean = "profile:asean";
    private const string UniversityProject = "entry:asean:asean-cyber-university-project";
    private const string SeoulSeminar = "entry:asean:seminar-on-confidence-building-measures-in-cyberspace";
    private const string InterpolOperation = "entry:asean:interpol-led-cybercrime-operation-across-asean";

    private static readonly Filter MeetingsSince2015 = new AndFilter([
        new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting),
        new FieldFilter(EntryFields.Year, FilterOperator.Gte, 2015),
    ]);

    private static async Task<IReadOnlyList<CooperationLink>> PartnersAsync(IGraphStore store, string actorId, Filter? where = null)
    {
        var answer = await store.GetCooperationAsync([actorId], where, Ct);
        return CooperationNetwork.Partners(answer[actorId]);
    }

    [SkippableFact]
    public async Task Seed_Japan_cooperates_first_with_ASEAN_through_its_7_entries()
    {
        var store = await CreateSeededStoreAsync();

        var partners = await PartnersAsync(store, "country:JP");

        var asean = partners[0];
        Assert.Equal((Asean, 7), (asean.ToId, asean.Count));
        Assert.Equal(CooperationLinkKind.SharedEntries, asean.Kind);
        Assert.Equal([InvolvementRole.Partner], asean.Roles);
        Assert.Equal((2012, 2018), (asean.FirstYear, asean.LastYear));

        // Japan is PARTNER (1.0) in each, ASEAN owns each (0.8): seven entries of weight 0.8, each counting half
        // (EntryConfidence): 1 - (1 - 0.4)^7.
        Assert.All(asean.Entries, e => Assert.Equal((0.8, Evidence.Partner, Evidence.Owner), (e.Weight, e.From, e.To)));
        Assert.Equal(1 - Math.Pow(0.6, 7), asean.Strength, 12);

        // The rest, one entry each, the weaker side deciding: VNCERT ran the drill (1.0, as Japan's 1.0), Thailand and
        // Viet Nam host (0.9), Malaysia is the dialogue's venue (0.6); each weight counts half.
        var rest = partners.Skip(1).Select(p => (p.ToId, p.Count, Math.Round(p.Strength, 9))).ToList();
        Assert.Equal(
            [("body:asean:vncert", 1, 0.5), ("country:TH", 1, 0.45), ("country:VN", 1, 0.45), ("country:MY", 1, 0.3)],
            rest);
        Assert.Equal([InvolvementRole.Host], partners.Single(p => p.ToId == "country:VN").Roles);
    }

    [SkippableFact]
    public async Task Seed_where_restricts_the_entries_that_count_to_meetings_since_2015()
    {
        var store = await CreateSeededStoreAsync();

        var partners = await PartnersAsync(store, "country:JP", MeetingsSince2015);

        // The 10th information security policy meeting (2017-10) and the 2nd cybercrime dialogue (2017-03), the latter in Kuala Lumpur.
        Assert.Equal([(Asean, 2), ("country:MY", 1)], partners.Select(p => (p.ToId, p.Count)));
        // Equal weights and years: by id.
        Assert.Equal(
            ["entry:asean:asean-japan-2nd-cybercrime-dialogue", "entry:asean:asean-japan-information-security-policy-meetings-10th-edition-to"],
            partners[0].Entries.Select(e => e.EntryId));
        Assert.Equal((2017, 2017), (partners[0].FirstYear, partners[0].LastYear));

        var shared = await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Shared, [EntryScope.SharedKey("country:JP", Asean)]), Where(MeetingsSince2015), Ct);
        Assert.Equal(2, shared[EntryScope.SharedKey("country:JP", Asean)].TotalCount);
    }

    [SkippableFact]
    public async Task Seed_the_shared_scope_holds_the_entries_of_a_cooperation_in_the_default_order_from_either_side()
    {
        var store = await CreateSeededStoreAsync();
        var jpAsean = EntryScope.SharedKey("country:JP", Asean);
        var aseanJp = EntryScope.SharedKey(Asean, "country:JP");
        var krAsean = EntryScope.SharedKey("country:KR", Asean);
        var krInterpol = EntryScope.SharedKey("country:KR", "organization:interpol");
        var themePair = EntryScope.SharedKey("country:JP", "theme:cybercrime");

        var pages = await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Shared, [jpAsean, aseanJp, krAsean, krInterpol, themePair]), Paged(new Window(0, 3)), Ct);

        Assert.Equal((7, 3, true), (pages[jpAsean].TotalCount, pages[jpAsean].Entries.Count, pages[jpAsean].HasNextPage));
        Assert.Equal(pages[jpAsean].Entries.Select(e => e.Id), pages[aseanJp].Entries.Select(e => e.Id));
        Assert.Equal(
            ["entry:asean:japan-asean-cybersecurity-policy-handbook", "entry:asean:ciip-guidelines-9th-asean-japan-information-security-policy"],
            pages[jpAsean].Entries.Take(2).Select(e => e.Id));
        Assert.Equal([SeoulSeminar, UniversityProject], pages[krAsean].Entries.Select(e => e.Id));
        Assert.Same(EntryPage.Empty, pages[krInterpol]);
        Assert.Same(EntryPage.Empty, pages[themePair]);

        // The scope agrees with the partners' entries.
        var partners = await PartnersAsync(store, "country:KR");
        Assert.Equal([UniversityProject, SeoulSeminar], partners.Single(p => p.ToId == Asean).Entries.Select(e => e.EntryId).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Seed_Korea_reaches_INTERPOL_first_through_ASEAN_each_link_explained_by_its_entries()
    {
        var store = await CreateSeededStoreAsync();

        var paths = await CooperationNetwork.FindPathsAsync(store, "country:KR", "organization:interpol", 3, null, 5, Ct);

        var best = paths[0];
        Assert.Equal(["country:KR", Asean, "organization:interpol"], best.ActorIds);
        Assert.Equal([InterpolOperation], best.Links[1].Entries.Select(e => e.EntryId));

        // KR-ASEAN: the project (partner 1.0, owner 0.8 -> 0.8) and the seminar (venue 0.6), each counting half:
        // 1 - 0.6 * 0.7 = 0.58; ASEAN-INTERPOL: mention 0.5, half of it 0.25. The path: 0.145.
        Assert.Equal(0.58, best.Links[0].Strength, 12);
        Assert.Equal(0.25, best.Links[1].Strength, 12);
        Assert.Equal(0.145, best.Strength, 12);
        Assert.Equal([UniversityProject, SeoulSeminar], best.Links[0].Entries.Select(e => e.EntryId));
        Assert.Equal((Evidence.Owner, Evidence.Mention), (best.Links[1].Entries[0].From, best.Links[1].Entries[0].To));

        // Every path joins actors only, simple, strongest first.
        Assert.All(paths, p => Assert.All(p.ActorIds, id => Assert.True(CooperationActors.IsActorId(id), id)));
        Assert.All(paths, p => Assert.Equal(p.ActorIds.Count, p.ActorIds.Distinct().Count()));
        Assert.Equal(paths.Select(p => p.Strength).OrderDescending(), paths.Select(p => p.Strength));
        Assert.All(paths.Skip(1), p => Assert.True(p.Links.Count > 2 || p.Strength < best.Strength));
    }

    [SkippableFact]
    public async Task Seed_membership_is_a_link_of_paths_without_entries_and_never_a_partner()
    {
        var store = await CreateSeededStoreAsync();

        // Lao PDR is a member of ASEAN and in none of its entries.
        Assert.Empty(await PartnersAsync(store, "country:LA"));
        var answer = await store.GetCooperationAsync(["country:LA"], null, Ct);
        Assert.Equal([new DirectLink(Asean, DirectLinkKind.Membership)], answer["country:LA"].Direct);

        var path = (await CooperationNetwork.FindPathsAsync(store, "country:LA", "country:JP", 2, null, 5, Ct))[0];

        Assert.Equal(["country:LA", Asean, "country:JP"], path.ActorIds);
        Assert.Equal((CooperationLinkKind.Membership, 0, 0.5), (path.Links[0].Kind, path.Links[0].Count, path.Links[0].Strength));
        Assert.Equal(CooperationLinkKind.SharedEntries, path.Links[1].Kind);
    }

    [SkippableFact]
    public async Task Seed_a_member_with_entries_keeps_membership_as_one_more_piece_of_evidence_on_its_path_link()
    {
        var store = await CreateSeededStoreAsync();

        var path = (await CooperationNetwork.FindPathsAsync(store, "country:MY", Asean, 1, null, 5, Ct)).Single();

        // The dialogue held in Kuala Lumpur (venue 0.6, half of it counting) and membership (0.5): 1 - 0.7 * 0.5.
        var link = Assert.Single(path.Links);
        Assert.Equal((1, CooperationLinkKind.SharedEntries), (link.Count, link.Kind));
        Assert.Equal([CooperationLinkKind.SharedEntries, CooperationLinkKind.Membership], link.Kinds);
        Assert.Equal(0.65, link.Strength, 12);
        Assert.Equal(0.3, (await PartnersAsync(store, "country:MY")).Single(p => p.ToId == Asean).Strength, 12);
    }

    [SkippableFact]
    public async Task Seed_unknown_and_non_actor_ids_have_no_cooperation_and_paths_between_them_are_refused()
    {
        var store = await CreateSeededStoreAsync();

        var answer = await store.GetCooperationAsync(["country:ZZ", "theme:cybercrime", "place:seoul", InterpolOperation, "nonsense", "country:KR"], null, Ct);

        Assert.Equal(["country:KR"], answer.Keys);
        var error = await Assert.ThrowsAsync<GraphStoreException>(
            () => CooperationNetwork.FindPathsAsync(store, "country:KR", "organization:nowhere", 3, null, 5, Ct));
        Assert.Equal(GraphErrorCodes.NodeNotFound, error.Code);
        Assert.Contains("'organization:nowhere' (to)", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_state_profile_and_its_own_country_are_two_actors_joined_directly()
    {
        var store = await CreateSeededStoreAsync();
        await store.ImportProfileAsync(ThailandPage, Ct);

        var answer = await store.GetCooperationAsync([ThailandProfileId, "country:TH"], null, Ct);

        Assert.Contains(new DirectLink("country:TH", DirectLinkKind.StateCountry), answer[ThailandProfileId].Direct);
        Assert.Contains(new DirectLink(ThailandProfileId, DirectLinkKind.StateCountry), answer["country:TH"].Direct);
        var link = Assert.Single((await CooperationNetwork.FindPathsAsync(store, ThailandProfileId, "country:TH", 1, null, 1, Ct)).Single().Links);
        Assert.Contains(CooperationLinkKind.StateCountry, link.Kinds);
        Assert.Equal(1.0, link.Strength, 12);
    }
}
