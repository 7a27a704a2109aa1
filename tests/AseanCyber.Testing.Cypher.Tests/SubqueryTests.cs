using static AseanCyber.Testing.Cypher.Tests.Cy;

namespace AseanCyber.Testing.Cypher.Tests;

public sealed class SubqueryTests
{
    private const string Shop = """
        CREATE (a:Customer {id: 'a'}), (b:Customer {id: 'b'}), (c:Customer {id: 'c'}),
               (x:Product {id: 'x', price: 10}), (y:Product {id: 'y', price: 20}),
               (a)-[:BOUGHT {n: 2}]->(x), (a)-[:BOUGHT {n: 1}]->(y), (b)-[:BOUGHT {n: 5}]->(x)
        """;

    [Fact]
    public void Union_removes_duplicates_and_union_all_keeps_them()
    {
        var db = new InMemoryGraph();
        Assert.Equal(L(1L, 2L), db.Run("RETURN 1 AS x UNION RETURN 2 AS x UNION RETURN 1 AS x").Column("x"));
        Assert.Equal(L(1L, 2L, 1L), db.Run("RETURN 1 AS x UNION ALL RETURN 2 AS x UNION ALL RETURN 1 AS x").Column("x"));
        FailsWith(CypherException.SyntaxError, () => db.Run("RETURN 1 AS x UNION RETURN 2 AS y"));
        FailsWith(CypherException.SyntaxError, () => db.Run("RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x"));
    }

    [Fact]
    public void Call_with_a_scope_clause_imports_only_what_it_names()
    {
        var db = Graph(Shop);
        var r = db.Run("""
            MATCH (c:Customer)
            CALL (c) {
              MATCH (c)-[b:BOUGHT]->(p:Product)
              RETURN sum(b.n * p.price) AS spent
            }
            RETURN c.id AS id, spent ORDER BY id
            """);
        Assert.Equal(L(40L, 50L, 0L), r.Column("spent"));

        var unit = db.Run("MATCH (c:Customer) CALL () { MATCH (p:Product) RETURN count(p) AS n } RETURN c.id AS id, n ORDER BY id");
        Assert.Equal(L(2L, 2L, 2L), unit.Column("n"));

        FailsWith(CypherException.SyntaxError, () => db.Run("MATCH (c:Customer) CALL () { RETURN c.id AS x } RETURN x"));
        FailsWith(CypherException.SyntaxError, () => db.Run("MATCH (c:Customer) CALL (c) { RETURN 1 AS c } RETURN c"));
    }

    [Fact]
    public void Call_with_union_inside_runs_each_branch_per_row()
    {
        var db = Graph(Shop);
        var r = db.Run("""
            UNWIND ['a', 'x', 'zzz'] AS id
            CALL (id) {
              MATCH (n:Customer {id: id}) RETURN n
              UNION
              MATCH (n:Product {id: id}) RETURN n
            }
            RETURN id, labels(n)[0] AS label
            """);
        Assert.Equal(L("a", "x"), r.Column("id"));
        Assert.Equal(L("Customer", "Product"), r.Column("label"));
    }

    [Fact]
    public void Old_call_form_imports_with_a_leading_with()
    {
        var db = Graph(Shop);
        var r = db.Run("MATCH (c:Customer {id: 'b'}) CALL { WITH c MATCH (c)-->(p) RETURN p.id AS p } RETURN p");
        Assert.Equal(L("x"), r.Column("p"));
    }

    [Fact]
    public void Exists_count_and_collect_subqueries_see_outer_variables()
    {
        var db = Graph(Shop);
        Assert.Equal(L("a", "b"), db.Run("MATCH (c:Customer) WHERE EXISTS { MATCH (c)-[:BOUGHT]->(:Product {id: 'x'}) } RETURN c.id AS id ORDER BY id").Column("id"));
        Assert.Equal(L("c"), db.Run("MATCH (c:Customer) WHERE NOT EXISTS { (c)-[:BOUGHT]->() } RETURN c.id AS id").Column("id"));
        Assert.Equal(L("a"), db.Run("MATCH (c:Customer) WHERE EXISTS { (c)-[b:BOUGHT]->() WHERE b.n = 1 } RETURN c.id AS id").Column("id"));
        Assert.Equal(L(2L, 1L, 0L), db.Run("MATCH (c:Customer) RETURN COUNT { (c)-->() } AS n ORDER BY c.id").Column("n"));
        Assert.Equal(
            L(L("y", "x"), L("x"), L()),
            db.Run("MATCH (c:Customer) RETURN COLLECT { MATCH (c)-[b]->(p) RETURN p.id ORDER BY b.n } AS ps ORDER BY c.id").Column("ps"));
        FailsWith(CypherException.SyntaxError, () => db.Run("RETURN COLLECT { MATCH (p:Product) RETURN p.id, p.price } AS x"));
    }

    [Fact]
    public void Pattern_comprehension()
    {
        var db = Graph(Shop);
        Assert.Equal(L(L("x", "y")), db.Run("MATCH (c:Customer {id: 'a'}) RETURN [(c)-[:BOUGHT]->(p) | p.id] AS ps").Column("ps").Select(v => (object?)((IReadOnlyList<object?>)v!).Order().ToList()).ToList());
        Assert.Equal(L(L("y")), db.Run("MATCH (c:Customer {id: 'a'}) RETURN [(c)-[:BOUGHT]->(p) WHERE p.price > 15 | p.id] AS ps").Column("ps"));
    }
}
