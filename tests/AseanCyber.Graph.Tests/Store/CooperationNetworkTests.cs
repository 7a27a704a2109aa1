using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Cooperation;
using AseanCyber.Graph.Store;
using AseanCyber.Graph.Testing;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// The shared path search against the obvious one: every simple path of at most maxHops links enumerated over the whole
/// network and ranked by the same rule. Random networks with hubs and many equal strengths (where ordering ties matter),
/// read through a store that only answers GetCooperationAsync and counts its calls.
/// </summary>
public sealed class CooperationNetworkTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(5, 3)]
    [InlineData(6, 4)]
    public async Task The_level_by_level_search_finds_the_same_best_paths_as_enumerating_all(int seed, int maxHops)
    {
        var store = new NetworkStore(Network(seed, actors: 24, entries: 60));
        var ids = store.ActorIds;
        var compared = 0;
        for (var i = 0; i < 12; i++)
        {
            var from = ids[(i * 7) % ids.Count];
            var to = ids[(i * 11 + 5) % ids.Count];
            if (from == to)
            {
                continue;
            }

            store.Calls = 0;
            var found = await CooperationNetwork.FindPathsAsync(store, from, to, maxHops, null, 7, CancellationToken.None);
            var calls = store.Calls;

            var expected = await AllPathsAsync(store, from, to, maxHops);
            Assert.Equal(expected.Take(7).Select(Describe), found.Select(Describe));
            Assert.InRange(calls, 1, (maxHops + 1) / 2);
            compared += found.Count;
        }

        // At one hop a pair has at most its one link; longer paths are many.
        Assert.True(compared >= (maxHops == 1 ? 3 : 24), $"only {compared} paths compared");
    }

    [Fact]
    public async Task An_unknown_end_is_NODE_NOT_FOUND_naming_it()
    {
        var store = new NetworkStore(Network(1, actors: 5, entries: 5));

        var error = await Assert.ThrowsAsync<GraphStoreException>(
            () => CooperationNetwork.FindPathsAsync(store, "country:ZZ", "profile:p1", 2, null, 1, CancellationToken.None));

        Assert.Equal(GraphErrorCodes.NodeNotFound, error.Code);
        Assert.Equal("No actor of the graph has the id 'country:ZZ' (from).", error.Message);
    }

    private static string Describe(CooperationPath path) =>
        string.Join(" > ", path.ActorIds) + " " + path.Strength.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every simple path by depth-first enumeration over every actor's links, ranked strongest, shortest, then ids.</summary>
    private static async Task<List<CooperationPath>> AllPathsAsync(NetworkStore store, string from, string to, int maxHops)
    {
        var all = await store.GetCooperationAsync(store.ActorIds, null, CancellationToken.None);
        var links = all.Values.ToDictionary(
            a => a.ActorId, a => CooperationNetwork.Links(a, includeDirect: true).ToDictionary(l => l.ToId, StringComparer.Ordinal), StringComparer.Ordinal);
        var paths = new List<CooperationPath>();
        Walk([from], [], 1.0);
        return [.. paths
            .OrderByDescending(p => p.Strength)
            .ThenBy(p => p.Links.Count)
            .ThenBy(p => string.Join("\u0000", p.ActorIds), StringComparer.Ordinal)];

        void Walk(List<string> ids, List<CooperationLink> path, double strength)
        {
            if (ids[^1] == to)
            {
                paths.Add(new CooperationPath([.. ids], [.. path], strength));
                return;
            }

            if (path.Count == maxHops)
            {
                return;
            }

            foreach (var (next, link) in links[ids[^1]])
            {
                if (!ids.Contains(next))
                {
                    ids.Add(next);
                    path.Add(link);
                    Walk(ids, path, strength * link.Strength);
                    ids.RemoveAt(ids.Count - 1);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }
    }

    /// <summary>Entries each tying two to four actors with random evidence; a few memberships; two hubs in many entries.</summary>
    private static List<(string EntryId, int Year, List<(string ActorId, Evidence Evidence)> Actors)> Network(int seed, int actors, int entries)
    {
        var random = new Random(seed);
        string Actor(int i) => (i % 3) switch
        {
            0 => $"country:C{i:D2}",
            1 => $"profile:p{i}",
            _ => $"body:b{i}",
        };
        Evidence[] kinds = [Evidence.Partner, Evidence.Issuer, Evidence.Host, Evidence.Owner, Evidence.Venue, Evidence.Mention];
        var result = new List<(string, int, List<(string, Evidence)>)>();
        for (var e = 0; e < entries; e++)
        {
            var tied = new List<(string, Evidence)>();
            var count = 2 + random.Next(3);
            while (tied.Count < count)
            {
                var i = random.Next(4) == 0 ? random.Next(2) : random.Next(actors);
                var id = Actor(i);
                if (tied.All(t => t.Item1 != id))
                {
                    tied.Add((id, kinds[random.Next(kinds.Length)]));
                }
            }

            result.Add(($"entry:x:{e}", 2000 + random.Next(20), tied));
        }

        return result;
    }

    /// <summary>A store over hand-made entries that answers only GetCooperationAsync; membership: countries C00 and C03 in profile p1.</summary>
    private sealed class NetworkStore(List<(string EntryId, int Year, List<(string ActorId, Evidence Evidence)> Actors)> entries) : UnansweringGraphStore
    {
        public int Calls { get; set; }

        public IReadOnlyList<string> ActorIds { get; } =
            [.. entries.SelectMany(e => e.Actors.Select(a => a.ActorId)).Distinct().Order(StringComparer.Ordinal)];

        public override Task<IReadOnlyDictionary<string, ActorLinks>> GetCooperationAsync(IReadOnlyCollection<string> actorIds, Filter? where, CancellationToken cancellationToken)
        {
            Calls++;
            var result = new Dictionary<string, ActorLinks>(StringComparer.Ordinal);
            foreach (var actorId in actorIds.Where(ActorIds.Contains))
            {
                var shared = entries
                    .Where(e => e.Actors.Any(a => a.ActorId == actorId))
                    .SelectMany(e => e.Actors.Where(a => a.ActorId != actorId).Select(a =>
                        new SharedEntry(a.ActorId, e.EntryId, e.Year, e.Actors.First(x => x.ActorId == actorId).Evidence, a.Evidence)))
                    .ToList();
                var direct = actorId switch
                {
                    "country:C00" or "country:C03" => [new DirectLink("profile:p1", DirectLinkKind.Membership)],
                    "profile:p1" => new List<DirectLink> { new("country:C00", DirectLinkKind.Membership), new("country:C03", DirectLinkKind.Membership) },
                    _ => [],
                };
                result[actorId] = new ActorLinks(actorId, shared, direct);
            }

            return Task.FromResult<IReadOnlyDictionary<string, ActorLinks>>(result);
        }
    }
}
