using static AseanCyber.Testing.Cypher.Tests.Cy;

namespace AseanCyber.Testing.Cypher.Tests;

public sealed class ReadClauseTests
{
    private const string People = """
        CREATE (a:Person {name: 'Ann', age: 30, city: 'Paris'}),
               (b:Person {name: 'Bob', age: 25, city: 'Paris'}),
               (c:Person {name: 'Cat', city: 'Rome'}),
               (d:Person:Admin {name: 'Dan', age: 40}),
               (a)-[:KNOWS {since: 2000}]->(b),
               (b)-[:KNOWS {since: 2010}]->(c),
               (a)-[:LIKES]->(c)
        """;

    [Fact]
    public void Match_with_labels_properties_and_where()
    {
        var db = Graph(People);
        Assert.Equal(L("Ann", "Bob"), db.Run("MATCH (p:Person {city: 'Paris'}) RETURN p.name AS name ORDER BY name").Column("name"));
        Assert.Equal(L("Dan"), db.Run("MATCH (p:Person:Admin) RETURN p.name AS name").Column("name"));
        Assert.Equal(L("Ann", "Dan"), db.Run("MATCH (p) WHERE p.age >= 30 RETURN p.name AS name ORDER BY name").Column("name"));
        Assert.Equal(L("Dan"), db.Run("MATCH (p) WHERE p:Admin RETURN p.name AS name").Column("name"));
        Assert.Equal(L("Bob"), db.Run("MATCH (p:Person WHERE p.age < 30) RETURN p.name AS name").Column("name"));
    }

    [Fact]
    public void Relationship_patterns_directions_and_types()
    {
        var db = Graph(People);
        Assert.Equal(L("Bob"), db.Run("MATCH (:Person {name: 'Ann'})-[:KNOWS]->(x) RETURN x.name AS n").Column("n"));
        Assert.Equal(L("Ann"), db.Run("MATCH (:Person {name: 'Bob'})<-[:KNOWS]-(x) RETURN x.name AS n").Column("n"));
        Assert.Equal(L("Ann", "Cat"), db.Run("MATCH (:Person {name: 'Bob'})-[:KNOWS]-(x) RETURN x.name AS n ORDER BY n").Column("n"));
        Assert.Equal(L("Bob", "Cat"), db.Run("MATCH (:Person {name: 'Ann'})-[:KNOWS|LIKES]->(x) RETURN x.name AS n ORDER BY n").Column("n"));
        Assert.Equal(L(2010L), db.Run("MATCH ()-[r:KNOWS {since: 2010}]->() RETURN r.since AS s").Column("s"));
        Assert.Equal(L("KNOWS", "KNOWS", "LIKES"), db.Run("MATCH ()-[r]->() RETURN type(r) AS t ORDER BY t").Column("t"));
        Assert.Equal(L("Cat"), db.Run("MATCH (a {name: 'Ann'})-->(b)-->(c) RETURN c.name AS n").Column("n"));
        Assert.Equal(L(true), db.Run("MATCH (a {name: 'Ann'}), (c {name: 'Cat'}) RETURN EXISTS { (a)-->(c) } AS e").Column("e"));
    }

    [Fact]
    public void Relationships_are_unique_within_a_match()
    {
        var db = Graph("CREATE (a:N {id: 1})-[:R]->(b:N {id: 2})");
        Assert.Empty(db.Run("MATCH (x)-[r1]-(y)-[r2]-(z) RETURN x, z").Rows);
        Assert.Equal(2, db.Run("MATCH (x)-[r]-(y) RETURN x").Rows.Count);
    }

    [Fact]
    public void Optional_match_yields_nulls()
    {
        var db = Graph(People);
        var r = db.Run("MATCH (p:Person) OPTIONAL MATCH (p)-[:KNOWS]->(f) RETURN p.name AS p, f.name AS f ORDER BY p");
        Assert.Equal(L("Bob", "Cat", null, null), r.Column("f"));
        var empty = db.Run("OPTIONAL MATCH (x:Nothing) RETURN x");
        Assert.Single(empty.Rows);
        Assert.Null(empty.Single());
    }

    [Fact]
    public void Order_by_puts_nulls_last_ascending_and_first_descending()
    {
        var db = Graph(People);
        Assert.Equal(L(25L, 30L, 40L, null), db.Run("MATCH (p:Person) RETURN p.age AS a ORDER BY a").Column("a"));
        Assert.Equal(L(null, 40L, 30L, 25L), db.Run("MATCH (p:Person) RETURN p.age AS a ORDER BY a DESC").Column("a"));
        Assert.Equal(L("Ann", "Bob", "Cat", "Dan"), db.Run("MATCH (p:Person) RETURN p.name AS n ORDER BY p.city IS NULL, p.city, p.age DESC, n").Column("n"));
    }

    [Fact]
    public void Ordering_mixes_types_in_neo4j_order()
    {
        var r = new InMemoryGraph().Run("UNWIND [2, 'a', null, 1.5, true, [1], {k: 1}, 1] AS x RETURN x ORDER BY x");
        var values = r.Column("x");
        Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(values[0]);
        Assert.IsAssignableFrom<IReadOnlyList<object?>>(values[1]);
        Assert.Equal(L("a", true, 1L, 1.5, 2L, null), values.Skip(2).ToList());
    }

    [Fact]
    public void Skip_limit_and_with_where()
    {
        var db = Graph(People);
        Assert.Equal(L("Bob", "Cat"), db.Run("MATCH (p:Person) RETURN p.name AS n ORDER BY n SKIP 1 LIMIT 2").Column("n"));
        Assert.Equal(L("Bob"), db.Run("MATCH (p:Person) RETURN p.name AS n ORDER BY n SKIP $s LIMIT $l", P(("s", 1), ("l", 1))).Column("n"));
        Assert.Equal(L("Ann"), db.Run("MATCH (p:Person) WITH p.name AS n, p.age AS a WHERE a > 26 AND a < 35 RETURN n").Column("n"));
        Assert.Equal(L("Ann", "Bob"), db.Run("MATCH (p:Person) WITH p ORDER BY p.name LIMIT 2 RETURN p.name AS n").Column("n"));
        FailsWith(CypherException.ArgumentError, () => db.Run("RETURN 1 AS x LIMIT $l", P(("l", -1))));
    }

    [Fact]
    public void Unwind()
    {
        var db = new InMemoryGraph();
        Assert.Equal(L(1L, 2L), db.Run("UNWIND [1, 2] AS x RETURN x").Column("x"));
        Assert.Empty(db.Run("UNWIND [] AS x RETURN x").Rows);
        Assert.Empty(db.Run("UNWIND null AS x RETURN x").Rows);
        Assert.Equal(L(1L, 2L, 2L, 4L), db.Run("UNWIND [1, 2] AS x UNWIND [1, 2] AS y RETURN x * y AS p").Column("p"));
    }

    [Fact]
    public void Aggregation_groups_by_the_other_items()
    {
        var db = Graph(People);
        var r = db.Run("MATCH (p:Person) RETURN p.city AS city, count(*) AS n, collect(p.name) AS names, sum(p.age) AS total ORDER BY city");
        Assert.Equal(L("Paris", "Rome", null), r.Column("city"));
        Assert.Equal(L(2L, 1L, 1L), r.Column("n"));
        Assert.Equal(L(L("Ann", "Bob"), L("Cat"), L("Dan")), r.Column("names"));
        Assert.Equal(L(55L, 0L, 40L), r.Column("total"));

        var all = db.Run("MATCH (p:Person) RETURN count(p.age) AS ages, avg(p.age) AS avg, min(p.age) AS min, max(p.name) AS max, count(DISTINCT p.city) AS cities");
        Assert.Equal(L(3L, 95.0 / 3, 25L, "Dan", 2L), all.Rows[0].ToList());

        var none = db.Run("MATCH (p:Nobody) RETURN count(p) AS n, collect(p) AS c, sum(p.x) AS s, avg(p.x) AS a");
        Assert.Equal(L(0L, L(), 0L, null), none.Rows[0].ToList());
        Assert.Empty(db.Run("MATCH (p:Nobody) RETURN p.city AS c, count(*) AS n").Rows);

        Assert.Equal(L(2L), db.Run("MATCH (p:Person) WITH p.city AS city, count(*) AS n WHERE n > 1 RETURN n").Column("n"));
        Assert.Equal(L(L("Ann", "Bob")), db.Run("MATCH (p:Person {city: 'Paris'}) WITH p ORDER BY p.name DESC RETURN reverse(collect(p.name)) AS names").Column("names"));
        Assert.Equal(L(4L), db.Run("MATCH (p:Person) RETURN size(collect(p)) AS n").Column("n"));
    }

    [Fact]
    public void Distinct_uses_equivalence()
    {
        var db = new InMemoryGraph();
        Assert.Equal(3, db.Run("UNWIND [1, 1.0, null, null, 'a'] AS x RETURN DISTINCT x").Rows.Count);
        Assert.Equal(L(L(1L, 2L)), db.Run("UNWIND [1, 2, 1] AS x RETURN collect(DISTINCT x) AS xs").Column("xs"));
    }

    [Fact]
    public void Return_star_and_column_names()
    {
        var db = Graph(People);
        var r = db.Run("MATCH (p:Person {name: 'Ann'}) WITH p, 1 AS one RETURN *");
        Assert.Equal(["one", "p"], r.Fields);
        var named = db.Run("MATCH (p:Person {name: 'Ann'}) RETURN p.name, p.age + 1");
        Assert.Equal(["p.name", "p.age + 1"], named.Fields);
        var node = Assert.IsType<CypherNode>(db.Run("MATCH (p:Person {name: 'Ann'}) RETURN p").Single());
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Ann", node.Properties["name"]);
        Assert.StartsWith("4:", node.ElementId, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_by_can_see_variables_the_projection_dropped_unless_it_aggregates()
    {
        var db = Graph(People);
        Assert.Equal(L("Bob", "Ann", "Dan"), db.Run("MATCH (p:Person) WHERE p.age IS NOT NULL RETURN p.name AS n ORDER BY p.age").Column("n"));
        FailsWith(CypherException.SyntaxError, () => db.Run("MATCH (p:Person) RETURN count(*) AS n ORDER BY p.age"));
        Assert.Equal(L("Paris", "Rome"), db.Run("MATCH (p:Person) WHERE p.city IS NOT NULL RETURN p.city, count(*) ORDER BY p.city").Column("p.city"));
    }
}
