using AseanCyber.Graph.Store;
using static AseanCyber.Graph.Tests.Store.Fixtures;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// connections ranks by evidence on every adapter: strength (the product of the hops' weights, <see cref="HopWeights"/>),
/// then fewer hops, then ids; paths through a shared profile or theme come last; 'via' restricts the relationships;
/// an unknown end is NODE_NOT_FOUND; a country id matches by code in any case.
/// </summary>
public abstract partial class GraphStoreContract
{
    private const int Digits = 12;

    [SkippableFact]
    public async Task Seed_Korea_to_INTERPOL_starts_with_the_partner_entry_and_no_path_rests_on_a_generic_theme_word()
    {
        var store = await CreateSeededStoreAsync();

        var paths = await store.FindPathsAsync("country:KR", "organization:interpol", 6, 20, Ct);

        Assert.Equal(20, paths.Count);
        Assert.All(paths, AssertExplained);
        AssertRanked(paths);
        var best = paths[0];
        Assert.Equal(
            ["country:KR", "entry:asean:asean-cyber-university-project", "profile:asean", "entry:asean:interpol-led-cybercrime-operation-across-asean", "organization:interpol"],
            best.Nodes.Select(n => n.Id));
        Assert.Equal("PARTNER: ROK", best.Steps[0].Evidence);
        Assert.Equal([HopWeights.Partner, HopWeights.InProfile, HopWeights.InProfile, HopWeights.Mentions], best.Steps.Select(s => s.Permille));
        Assert.Equal(0.045, best.Strength, Digits);
        Assert.DoesNotContain(best.Steps, s => s.Relationship == Relationships.About);

        // The seminar in Seoul matched Threat Intelligence on the one word "Threats": no longer a theme link.
        Assert.DoesNotContain(paths.SelectMany(p => p.Steps), s => s.Relationship == Relationships.About && s.Evidence is "Threats" or "weak: Threats");
        AssertThemesLast(paths);
        Assert.Contains(paths, p => p.Steps.Any(s => s.Relationship == Relationships.About));
    }

    [SkippableFact]
    public async Task Japan_to_INTERPOL_ranks_membership_then_shared_profiles_and_the_theme_path_last()
    {
        var store = await StoreWithAsync(Alpha, Beta);

        var paths = await store.FindPathsAsync("country:JP", Interpol.Id, 4, 10, Ct);

        Assert.All(paths, AssertExplained);
        AssertRanked(paths);
        Assert.Equal(
            [
                ["country:JP", BetaId, B.ExpertGroup, Interpol.Id],
                ["country:JP", A.CybercrimeDialogue, AlphaId, A.InterpolOperation, Interpol.Id],
                ["country:JP", A.PolicyMeeting, AlphaId, A.InterpolOperation, Interpol.Id],
                ["country:JP", A.Handbook, AlphaId, A.InterpolOperation, Interpol.Id],
                ["country:JP", B.Statement, BetaId, B.ExpertGroup, Interpol.Id],
                ["country:JP", A.CybercrimeDialogue, Cybercrime.Id, A.InterpolOperation, Interpol.Id],
            ],
            paths.Select(p => p.Nodes.Select(n => n.Id).ToArray()));
        // Member 0.5 x shared profile 0.3 x mention 0.5; partner 1 x 0.3 x 0.3 x 0.5; host 0.9 x 0.3 x 0.3 x 0.5; partner 1 x
        // theme 0.1 x 0.8 twice x 0.5: the theme path is as short as the profile paths but weakest.
        double[] expected = [0.075, 0.045, 0.045, 0.045, 0.0405, 0.0032];
        Assert.All(expected.Zip(paths), pair => Assert.Equal(pair.First, pair.Second.Strength, Digits));
        Assert.Equal([1.0, 0.08, 0.08, 0.5], paths[^1].Steps.Select(s => s.Weight));
        Assert.Equal("cybercrime", paths[^1].Steps[1].Evidence);
    }

    [SkippableFact]
    public async Task A_weak_theme_link_weighs_by_its_confidence_and_says_it_is_weak()
    {
        var store = await StoreWithAsync(Alpha);

        var step = Assert.Single(Assert.Single(await store.FindPathsAsync(A.CyberUniversity, CapacityBuilding.Id, 1, 5, Ct)).Steps);

        Assert.Equal((Relationships.About, "weak: education, courses"), (step.Relationship, step.Evidence));
        Assert.Equal(51, step.Permille);
        var links = (await store.GetEntryLinksAsync([A.CyberUniversity, A.Seminar], Ct));
        Assert.Equal(Alpha.Entries.Single(e => e.Entry.Id == A.CyberUniversity).Links.Themes, links[A.CyberUniversity].Themes);
        var seminar = Assert.Single(links[A.Seminar].Themes);
        Assert.Equal(["confidence-building measures", "CBM"], seminar.Terms);
        Assert.Equal((0.94, false), (seminar.Confidence, seminar.Weak));
    }

    [SkippableFact]
    public async Task Via_keeps_paths_to_the_relationships_named()
    {
        var store = await StoreWithAsync(Alpha, Beta);

        var noProfiles = await store.FindPathsAsync(
            new PathQuery("country:JP", Interpol.Id, 4, 10) { Via = new HashSet<LinkKind> { LinkKind.Involves, LinkKind.About, LinkKind.Mentions } }, Ct);
        var membership = await store.FindPathsAsync(
            new PathQuery("country:KR", BetaId, 3, 10) { Via = new HashSet<LinkKind> { LinkKind.MemberOf } }, Ct);
        var none = await store.FindPathsAsync(
            new PathQuery("country:JP", Interpol.Id, 4, 10) { Via = new HashSet<LinkKind> { LinkKind.HeldIn, LinkKind.In } }, Ct);

        Assert.Equal(
            [["country:JP", A.CybercrimeDialogue, Cybercrime.Id, A.InterpolOperation, Interpol.Id]],
            noProfiles.Select(p => p.Nodes.Select(n => n.Id).ToArray()));
        var direct = Assert.Single(membership);
        Assert.Equal((Relationships.MemberOf, true), (Assert.Single(direct.Steps).Relationship, direct.Steps[0].Forward));
        Assert.Empty(none);
    }

    [SkippableFact]
    public async Task Seed_via_without_profiles_finds_theme_paths_only_through_the_kinds_named()
    {
        var store = await CreateSeededStoreAsync();
        LinkKind[] via = [LinkKind.Involves, LinkKind.About, LinkKind.Mentions];

        var paths = await store.FindPathsAsync(new PathQuery("country:KR", "organization:interpol", 6, 5) { Via = via.ToHashSet() }, Ct);

        Assert.NotEmpty(paths);
        AssertRanked(paths);
        Assert.All(paths.SelectMany(p => p.Steps), s => Assert.Contains(s.Relationship, via.Select(LinkKinds.TypeOf)));
        Assert.All(paths, p => Assert.Contains(p.Steps, s => s.Relationship == Relationships.About));
    }

    [SkippableFact]
    public async Task Either_unknown_end_is_NODE_NOT_FOUND()
    {
        var store = await StoreWithAsync(Alpha);

        await AssertNodeNotFoundAsync(store.FindPathsAsync("country:KR", "organization:nope", 4, 5, Ct), "'organization:nope' (to)");
        await AssertNodeNotFoundAsync(store.FindPathsAsync("profile:nope", Interpol.Id, 4, 5, Ct), "'profile:nope' (from)");
        await AssertNodeNotFoundAsync(store.FindPathsAsync("country:xx", "country:JP", 2, 5, Ct), "'country:xx' (from)");
        await AssertNodeNotFoundAsync(
            store.FindPathsAsync(new PathQuery("country:KR", "theme:nope", 4, 5) { Via = new HashSet<LinkKind> { LinkKind.In } }, Ct), "'theme:nope' (to)");

        // A known pair with no path is no error: an empty answer.
        Assert.Empty(await store.FindPathsAsync("country:TH", "country:JP", 1, 5, Ct));
    }

    [SkippableFact]
    public async Task An_id_matches_in_any_case_and_a_country_by_alpha_2_or_alpha_3()
    {
        var store = await StoreWithAsync(Alpha);
        var expected = Ids(await store.FindPathsAsync("country:KR", Interpol.Id, 5, 10, Ct));

        foreach (var spelling in new[] { "country:kr", "Country:Kr", "country:KOR", "COUNTRY:kor" })
        {
            Assert.Equal(expected, Ids(await store.FindPathsAsync(spelling, Interpol.Id, 5, 10, Ct)));
        }

        var self = Assert.Single(await store.FindPathsAsync("country:jpn", "country:jp", 3, 5, Ct));
        Assert.Equal(Japan, Assert.Single(self.Nodes));
        var reversed = await store.FindPathsAsync(Interpol.Id, "country:kr", 5, 10, Ct);
        Assert.Equal("country:KR", reversed[0].Nodes[^1].Id);

        // Slug keys are lower case, so they match in any case too; an id that is no node is still not found, as spelt.
        Assert.Equal(expected, Ids(await store.FindPathsAsync("country:KR", "Organization:INTERPOL", 5, 10, Ct)));
        await AssertNodeNotFoundAsync(store.FindPathsAsync("country:KR", "organization:INTERPOLE", 4, 5, Ct), "'organization:INTERPOLE' (to)");

        static string[][] Ids(IReadOnlyList<GraphPath> paths) => [.. paths.Select(p => p.Nodes.Select(n => n.Id).ToArray())];
    }

    private static async Task AssertNodeNotFoundAsync(Task<IReadOnlyList<GraphPath>> find, string which)
    {
        var error = await Assert.ThrowsAsync<GraphStoreException>(() => find);
        Assert.Equal(GraphErrorCodes.NodeNotFound, error.Code);
        Assert.Equal($"No node of the graph has the id {which}.", error.Message);
    }

    /// <summary>Strongest first; equal strengths shorter first, then by node ids; 'strength' is the product of the steps' weights.</summary>
    private static void AssertRanked(IReadOnlyList<GraphPath> paths)
    {
        for (var i = 1; i < paths.Count; i++)
        {
            var (a, b) = (paths[i - 1], paths[i]);
            Assert.True(
                a.Strength > b.Strength || (a.Strength == b.Strength && (a.Length < b.Length || (a.Length == b.Length
                    && string.CompareOrdinal(string.Join('\n', a.Nodes.Select(n => n.Id)), string.Join('\n', b.Nodes.Select(n => n.Id))) < 0))),
                $"path {i} ranks after path {i + 1}");
        }

        Assert.All(paths, p => Assert.Equal(p.Steps.Aggregate(1.0, (s, step) => s * step.Weight), p.Strength, Digits));
        Assert.All(paths, p => Assert.InRange(p.Strength, double.Epsilon, 1));
    }

    /// <summary>No path through a theme ranks before one that needs no theme.</summary>
    private static void AssertThemesLast(IReadOnlyList<GraphPath> paths)
    {
        var themed = paths.Select(p => p.Steps.Any(s => s.Relationship == Relationships.About)).ToList();
        Assert.Equal(themed.Order(), themed);
    }
}
