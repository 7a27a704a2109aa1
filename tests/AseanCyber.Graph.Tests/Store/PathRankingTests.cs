using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// The embedded graph's best-first <c>connections</c> search against the definition: every simple path of at most maxHops
/// relationships enumerated over the documents' own relationships, each pair of nodes weighing as its strongest allowed
/// relationship, ranked by strength (exact, in thousandths), then fewer hops, then node ids.
/// </summary>
public sealed class PathRankingTests
{
    private static readonly Country[] Countries =
    [
        new("JP", "JPN", "Japan"), new("KR", "KOR", "Republic of Korea"), new("TH", "THA", "Thailand"),
        new("VN", "VNM", "Viet Nam"), new("SG", "SGP", "Singapore"), new("US", "USA", "United States"),
    ];

    private static readonly Place[] Places = [new("place:tokyo", "Tokyo", Countries[0]), new("place:seoul", "Seoul", Countries[1]), new("place:geneva", "Geneva", null)];
    private static readonly Body[] Bodies = [new("body:forum", "Forum"), new("body:cert", "CERT"), new("body:ministers", "Ministers")];
    private static readonly Theme[] Themes = [new("theme:cybercrime", "Cybercrime"), new("theme:capacity-building", "Capacity Building")];
    private static readonly Organization[] Organizations = [new("organization:interpol", "INTERPOL", null), new("organization:itu", "ITU", null)];

    [Theory]
    [InlineData(1, 3, false)]
    [InlineData(2, 4, false)]
    [InlineData(3, 4, true)]
    [InlineData(4, 5, false)]
    [InlineData(5, 3, true)]
    public void The_best_first_search_ranks_as_enumerating_every_simple_path(int seed, int maxHops, bool someKindsOnly)
    {
        var random = new Random(seed);
        var documents = Enumerable.Range(0, 3).Select(p => Synthetic(p, random)).ToList();
        var snapshot = GraphSnapshot.Build(documents);
        var via = someKindsOnly ? new HashSet<LinkKind> { LinkKind.Involves, LinkKind.IssuedBy, LinkKind.Mentions, LinkKind.About, LinkKind.MemberOf } : null;
        var links = Links(documents).Where(l => via is null || via.Contains(l.Kind)).ToList();
        string[] ends = ["country:JP", "country:US", "organization:interpol", "body:cert", "theme:cybercrime", "place:geneva", "profile:p1"];
        var compared = 0;
        foreach (var from in ends)
        {
            foreach (var to in ends.Where(t => t != from && snapshot.Node(t) is not null && snapshot.Node(from) is not null))
            {
                var expected = Enumerate(links, from, to, maxHops).Take(7).ToList();

                var actual = snapshot.FindPaths(new PathQuery(from, to, maxHops, 7) { Via = via }, CancellationToken.None);

                Assert.Equal(
                    expected.Select(p => $"{p.Product} {string.Join(" ", p.Nodes)}"),
                    actual.Select(p => $"{HopWeights.Rank(p.Steps.Aggregate(1L, (product, s) => product * s.Permille), p.Length)} {string.Join(" ", p.Nodes.Select(n => n.Id))}"));
                compared += expected.Count;
            }
        }

        Assert.True(compared > 20, $"only {compared} paths compared: the random graph is too sparse to test anything");
    }

    /// <summary>Every simple path by depth-first enumeration, ranked: exact strength (scaled to six hops), fewer hops, then ids.</summary>
    private static IEnumerable<(long Product, string[] Nodes)> Enumerate(List<(string A, string B, LinkKind Kind, int Permille)> links, string from, string to, int maxHops)
    {
        var best = new Dictionary<(string, string), int>();
        foreach (var (a, b, _, permille) in links)
        {
            foreach (var key in new[] { (a, b), (b, a) })
            {
                best[key] = Math.Max(best.GetValueOrDefault(key), permille);
            }
        }

        var neighbours = best.Keys.GroupBy(k => k.Item1).ToDictionary(g => g.Key, g => g.Select(k => k.Item2).ToArray(), StringComparer.Ordinal);
        var found = new List<(long Product, string[] Nodes)>();
        var path = new List<string> { from };
        Walk(from, 1L);
        return found
            .OrderByDescending(p => p.Product)
            .ThenBy(p => p.Nodes.Length)
            .ThenBy(p => p.Nodes, Comparer<string[]>.Create((x, y) =>
            {
                for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
                {
                    var c = string.CompareOrdinal(x[i], y[i]);
                    if (c != 0)
                    {
                        return c;
                    }
                }

                return x.Length.CompareTo(y.Length);
            }));

        void Walk(string node, long product)
        {
            if (node == to)
            {
                found.Add((HopWeights.Rank(product, path.Count - 1), [.. path]));
                return;
            }

            if (path.Count > maxHops || !neighbours.TryGetValue(node, out var next))
            {
                return;
            }

            foreach (var n in next.Where(n => !path.Contains(n)))
            {
                path.Add(n);
                Walk(n, product * best[(node, n)]);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>The relationships the documents store, with their weights, as the README's table gives them.</summary>
    private static IEnumerable<(string A, string B, LinkKind Kind, int Permille)> Links(List<ProfileDocument> documents)
    {
        foreach (var document in documents)
        {
            var profile = document.Profile;
            foreach (var member in profile.Members)
            {
                yield return (member.Id, profile.Id, LinkKind.MemberOf, HopWeights.MemberOf);
            }

            if (profile.Country is { } own)
            {
                yield return (profile.Id, own.Id, LinkKind.OfCountry, HopWeights.OfCountry);
            }

            foreach (var (entry, links) in document.Entries.Select(e => (e.Entry.Id, e.Links)))
            {
                yield return (entry, profile.Id, LinkKind.InProfile, HopWeights.InProfile);
                foreach (var l in links.Bodies)
                {
                    yield return (entry, l.Body.Id, LinkKind.IssuedBy, HopWeights.IssuedBy);
                }

                foreach (var l in links.Involvements)
                {
                    yield return (entry, l.Country.Id, LinkKind.Involves, HopWeights.Of(l.Role));
                }

                foreach (var l in links.Places)
                {
                    yield return (entry, l.Place.Id, LinkKind.HeldIn, HopWeights.HeldIn);
                    if (l.Place.Country is { } country)
                    {
                        yield return (l.Place.Id, country.Id, LinkKind.In, HopWeights.In);
                    }
                }

                foreach (var l in links.Themes)
                {
                    yield return (entry, l.Theme.Id, LinkKind.About, HopWeights.OfTheme(l.Confidence));
                }

                foreach (var l in links.Organizations)
                {
                    yield return (entry, l.Organization.Id, LinkKind.Mentions, HopWeights.Mentions);
                }
            }
        }
    }

    private static ProfileDocument Synthetic(int p, Random random)
    {
        var id = $"profile:p{p}";
        var members = Countries.Where(_ => random.Next(3) == 0).ToArray();
        var profile = new Profile(id, $"Profile {p}", null, null, $"p{p}.txt", members)
        {
            Country = p == 2 ? Countries[random.Next(Countries.Length)] : null,
        };
        var entries = new List<ImportedEntry>();
        for (var i = 0; i < 5; i++)
        {
            var entry = new Entry($"entry:p{p}:e{i}", id, EntryKind.Meeting, "Cooperation", "Meetings", $"Entry {p}.{i}", null, null, null, null, [], [],
                new SourceSpan(profile.Document, 10 + (i * 2), 11 + (i * 2)));
            var links = new EntryLinks(
                Pick(random, 1, Bodies, b => new BodyLink(b, b.Name, i)),
                Pick(random, 2, Countries, c => new Involvement(c, (InvolvementRole)random.Next(3), c.Name, i)),
                Pick(random, 1, Places, pl => new PlaceLink(pl, pl.Name, i)),
                Pick(random, 1, Themes, t => new ThemeLink(t, ["term"], random.Next(2) == 0 ? 0.3 : 0.8, random.Next(2) == 0, i)),
                Pick(random, 1, Organizations, o => new OrganizationLink(o, o.Name, i)));
            entries.Add(new ImportedEntry(entry, links));
        }

        return new ProfileDocument(profile, entries, [], $"p{p}\n");
    }

    /// <summary>Up to <paramref name="max"/> distinct items of <paramref name="pool"/>, each made into a link.</summary>
    private static T[] Pick<TNode, T>(Random random, int max, TNode[] pool, Func<TNode, T> make) =>
        [.. pool.OrderBy(_ => random.Next()).Take(random.Next(max + 1)).Select(make)];
}
