using static AseanCyber.Testing.Cypher.Tests.Cy;

namespace AseanCyber.Testing.Cypher.Tests;

public sealed class WriteTests
{
    [Fact]
    public void Create_reports_counters_and_returns_what_it_made()
    {
        var db = new InMemoryGraph();
        var r = db.Run("CREATE (a:A:B {x: 1, y: null})-[r:R {w: 2}]->(b:C) RETURN a, r, b");
        Assert.Equal(2, r.Counters.NodesCreated);
        Assert.Equal(1, r.Counters.RelationshipsCreated);
        Assert.Equal(2, r.Counters.PropertiesSet);
        Assert.Equal(3, r.Counters.LabelsAdded);
        var rel = Assert.IsType<CypherRelationship>(r.Rows[0][1]);
        Assert.Equal("R", rel.Type);
        Assert.Equal(((CypherNode)r.Rows[0][0]!).ElementId, rel.StartNodeElementId);
        Assert.False(((CypherNode)r.Rows[0][0]!).Properties.ContainsKey("y"));
        Assert.Equal(2L, db.Run("MATCH (n) RETURN count(n) AS n").Single());
    }

    [Fact]
    public void A_copy_holds_the_committed_graph_and_schema_and_changes_independently()
    {
        var db = Graph("CREATE CONSTRAINT u IF NOT EXISTS FOR (n:N) REQUIRE n.id IS UNIQUE");
        db.Run("CREATE (:N {id: 1})");
        var copy = db.Copy();
        copy.Run("CREATE (:N {id: 2})");
        FailsWith(CypherException.ConstraintValidationFailed, () => copy.Run("CREATE (:N {id: 1})"));
        Assert.Equal(1L, db.Run("MATCH (n) RETURN count(n) AS n").Single());
        Assert.Equal(2L, copy.Run("MATCH (n) RETURN count(n) AS n").Single());
    }

    [Fact]
    public void Create_refuses_undirected_or_untyped_relationships_and_maps_as_properties()
    {
        var db = new InMemoryGraph();
        FailsWith(CypherException.SyntaxError, () => db.Run("CREATE (a)-[:R]-(b)"));
        FailsWith(CypherException.SyntaxError, () => db.Run("CREATE (a)-[r]->(b)"));
        FailsWith(CypherException.TypeError, () => db.Run("CREATE (a {m: {k: 1}})"));
        FailsWith(CypherException.TypeError, () => db.Run("CREATE (a {m: [1, null]})"));
        Assert.Equal(0L, db.Run("MATCH (n) RETURN count(n) AS n").Single());
    }

    [Fact]
    public void Set_remove_and_replace_properties_and_labels()
    {
        var db = Graph("CREATE (:N {id: 1, a: 'x', b: 'y'})");
        db.Run("MATCH (n:N) SET n.a = 'z', n.c = [1, 2], n:M REMOVE n.b");
        var n = (CypherNode)db.Run("MATCH (n:N) RETURN n").Single()!;
        Assert.Equal(["N", "M"], n.Labels);
        Assert.Equal("z", n.Properties["a"]);
        Assert.Equal(L(1L, 2L), n.Properties["c"]);
        Assert.False(n.Properties.ContainsKey("b"));

        db.Run("MATCH (n:N) SET n += {d: 4, a: null}");
        n = (CypherNode)db.Run("MATCH (n:N) RETURN n").Single()!;
        Assert.Equal(["c", "d", "id"], n.Properties.Keys.Order(StringComparer.Ordinal));

        db.Run("MATCH (n:N) SET n = {only: true} REMOVE n:M");
        n = (CypherNode)db.Run("MATCH (n:N) RETURN n").Single()!;
        Assert.Equal(["only"], n.Properties.Keys);
        Assert.Equal(["N"], n.Labels);

        db.Run("OPTIONAL MATCH (x:Missing) SET x.a = 1");
    }

    [Fact]
    public void Merge_matches_or_creates_and_runs_on_create_and_on_match()
    {
        var db = new InMemoryGraph();
        var first = db.Run("MERGE (c:Country {id: 'JP'}) ON CREATE SET c.created = true ON MATCH SET c.matched = true RETURN c.created AS created, c.matched AS matched");
        Assert.Equal(L(true, null), first.Rows[0].ToList());
        var second = db.Run("MERGE (c:Country {id: 'JP'}) ON CREATE SET c.created = 2 ON MATCH SET c.matched = true RETURN c.created AS created, c.matched AS matched");
        Assert.Equal(L(true, true), second.Rows[0].ToList());
        Assert.Equal(0, second.Counters.NodesCreated);

        db.Run("UNWIND ['a', 'b', 'a'] AS id MERGE (:Body {id: id})");
        Assert.Equal(2L, db.Run("MATCH (b:Body) RETURN count(b) AS n").Single());

        db.Run("MATCH (c:Country), (b:Body {id: 'a'}) MERGE (b)-[:IN]->(c)");
        db.Run("MATCH (c:Country), (b:Body {id: 'a'}) MERGE (b)-[:IN]->(c)");
        Assert.Equal(1L, db.Run("MATCH ()-[r:IN]->() RETURN count(r) AS n").Single());

        FailsWith(CypherException.SemanticError, () => db.Run("MERGE (c:Country {id: $id})", P(("id", null))));
    }

    [Fact]
    public void Uniqueness_constraints_are_enforced_on_create_merge_and_set()
    {
        var db = new InMemoryGraph();
        var created = db.Run("CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE");
        Assert.Equal(1, created.Counters.ConstraintsAdded);
        Assert.Equal(0, db.Run("CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE").Counters.ConstraintsAdded);
        FailsWith(CypherException.EquivalentSchemaRuleAlreadyExists, () => db.Run("CREATE CONSTRAINT other FOR (n:Country) REQUIRE n.id IS UNIQUE"));
        Assert.Equal(1, db.Run("CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name)").Counters.IndexesAdded);
        db.Run("CREATE FULLTEXT INDEX texts IF NOT EXISTS FOR (n:Entry) ON EACH [n.title, n.description]");
        db.Run("CREATE INDEX role IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.role)");

        db.Run("CREATE (:Country {id: 'JP'})");
        FailsWith(CypherException.ConstraintValidationFailed, () => db.Run("CREATE (:Country {id: 'JP'})"));
        db.Run("CREATE (:Country {id: 'KR'})");
        FailsWith(CypherException.ConstraintValidationFailed, () => db.Run("MATCH (c:Country {id: 'KR'}) SET c.id = 'JP'"));
        db.Run("CREATE (:Thing {id: 'JP'})");
        FailsWith(CypherException.ConstraintValidationFailed, () => db.Run("MATCH (t:Thing) SET t:Country"));
        db.Run("MERGE (:Country {id: 'JP'})");
        Assert.Equal(2L, db.Run("MATCH (c:Country) RETURN count(c) AS n").Single());

        var dup = Graph("CREATE (:P {k: 1}), (:P {k: 1})");
        FailsWith(CypherException.ConstraintCreationFailed, () => dup.Run("CREATE CONSTRAINT p_k FOR (n:P) REQUIRE n.k IS UNIQUE"));
    }

    [Fact]
    public void Delete_requires_detach_for_connected_nodes_and_a_failed_statement_leaves_nothing()
    {
        var db = Graph("CREATE (:A {id: 1})-[:R]->(:B {id: 2}), (:C)");
        FailsWith(CypherException.ConstraintValidationFailed, () => db.Run("MATCH (a:A) DELETE a"));
        Assert.Equal(3L, db.Run("MATCH (n) RETURN count(n) AS n").Single());
        var r = db.Run("MATCH (a:A) DETACH DELETE a");
        Assert.Equal(1, r.Counters.NodesDeleted);
        Assert.Equal(1, r.Counters.RelationshipsDeleted);
        db.Run("MATCH (c:C) DELETE c");
        Assert.Equal(L("B"), db.Run("MATCH (n) RETURN labels(n)[0] AS l").Column("l"));
        FailsWith(CypherException.EntityNotFound, () => db.Run("MATCH (b:B) DELETE b RETURN b.id"));
    }

    [Fact]
    public void Foreach_runs_updates_per_element()
    {
        var db = Graph("CREATE (:Hub)");
        db.Run("MATCH (h:Hub) FOREACH (i IN range(1, 3) | CREATE (h)-[:HAS]->(:Item {i: i}))");
        db.Run("MATCH (h:Hub) FOREACH (x IN CASE WHEN true THEN [1] ELSE [] END | SET h:Marked)");
        Assert.Equal(L(1L, 2L, 3L), db.Run("MATCH (:Hub:Marked)-[:HAS]->(i) RETURN i.i AS i ORDER BY i").Column("i"));
        FailsWith(CypherException.SyntaxError, () => db.Run("FOREACH (x IN [1] | MATCH (n) RETURN n)"));
    }

    [Fact]
    public void Transactions_commit_roll_back_and_close_on_error()
    {
        var db = new InMemoryGraph();
        using (var tx = db.Begin())
        {
            tx.Run("CREATE (:N {id: 1})");
            Assert.Equal(1L, tx.Run("MATCH (n:N) RETURN count(n) AS n").Single());
            Assert.Equal(0L, db.Run("MATCH (n:N) RETURN count(n) AS n").Single());
            tx.Commit();
        }

        Assert.Equal(1L, db.Run("MATCH (n:N) RETURN count(n) AS n").Single());

        using (var tx = db.Begin())
        {
            tx.Run("CREATE (:N {id: 2})");
            tx.Rollback();
            FailsWith(CypherException.TransactionNotFound, () => tx.Run("RETURN 1 AS x"));
        }

        Assert.Equal(1L, db.Run("MATCH (n:N) RETURN count(n) AS n").Single());

        using (var tx = db.Begin())
        {
            tx.Run("CREATE (:N {id: 3})");
            FailsWith(CypherException.ParameterMissing, () => tx.Run("RETURN $nope AS x"));
            FailsWith(CypherException.TransactionNotFound, tx.Commit);
        }

        Assert.Equal(1L, db.Run("MATCH (n:N) RETURN count(n) AS n").Single());

        using var a = db.Begin();
        using var b = db.Begin();
        a.Run("CREATE (:N {id: 4})");
        b.Run("CREATE (:N {id: 5})");
        a.Commit();
        FailsWith(CypherException.Outdated, b.Commit);
        Assert.Equal(L(1L, 4L), db.Run("MATCH (n:N) RETURN n.id AS id ORDER BY id").Column("id"));

        using var mixed = db.Begin();
        mixed.Run("CREATE (:N {id: 6})");
        FailsWith(CypherException.ForbiddenDueToTransactionType, () => mixed.Run("CREATE INDEX n_id IF NOT EXISTS FOR (n:N) ON (n.id)"));
    }

    [Fact]
    public void Read_access_mode_refuses_writes()
    {
        var db = new InMemoryGraph();
        FailsWith(CypherException.AccessMode, () => db.Run("CREATE (n)", null, CypherAccessMode.Read));
        Assert.Equal(1L, db.Run("RETURN 1 AS x", null, CypherAccessMode.Read).Single());
    }
}
