using static AseanCyber.Testing.Cypher.Tests.Cy;

namespace AseanCyber.Testing.Cypher.Tests;

public sealed class ErrorTests
{
    [Theory]
    [InlineData("RETURN")]
    [InlineData("MATCH (n RETURN n")]
    [InlineData("RETURN 'unterminated")]
    [InlineData("MATCH (n)")]
    [InlineData("RETURN nosuchfunction(1)")]
    [InlineData("RETURN x")]
    [InlineData("MATCH (n) WITH n.x RETURN 1")]
    [InlineData("RETURN 1 AS a, 2 AS a")]
    [InlineData("RETURN 1 AS x; RETURN 2 AS y")]
    [InlineData("RETURN 1 RETURN 2")]
    [InlineData("RETURN size(1, 2)")]
    [InlineData("RETURN count(count(1))")]
    [InlineData("RETURN 9223372036854775808")]
    [InlineData("UNWIND [1] AS x UNWIND [2] AS x RETURN x")]
    [InlineData("RETURN 1 AS x ORDER BY y")]
    public void Syntax_errors(string statement) => FailsWith(CypherException.SyntaxError, () => new InMemoryGraph().Run(statement));

    [Theory]
    [InlineData("RETURN toUpper(1)")]
    [InlineData("RETURN size(1)")]
    [InlineData("RETURN 1 + true")]
    [InlineData("RETURN 1 IN 2")]
    [InlineData("RETURN NOT 1")]
    [InlineData("RETURN 1 AND true")]
    [InlineData("RETURN [1][1.5]")]
    [InlineData("RETURN (1).x")]
    [InlineData("UNWIND [1] AS x WITH x WHERE 'yes' RETURN x")]
    [InlineData("RETURN sum('a')")]
    [InlineData("RETURN CASE WHEN 1 THEN 2 END")]
    public void Type_errors(string statement) => FailsWith(CypherException.TypeError, () => new InMemoryGraph().Run(statement));

    [Theory]
    [InlineData("RETURN range(1, 2, 0)")]
    [InlineData("RETURN substring('abc', -1)")]
    [InlineData("RETURN left('abc', -1)")]
    public void Argument_errors(string statement) => FailsWith(CypherException.ArgumentError, () => new InMemoryGraph().Run(statement));

    [Theory]
    [InlineData("RETURN 1 / 0")]
    [InlineData("RETURN 9223372036854775807 + 1")]
    public void Arithmetic_errors(string statement) => FailsWith(CypherException.ArithmeticError, () => new InMemoryGraph().Run(statement));

    [Fact]
    public void Missing_parameters_are_refused_even_when_no_row_would_use_them()
    {
        FailsWith(CypherException.ParameterMissing, () => new InMemoryGraph().Run("RETURN $x AS x"));
        Assert.Equal(1.0 / 0, new InMemoryGraph().Run("RETURN 1.0 / 0 AS x").Single());
    }

    [Theory]
    [InlineData("CALL db.labels()")]
    [InlineData("MATCH p = SHORTEST 1 (a)-->+(b) RETURN p")]
    [InlineData("RETURN date('2024-01-01')")]
    [InlineData("MATCH (n) RETURN n {.*}")]
    [InlineData("LOAD CSV FROM 'x' AS line RETURN line")]
    [InlineData("MATCH ((a)-->(b)){1,3} RETURN a")]
    [InlineData("MATCH (n:A|B) RETURN n")]
    [InlineData("UNWIND [1] AS x CALL { RETURN 1 AS y } IN TRANSACTIONS RETURN y")]
    public void Valid_cypher_outside_the_subset_is_unsupported(string statement) =>
        FailsWith(CypherException.Unsupported, () => new InMemoryGraph().Run(statement));
}

public sealed class ScopeTests
{
    [Theory]
    [InlineData("MATCH (n:Nothing) WHERE m.x = 1 RETURN n")]
    [InlineData("MATCH (n:Nothing) WITH n.x AS x RETURN n")]
    [InlineData("MATCH (n:Nothing) RETURN [y IN [1] | z] AS l")]
    [InlineData("MATCH (n:Nothing) WHERE EXISTS { MATCH (n)-->(m) WHERE q.x = 1 } RETURN n")]
    [InlineData("MATCH (n:Nothing) CALL () { RETURN n AS x } RETURN x")]
    [InlineData("MATCH (n:Nothing) SET m.x = 1")]
    [InlineData("UNWIND [] AS x FOREACH (y IN [1] | CREATE (:A {v: z}))")]
    [InlineData("MATCH (n:Nothing) WITH count(n) AS c WHERE n.x > 1 RETURN c")]
    [InlineData("MATCH (n:Nothing) RETURN [(n)-->(m) WHERE q.x = 1 | m.x] AS xs")]
    [InlineData("MATCH (n:Nothing) RETURN [(n)-[r {w: q}]->(m) | m] AS xs")]
    [InlineData("MATCH (n:Nothing) WHERE (n)-->({v: q}) RETURN n")]
    [InlineData("MATCH (n:Nothing) RETURN all(x IN [1] WHERE y > 0) AS ok")]
    [InlineData("MATCH (n:Nothing) RETURN [x IN [1] WHERE y > 0 | x] AS l")]
    [InlineData("MATCH (n:Nothing) MERGE (m:A {v: q})")]
    [InlineData("MATCH (n:Nothing) CREATE (n)-[:R {w: q}]->(:A)")]
    [InlineData("MATCH (n:Nothing) DELETE q")]
    public void Undefined_variables_fail_before_any_row_exists(string statement) =>
        Cy.FailsWith(CypherException.SyntaxError, () => new InMemoryGraph().Run(statement));

    [Theory]
    [InlineData("MATCH (n:Nothing) WITH n ORDER BY n.x RETURN n")]
    [InlineData("MATCH (n:Nothing) RETURN n.x AS x ORDER BY n.y")]
    [InlineData("MATCH (a:Nothing), (b {id: a.id}) RETURN b")]
    [InlineData("MATCH (n:Nothing) RETURN [(n)-->(m) | m.x] AS xs, all(x IN [1] WHERE x > 0) AS ok")]
    [InlineData("MATCH (n:Nothing) CALL { WITH n RETURN n.x AS x } RETURN x")]
    [InlineData("MATCH (n:Nothing) RETURN [x IN [1] WHERE x > n.x | x + 1] AS l")]
    [InlineData("MATCH (n:Nothing) WHERE (n)-->(:A {v: n.x}) RETURN n")]
    [InlineData("MATCH (n:Nothing) MERGE (n)-[r:R]->(m:A {v: n.x}) ON CREATE SET m.w = n.y, r.v = 1")]
    [InlineData("UNWIND [] AS x FOREACH (y IN [1] | CREATE (:A {v: y, w: x}))")]
    public void Variables_in_scope_are_accepted(string statement) => Assert.Empty(new InMemoryGraph().Run(statement).Rows);
}
