using static AseanCyber.Testing.Cypher.Tests.Cy;

namespace AseanCyber.Testing.Cypher.Tests;

public sealed class PathTests
{
    // a -> b -> c -> d, and a shortcut a -> c; e hangs off d the other way round.
    private const string Chain = """
        CREATE (a:N {id: 'a'}), (b:N {id: 'b'}), (c:N {id: 'c'}), (d:N {id: 'd'}), (e:N {id: 'e'}),
               (a)-[:R {o: 1}]->(b), (b)-[:R {o: 2}]->(c), (c)-[:R {o: 3}]->(d), (a)-[:S {o: 4}]->(c), (e)-[:R {o: 5}]->(d)
        """;

    [Fact]
    public void Variable_length_paths_respect_bounds_direction_and_types()
    {
        var db = Graph(Chain);
        Assert.Equal(L("b", "c", "c", "d", "d"), db.Run("MATCH (:N {id: 'a'})-[*1..3]->(x) RETURN x.id AS x ORDER BY x").Column("x"));
        Assert.Equal(L("b", "c", "d"), db.Run("MATCH (:N {id: 'a'})-[:R*]->(x) RETURN x.id AS x ORDER BY x").Column("x"));
        Assert.Equal(L("a", "b", "c", "d"), db.Run("MATCH (:N {id: 'a'})-[:R*0..]->(x) RETURN x.id AS x ORDER BY x").Column("x"));
        Assert.Equal(L("c", "d"), db.Run("MATCH (:N {id: 'a'})-[*2]->(x) RETURN DISTINCT x.id AS x ORDER BY x").Column("x"));
        Assert.Equal(L("a", "b"), db.Run("MATCH (x)-[*1..2]->(:N {id: 'c'}) WHERE x.id <> 'c' RETURN DISTINCT x.id AS x ORDER BY x").Column("x"));
        Assert.Equal(L(L(1L, 2L)), db.Run("MATCH (:N {id: 'a'})-[rs:R*2]->(:N {id: 'c'}) RETURN [r IN rs | r.o] AS os").Column("os"));
    }

    [Fact]
    public void Undirected_variable_length_paths_are_trails()
    {
        var db = Graph(Chain);
        var r = db.Run("MATCH p = (:N {id: 'a'})-[*1..6]-(:N {id: 'e'}) RETURN [n IN nodes(p) | n.id] AS ids, length(p) AS len ORDER BY len, ids");
        Assert.Equal(L(L("a", "c", "d", "e"), L("a", "b", "c", "d", "e")), r.Column("ids"));
        Assert.Equal(L(3L, 4L), r.Column("len"));
    }

    [Fact]
    public void Named_paths_keep_pattern_order_whichever_way_they_are_matched()
    {
        var db = Graph(Chain);
        var path = Assert.IsType<CypherPath>(db.Run("MATCH p = (x:N)-[:R]->(y)<-[:R]-(:N {id: 'e'}) RETURN p").Single());
        Assert.Equal(["c", "d", "e"], path.Nodes.Select(n => (string)n.Properties["id"]!));
        Assert.Equal([3L, 5L], path.Relationships.Select(r => (long)r.Properties["o"]!));
        var backwards = db.Run("MATCH p = (:N {id: 'd'})<-[*2]-(x) RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.o] AS os ORDER BY ids");
        Assert.Equal(L(L("d", "c", "a"), L("d", "c", "b")), backwards.Column("ids"));
        Assert.Equal(L(L(3L, 4L), L(3L, 2L)), backwards.Column("os"));
        Assert.Equal(L(true), db.Run("MATCH (a:N {id: 'a'}) MATCH p = (a)-->() WITH p, a LIMIT 1 RETURN startNode(relationships(p)[0]) = a AS s").Column("s"));
    }

    [Fact]
    public void Shortest_paths()
    {
        var db = Graph(Chain);
        var shortest = db.Run("MATCH (a:N {id: 'a'}), (d:N {id: 'd'}) MATCH p = shortestPath((a)-[*..5]->(d)) RETURN [n IN nodes(p) | n.id] AS ids");
        Assert.Equal(L(L("a", "c", "d")), shortest.Column("ids"));
        var all = db.Run("MATCH (a:N {id: 'a'}), (c:N {id: 'c'}) MATCH p = allShortestPaths((a)-[*]-(c)) RETURN length(p) AS len");
        Assert.Equal(L(1L), all.Column("len"));
        var filtered = db.Run("MATCH (a:N {id: 'a'}), (d:N {id: 'd'}) MATCH p = shortestPath((a)-[*..5]->(d)) WHERE all(r IN relationships(p) WHERE type(r) = 'R') RETURN length(p) AS len");
        Assert.Equal(L(3L), filtered.Column("len"));
    }

    [Fact]
    public void A_long_bounded_search_between_bound_nodes_stays_fast()
    {
        var db = new InMemoryGraph();
        db.Run("UNWIND range(1, 300) AS i CREATE (:E {id: i})");
        db.Run("CREATE (:Hub {id: 'hub'}), (:Far {id: 'far'})");
        db.Run("MATCH (h:Hub), (e:E) CREATE (e)-[:IN]->(h)");
        db.Run("MATCH (f:Far), (e:E {id: 1}) CREATE (f)-[:NEAR]->(e)");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = db.Run("MATCH (a:E {id: 2}), (b:Far) MATCH p = (a)-[*1..6]-(b) RETURN min(length(p)) AS shortest");
        Assert.Equal(3L, r.Single());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}

public sealed class SelectorAndProjectionTests
{
    [Fact]
    public void Shortest_k_groups_returns_every_path_of_the_k_shortest_lengths_over_a_quantified_relationship()
    {
        var db = new InMemoryGraph();
        db.Run("CREATE (a:N {id: 'a'})-[:R]->(b:N {id: 'b'})-[:R]->(c:N {id: 'c'}), (a)-[:R]->(d:N {id: 'd'})-[:R]->(c), (a)-[:R]->(c), (c)-[:R]->(e:N {id: 'e'})-[:R]->(a)");
        const string query = "MATCH (s:N {id: 'a'}), (t:N {id: 'c'}) MATCH p = SHORTEST $k GROUPS (s)-[]-{1,3}(t) RETURN [x IN nodes(p) | x.id] AS ids ORDER BY size(ids), ids";

        var one = db.Run(query.Replace("$k", "1", StringComparison.Ordinal)).Column("ids");
        var two = db.Run(query.Replace("$k", "2", StringComparison.Ordinal)).Column("ids");

        Assert.Equal([new List<object?> { "a", "c" }], one.Select(i => ((IReadOnlyList<object?>)i!).ToList()));
        Assert.Equal(
            [["a", "c"], ["a", "b", "c"], ["a", "d", "c"], ["a", "e", "c"]],
            two.Select(i => ((IReadOnlyList<object?>)i!).Cast<string>().ToArray()));
    }

    [Fact]
    public void A_map_projection_selects_properties_literals_and_variables_and_is_null_for_null()
    {
        var db = new InMemoryGraph();
        db.Run("CREATE (:N {id: 1, name: 'x', secret: 's'})");

        var map = (IReadOnlyDictionary<string, object?>)db.Run("MATCH (n:N) WITH n, 7 AS k RETURN n {.id, .name, .missing, two: 2, k} AS m").Single()!;
        var none = db.Run("OPTIONAL MATCH (n:Nope) RETURN n {.id} AS m").Single();

        Assert.Equal(["id", "name", "missing", "two", "k"], map.Keys);
        Assert.Equal([1L, "x", null, 2L, 7L], map.Values);
        Assert.Null(none);
    }
}
