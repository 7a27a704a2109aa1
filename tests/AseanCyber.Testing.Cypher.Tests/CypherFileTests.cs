using static AseanCyber.Testing.Cypher.Tests.Cy;

namespace AseanCyber.Testing.Cypher.Tests;

/// <summary>
/// The repository's cypher/*.cypher files, composed the way the adapter composes them (CypherFiles: the where marker,
/// the order region, the hop limit), parsed and executed: the import statements build a graph, the reads query it.
/// </summary>
public sealed class CypherFileTests
{
    private const string WhereMarker = "/*where*/ true";

    private static readonly string CypherFolder = Path.Combine(RepositoryRoot(), "cypher");

    public static TheoryData<string> Files() => [.. Directory.GetFiles(CypherFolder, "*.cypher").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_parses_as_written_and_composed(string name)
    {
        foreach (var statement in Statements(name))
        {
            Parser.Parse(statement);
        }

        var text = Read(name);
        if (text.Contains(WhereMarker, StringComparison.Ordinal))
        {
            var variable = name switch { "get-countries" => "c", "get-bodies" => "b", "get-profiles" or "get-places" => "p", "get-themes" => "t", "get-organizations" => "o", _ => "e" };
            Parser.Parse(Compose(name, SampleFilter(variable), [$"{variable}.name IS NULL DESC", $"{variable}.name", $"{variable}.id IS NULL", $"{variable}.id DESC"]));
        }

        if (text.Contains("/*hops*/6", StringComparison.Ordinal))
        {
            for (var hops = 1; hops <= 6; hops++)
            {
                Parser.Parse(Hops(name, hops));
            }
        }

        if (text.Contains("[/*via*/]", StringComparison.Ordinal))
        {
            Parser.Parse(text.Replace("[/*via*/]", "[:`INVOLVES`|`IN`|`ABOUT`]", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_schema_applies_twice()
    {
        var db = new InMemoryGraph();
        var first = Statements("schema").Sum(s => db.Run(s).Counters.ConstraintsAdded);
        var second = Statements("schema").Sum(s => db.Run(s).Counters.ConstraintsAdded);
        Assert.Equal(Statements("schema").Count(s => s.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)), first);
        Assert.Equal(0, second);
    }

    [Fact(Skip = "Restates the paging and path files as they were before main's neo4jrules merge (start/before/first/last, "
        + "query-entries-by-node, a path column); the current files run through the real adapter in StandInNeo4jGraphStoreContractTests.")]
    public void Imports_build_the_graph_and_reads_query_it()
    {
        var db = new InMemoryGraph();
        foreach (var s in Statements("schema"))
        {
            db.Run(s);
        }

        Assert.Equal(L(0L, 0L), Counts(db));
        Import(db, Fixture.Asean());
        Import(db, Fixture.Japan());
        Assert.Equal(L(2L, 4L), Counts(db));

        // get-profiles: members in ordinal order.
        var profiles = db.Run(Read("get-profiles"), null, CypherAccessMode.Read);
        Assert.Equal(L("ASEAN", "Japan"), profiles.Column("profile").Select(p => ((IReadOnlyDictionary<string, object?>)p!)["name"]).ToList());
        Assert.Equal(L("country:MY", "country:JP"), Ids(profiles.Rows[0][1]));

        // query-entries: total, order (profileId, firstLine, ordinal), Relay window.
        var page = Query(db, "query-entries", null, [], P(("start", 0), ("before", null), ("first", 2), ("last", null)));
        Assert.Equal(4L, page["total"]);
        Assert.Equal(L("entry:asean:a", "entry:asean:b"), Ids(page["page"]));
        var tail = Query(db, "query-entries", null, [], P(("start", 1), ("before", null), ("first", null), ("last", 2)));
        Assert.Equal(L(2L, 4L), L(tail["startAt"], tail["endAt"]));
        Assert.Equal(L("entry:asean:c", "entry:japan:x"), Ids(tail["page"]));

        // A compiled filter and sort keys spliced in, in today's style and in the plain style the compiler is moving to.
        var meetings = Query(db, "query-entries", "coalesce(e.kind = $p0, false)", ["e.year IS NULL, e.year DESC"], P(("p0", "MEETING"), ("start", 0), ("before", null), ("first", null), ("last", null)));
        Assert.Equal(L("entry:japan:x", "entry:asean:a"), Ids(meetings["page"]));
        var plain = Query(db, "query-entries", "e.kind = $p0 AND e.title_ci CONTAINS $p1", [], P(("p0", "MEETING"), ("p1", "X"), ("start", 0), ("before", null), ("first", null), ("last", null)));
        Assert.Equal(0L, plain["total"]);
        var byCountry = Query(db, "query-entries", "EXISTS { MATCH (e)-[:HELD_IN]->(:Place)-[:IN]->(x1:Country) WHERE coalesce(x1.code = $p0, false) }", [], P(("p0", "MY"), ("start", 0), ("before", null), ("first", null), ("last", null)));
        Assert.Equal(L("entry:asean:a"), Ids(byCountry["page"]));
        var noThemes = Query(db, "query-entries", "NOT (EXISTS { MATCH (e)-[:ABOUT]->(x1:Theme) })", [], P(("start", 0), ("before", null), ("first", null), ("last", null)));
        Assert.Equal(L("entry:asean:b", "entry:asean:c", "entry:japan:x"), Ids(noThemes["page"]));

        // query-entries-by-node: one row per parent with entries.
        var byNode = db.Run(
            Compose("query-entries-by-node", null, []),
            P(("nodeIds", new[] { "country:JP", "body:arf", "theme:none" }), ("start", 0), ("before", null), ("first", null), ("last", null)),
            CypherAccessMode.Read);
        Assert.Equal(L("body:arf", "country:JP"), byNode.Column("nodeId"));
        Assert.Equal(L(2L, 2L), byNode.Column("total"));
        Assert.Equal(L("entry:asean:a", "entry:japan:x"), Ids(byNode.Rows[1][4]));

        // get-entry-links: links by ordinal, with evidence, and a place's country.
        var links = db.Run(Read("get-entry-links"), P(("entryIds", new[] { "entry:asean:a", "entry:missing" })), CypherAccessMode.Read).Records.Single();
        Assert.Equal("entry:asean:a", links["entryId"]);
        var bodies = (IReadOnlyList<object?>)links["bodies"]!;
        Assert.Equal(L("ARF", "ASEAN Secretariat"), bodies.Select(b => ((CypherNode)((IReadOnlyDictionary<string, object?>)b!)["node"]!).Properties["name"]).ToList());
        var involvement = (IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)links["involvements"]!)[0]!;
        Assert.Equal("HOST", involvement["role"]);
        var place = (IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)links["places"]!)[0]!;
        Assert.Equal("country:MY", ((CypherNode)place["country"]!).Properties["id"]);

        // get-nodes: by id prefix, unknown ids absent.
        var nodes = db.Run(Read("get-nodes"), P(
            ("profileIds", new[] { "profile:asean" }),
            ("entryIds", new[] { "entry:japan:x", "entry:nope" }),
            ("countryIds", new[] { "country:KR" }),
            ("bodyIds", Array.Empty<string>()),
            ("themeIds", new[] { "theme:cybercrime" }),
            ("placeIds", new[] { "place:kl" }),
            ("organizationIds", new[] { "organization:interpol" })), CypherAccessMode.Read);
        Assert.Equal(L("profile:asean", "entry:japan:x", "country:KR", "theme:cybercrime", "place:kl", "organization:interpol"), Ids(nodes.Column("node")));
        Assert.Equal("country:MY", ((CypherNode)nodes.Records[4]["country"]!).Properties["id"]);
        Assert.Equal(L("country:MY", "country:JP"), Ids(nodes.Records[0]["members"]));

        // get-countries / get-bodies with a filter and sort keys; the plain lists by name.
        var countries = db.Run(Compose("get-countries", "coalesce(toUpper(c.name) STARTS WITH $p0, false)", ["c.code IS NULL, c.code DESC"]), P(("p0", "K")), CypherAccessMode.Read);
        Assert.Equal(L("country:KR"), Ids(countries.Column("node")));
        Assert.Equal(L("country:JP", "country:KR", "country:MY", "country:SG"), Ids(db.Run(Read("get-countries"), null, CypherAccessMode.Read).Column("node")));
        Assert.Equal(L("body:arf", "body:secretariat", "body:npa"), Ids(db.Run(Read("get-bodies"), null, CypherAccessMode.Read).Column("node")));
        Assert.Equal(L("theme:cybercrime"), Ids(db.Run(Read("get-themes"), null, CypherAccessMode.Read).Column("node")));
        Assert.Equal(L("organization:interpol"), Ids(db.Run(Read("get-organizations"), null, CypherAccessMode.Read).Column("node")));
        var places = db.Run(Read("get-places"), null, CypherAccessMode.Read);
        Assert.Equal(L("place:kl"), Ids(places.Column("node")));

        // find-paths: Korea to INTERPOL goes through the entries that mention both.
        var paths = db.Run(Hops("find-paths", 4), P(("fromId", "country:KR"), ("toId", "organization:interpol"), ("maxHops", 4), ("first", 3)), CypherAccessMode.Read);
        var first = (CypherPath)paths.Column("path")[0]!;
        Assert.Equal(L("country:KR", "entry:asean:b", "organization:interpol"), Ids(first.Nodes));
        Assert.Equal(["INVOLVES", "MENTIONS"], first.Relationships.Select(r => r.Type));
        Assert.All(paths.Column("path"), p => Assert.True(((CypherPath)p!).Relationships.Count <= 4));
        Assert.Empty(db.Run(Hops("find-paths", 1), P(("fromId", "country:KR"), ("toId", "organization:interpol"), ("maxHops", 1), ("first", 3))).Rows);

        // Re-importing ASEAN without entry c drops the body and the country only c linked; Japan's entries stay.
        Import(db, Fixture.Asean(withoutC: true));
        Assert.Equal(L(2L, 3L), Counts(db));
        Assert.Equal(L("body:arf", "body:secretariat"), Ids(db.Run(Read("get-bodies")).Column("node")));
        Assert.Equal(L("country:JP", "country:KR", "country:MY"), Ids(db.Run(Read("get-countries")).Column("node")));

        // An import that claims another profile's entry ids is refused by the conflict check.
        var conflicts = db.Run(Read("import-find-conflicts"), P(("profileId", "profile:japan"), ("entryIds", new[] { "entry:asean:a", "entry:japan:x" })));
        Assert.Equal(L("entry:asean:a"), conflicts.Column("entryId"));
    }

    private static List<object?> Counts(InMemoryGraph db) => [.. db.Run(Read("count-graph"), null, CypherAccessMode.Read).Rows[0]];

    private static IReadOnlyDictionary<string, object?> Query(InMemoryGraph db, string name, string? where, string[] order, Dictionary<string, object?> parameters) =>
        db.Run(Compose(name, where, order), parameters, CypherAccessMode.Read).Records.Single();

    private static List<object?> Ids(object? nodes) =>
        [.. ((IEnumerable<object?>)nodes!).Select(n => n is CypherNode node ? node.Properties["id"] : ((IReadOnlyDictionary<string, object?>)n!)["id"])];

    /// <summary>One import as Neo4jGraphStore.ImportProfileAsync runs it: one explicit transaction.</summary>
    private static void Import(InMemoryGraph db, Fixture.Profile profile)
    {
        using var tx = db.Begin();
        var ids = P(("profileId", profile.Id), ("entryIds", profile.Entries.Select(e => ((Dictionary<string, object?>)e["properties"]!)["id"]).ToList()));
        tx.Run(Read("import-lock"));
        Assert.Empty(tx.Run(Read("import-find-conflicts"), ids).Rows);
        var deleted = tx.Run(Read("import-delete-entries"), ids).Records.Single();
        var upserted = tx.Run(Read("import-upsert-profile"), P(("profile", profile.Properties), ("members", profile.Members))).Records.Single();
        var created = tx.Run(Read("import-create-entries"), P(("profileId", profile.Id), ("entries", profile.Entries)));
        Assert.Equal((long)profile.Entries.Count, created.Single());
        var candidates = ((IReadOnlyList<object?>)deleted["linked"]!).Concat((IReadOnlyList<object?>)upserted["formerMembers"]!).Distinct().ToList();
        if (candidates.Count > 0)
        {
            tx.Run(Read("import-remove-orphans"), P(("candidateIds", candidates)));
            tx.Run(Read("import-remove-orphan-countries"), P(("candidateIds", candidates)));
        }

        tx.Commit();
    }

    private static string SampleFilter(string v) =>
        $"(coalesce({v}.id = $p0, false) AND NOT (coalesce(toUpper({v}.name) CONTAINS $p1, false)) AND ({v}.name IS NULL OR coalesce({v}.name IN $p2, false))"
        + $" AND EXISTS {{ MATCH ({v})-->(x1) WHERE coalesce(x1.name STARTS WITH $p3, false) }})";

    // ---- the adapter's composition (CypherFiles), re-stated: the engine must not reference the domain projects ----------

    internal static string Read(string name) => File.ReadAllText(Path.Combine(CypherFolder, name + ".cypher"));

    internal static string Compose(string name, string? where, IReadOnlyList<string> orderKeys)
    {
        var text = Read(name);
        if (where is not null)
        {
            text = text.Replace(WhereMarker, "(" + where + ")", StringComparison.Ordinal);
        }

        if (orderKeys.Count > 0)
        {
            var start = text.IndexOf("/*order*/", StringComparison.Ordinal);
            var end = text.IndexOf("/*end*/", StringComparison.Ordinal);
            text = string.Concat(text.AsSpan(0, start), string.Join(", ", orderKeys), ", ", text.AsSpan(end + "/*end*/".Length).TrimStart(' '));
        }

        return text;
    }

    internal static string Hops(string name, int hops) =>
        Read(name).Replace("/*hops*/6", hops.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>A file's statements: split at semicolons that end a line, comment lines dropped (CypherFiles.Statements).</summary>
    internal static List<string> Statements(string name)
    {
        var statements = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var raw in Read(name).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var trimmed = line.TrimEnd();
            if (trimmed.EndsWith(';'))
            {
                current.Append(trimmed.AsSpan(0, trimmed.Length - 1));
                Flush();
            }
            else
            {
                current.Append(line).Append('\n');
            }
        }

        Flush();
        return statements;

        void Flush()
        {
            var statement = current.ToString().Trim();
            if (statement.Length > 0)
            {
                statements.Add(statement);
            }

            current.Clear();
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AseanCyber.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No AseanCyber.sln above " + AppContext.BaseDirectory);
    }
}
