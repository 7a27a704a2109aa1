using System.Text;
using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// The incremental snapshot against the definition: after any sequence of batches, the graph is the one built at once
/// from the documents it holds (naming, orphans, lists, entry lists per node, links and paths), and every snapshot a
/// reader held before a batch is unchanged by it.
/// </summary>
public sealed class GraphSnapshotTests
{
    private static readonly Country[] Countries =
    [
        new("JP", "JPN", "Japan"), new("KR", "KOR", "Republic of Korea"), new("TH", "THA", "Thailand"),
        new("VN", "VNM", "Viet Nam"), new("SG", "SGP", "Singapore"),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Any_sequence_of_batches_gives_the_graph_built_at_once_from_the_same_documents(int seed)
    {
        var random = new Random(seed);
        var versions = Enumerable.Range(0, 6).Select(p => Enumerable.Range(0, 3).Select(v => Synthetic(p, v, random)).ToArray()).ToArray();
        var held = new Dictionary<string, ProfileDocument>(StringComparer.Ordinal);
        var snapshot = GraphSnapshot.Empty;
        for (var step = 0; step < 25; step++)
        {
            var before = snapshot;
            var beforeDump = Dump(before, versions);
            var batch = snapshot.Edit();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var document = versions[random.Next(versions.Length)][random.Next(3)];
                batch.Add(document);
                held[document.Profile.Id] = document;
            }

            snapshot = batch.Commit();

            Assert.Equal(Dump(GraphSnapshot.Build(held.Values), versions), Dump(snapshot, versions));
            Assert.Equal(beforeDump, Dump(before, versions));
        }
    }

    [Fact]
    public void A_shared_node_is_named_by_the_first_profile_in_id_order_whatever_the_import_order()
    {
        var late = Named("profile:a", new Body("body:forum", "Forum (as A spells it)"), new Place("place:x", "X", Countries[0]));
        var early = Named("profile:b", new Body("body:forum", "FORUM"), new Place("place:x", "X", Countries[1]));

        var snapshot = GraphSnapshot.Empty.With(early).With(late);

        Assert.Equal("Forum (as A spells it)", Assert.IsType<Body>(snapshot.Node("body:forum")).Name);
        Assert.Equal("JP", Assert.IsType<Place>(snapshot.Node("place:x")).Country!.Code);
        Assert.Same(snapshot.Node("body:forum"), snapshot.Entry("entry:b:e")!.Links.Bodies[0].Body);
        Assert.Equal(["entry:a:e", "entry:b:e"], snapshot.EntriesOf("country:JP").Select(r => r.Entry.Id));
        Assert.Empty(snapshot.EntriesOf("country:KR"));
        Assert.Null(snapshot.Node("country:KR"));

        var renamed = snapshot.With(Named("profile:a", new Body("body:other", "Other"), new Place("place:y", "Y", Countries[2])));

        Assert.Equal("FORUM", Assert.IsType<Body>(renamed.Node("body:forum")).Name);
        Assert.Equal("KR", Assert.IsType<Place>(renamed.Node("place:x")).Country!.Code);
        Assert.Same(renamed.Node("body:forum"), renamed.Entry("entry:b:e")!.Links.Bodies[0].Body);
        Assert.Equal(["entry:b:e"], renamed.EntriesOf("country:KR").Select(r => r.Entry.Id));
        Assert.Null(renamed.Node("country:JP"));
        Assert.Equal("Forum (as A spells it)", Assert.IsType<Body>(snapshot.Node("body:forum")).Name);
    }

    [Fact]
    public void A_page_that_contradicts_the_graph_is_refused_by_prepare_and_changes_nothing()
    {
        var a = Named("profile:a", new Body("body:forum", "Forum"), new Place("place:x", "X", Countries[0]));
        var batch = GraphSnapshot.Empty.With(a).Edit();
        var taken = Named("profile:b", new Body("body:b", "B"), new Place("place:y", "Y", Countries[1]));
        taken = taken with { Entries = [taken.Entries[0] with { Entry = taken.Entries[0].Entry with { Id = "entry:a:e" } }] };
        var clash = Named("profile:c", new Body("place:x", "Not a place"), new Place("place:z", "Z", Countries[1]));

        var e1 = Assert.Throws<GraphStoreException>(() => batch.Prepare(taken));
        var e2 = Assert.Throws<GraphStoreException>(() => batch.Prepare(clash));

        Assert.Contains("entry id entry:a:e is used by two profiles", e1.Message, StringComparison.Ordinal);
        Assert.Contains("names both a Place and a Body", e2.Message, StringComparison.Ordinal);
        Assert.Equal(0, batch.Count);
        Assert.Single(batch.Commit().Profiles);
    }

    private static ProfileDocument Named(string profileId, Body body, Place place)
    {
        var key = NodeIds.ProfileKey(profileId);
        var profile = new Profile(profileId, key.ToUpperInvariant(), null, null, key + ".txt", []);
        var entry = new Entry($"entry:{key}:e", profileId, EntryKind.Meeting, "Cooperation", "Meetings", "E", null, null, null, null, [], [], new SourceSpan(key + ".txt", 3, 4));
        return new ProfileDocument(profile, [new ImportedEntry(entry, new EntryLinks([new BodyLink(body, body.Name, 4)], [], [new PlaceLink(place, place.Name, 3)], [], []))], [], key);
    }

    /// <summary>Profile <paramref name="p"/>, version <paramref name="v"/>: entries drawn from shared pools, some spelled its own way.</summary>
    private static ProfileDocument Synthetic(int p, int v, Random random)
    {
        var id = $"profile:p{p}";
        var members = Countries.Where(_ => random.Next(3) == 0).ToArray();
        var profile = new Profile(id, $"Profile {p}", null, $"v{v}", $"p{p}.txt", members)
        {
            Country = random.Next(3) == 0 ? Countries[random.Next(Countries.Length)] : null,
        };
        var entries = new List<ImportedEntry>();
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            var entryId = random.Next(4) == 0 ? $"entry:p{p}:shared-{i}" : $"entry:p{p}:v{v}-{i}";
            var entry = new Entry(entryId, id, (EntryKind)random.Next(10), "Cooperation", "Meetings", $"Entry {p}.{v}.{i}", null, null, null, null, [], [],
                new SourceSpan(profile.Document, 10 - i, 11 - i));
            var links = new EntryLinks(
                Pick(random, 2, () => new BodyLink(new Body($"body:b{random.Next(4)}", $"Body {random.Next(2)}"), "by", i)),
                Pick(random, 2, () => new Involvement(Countries[random.Next(Countries.Length)], (InvolvementRole)random.Next(3), $"e{random.Next(3)}", i)),
                Pick(random, 2, () => new PlaceLink(new Place($"place:x{random.Next(3)}", "Place", random.Next(4) == 0 ? null : Countries[random.Next(Countries.Length)]), "in", i)),
                Pick(random, 2, () => new ThemeLink(new Theme($"theme:t{random.Next(3)}", $"Theme {random.Next(2)}"), ["term"], random.Next(2) == 0 ? 0.3 : 0.8, random.Next(2) == 0, i)),
                Pick(random, 1, () => new OrganizationLink(new Organization($"organization:o{random.Next(2)}", "Org", random.Next(2) == 0 ? "O" : null), "org", i)));
            entries.Add(new ImportedEntry(entry, links));
        }

        return new ProfileDocument(profile, entries, [], $"p{p} v{v}\n");
    }

    private static T[] Pick<T>(Random random, int max, Func<T> make) => [.. Enumerable.Range(0, random.Next(max + 1)).Select(_ => make())];

    /// <summary>Everything a reader can see of a snapshot, as text; links must hold the graph's own node instances.</summary>
    private static string Dump(GraphSnapshot snapshot, ProfileDocument[][] versions)
    {
        var text = new StringBuilder();
        var ids = versions.SelectMany(v => v).SelectMany(NodeIdsOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        text.AppendLine("profiles: " + string.Join(" | ", snapshot.Profiles.Select(p => $"{p.Id} {p.Name} [{string.Join(",", p.Members.Select(m => m.Id))}]")));
        text.AppendLine("entries: " + string.Join(",", snapshot.Entries.Select(r => r.Entry.Id)));
        foreach (var list in new IEnumerable<INode>[] { snapshot.Countries, snapshot.Bodies, snapshot.Themes, snapshot.Places, snapshot.Organizations })
        {
            text.AppendLine("list: " + string.Join(",", list.Select(Describe)));
        }

        foreach (var id in ids)
        {
            var node = snapshot.Node(id);
            text.Append(id).Append(" = ").Append(node is null ? "-" : Describe(node))
                .Append(" entries ").AppendLine(string.Join(",", snapshot.EntriesOf(id).Select(r => r.Entry.Id)));
            if (snapshot.Entry(id) is { } row)
            {
                var links = row.Links;
                INode[] linked = [row.Profile, .. links.Bodies.Select(l => l.Body), .. links.Involvements.Select(l => l.Country), .. links.Places.Select(l => l.Place),
                    .. links.Places.Select(l => l.Place.Country).OfType<Country>(), .. links.Themes.Select(l => l.Theme), .. links.Organizations.Select(l => l.Organization)];
                Assert.All(linked, n => Assert.Same(snapshot.Node(n.Id), n));
                Assert.All(row.Profile.Members.Append(row.Profile.Country).OfType<Country>(), c => Assert.Same(snapshot.Node(c.Id), c));
                text.AppendLine("  links " + string.Join(",", linked.Select(Describe)));
            }
        }

        foreach (var from in Countries.Select(c => c.Id))
        {
            foreach (var to in ids.Where(i => NodeIds.PrefixOf(i) is not NodeIds.EntryPrefix))
            {
                if (snapshot.Node(from) is null || snapshot.Node(to) is null)
                {
                    continue;
                }

                foreach (var path in snapshot.FindPaths(new PathQuery(from, to, 2, 20), CancellationToken.None))
                {
                    text.Append("path ").AppendLine(string.Join(" ", path.Steps.Select(s => $"{s.From.Id}-{s.Relationship}{(s.Forward ? ">" : "<")}{s.Evidence}/{s.Permille}-{s.To.Id}")));
                }
            }
        }

        return text.ToString();
    }

    private static string Describe(INode node) => node switch
    {
        Place p => $"{p.Id}:{p.Name}@{p.Country?.Id}",
        Body b => $"{b.Id}:{b.Name}",
        Theme t => $"{t.Id}:{t.Name}",
        Organization o => $"{o.Id}:{o.Name}/{o.Acronym}",
        Country c => $"{c.Id}:{c.Name}",
        Profile p => $"{p.Id}:{p.Name}:{p.LastUpdated}@{p.Country?.Id}",
        Entry e => $"{e.Id}:{e.Title}",
        _ => node.Id,
    };

    private static IEnumerable<string> NodeIdsOf(ProfileDocument document)
    {
        yield return document.Profile.Id;
        foreach (var member in document.Profile.Members)
        {
            yield return member.Id;
        }

        if (document.Profile.Country is { } own)
        {
            yield return own.Id;
        }

        foreach (var imported in document.Entries)
        {
            yield return imported.Entry.Id;
            var links = imported.Links;
            foreach (var id in links.Bodies.Select(l => l.Body.Id)
                .Concat(links.Involvements.Select(l => l.Country.Id))
                .Concat(links.Places.Select(l => l.Place.Id))
                .Concat(links.Places.Select(l => l.Place.Country?.Id).OfType<string>())
                .Concat(links.Themes.Select(l => l.Theme.Id))
                .Concat(links.Organizations.Select(l => l.Organization.Id)))
            {
                yield return id;
            }
        }
    }

    [Fact]
    public void An_import_reindexes_only_the_profiles_it_rebuilds()
    {
        var before = GraphSnapshot.Build([Fixtures.Alpha, Fixtures.Beta]);
        _ = before.Search;

        var after = before.With(Fixtures.AlphaReduced);

        Assert.Same(before.SearchSegmentOf(Fixtures.Beta.Profile.Id), after.SearchSegmentOf(Fixtures.Beta.Profile.Id));
        Assert.NotSame(before.SearchSegmentOf(Fixtures.Alpha.Profile.Id), after.SearchSegmentOf(Fixtures.Alpha.Profile.Id));
        var hits = after.Search.Search(AseanCyber.Graph.Search.SearchCompiler.ToLuceneQuery(AseanCyber.Graph.Search.SearchQuery.Parse("norms")), null);
        Assert.Equal([Fixtures.B.Statement], hits.Select(h => h.Row.Entry.Id));
    }
}
