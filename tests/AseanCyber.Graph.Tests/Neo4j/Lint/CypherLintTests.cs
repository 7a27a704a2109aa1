using System.Diagnostics;
using Xunit.Abstractions;

namespace AseanCyber.Graph.Tests.Neo4j.Lint;

/// <summary>
/// Every Cypher statement we send Neo4j passes Neo4j's own parser and semantic analysis (npm
/// @neo4j-cypher/language-support), checked against our graph's labels, relationship types and property keys.
/// </summary>
[Trait(Tier.Name, Tier.External)]
public sealed class CypherLintTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Every_cypher_file_passes_lint()
    {
        var root = ExternalTools.RepositoryRoot();
        var folder = Path.Combine(root, "cypher");
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cypher", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        Assert.True(files.Count > 0, $"{folder} holds no .cypher file: there is nothing to lint, and this test must not pass vacuously.");

        var scripts = files
            .Select(f => (File: Path.GetRelativePath(root, f).Replace('\\', '/'), Script: File.ReadAllText(f)))
            .ToList();
        foreach (var (file, script) in scripts)
        {
            output.WriteLine($"{file}: {CypherScript.Split(script).Count} statement(s)");
        }

        var stopwatch = Stopwatch.StartNew();
        var findings = await CypherLinter.LintScriptsAsync(scripts);
        output.WriteLine($"Linted in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(findings.Count == 0, $"Cypher lint, {findings.Count} finding(s):\n" + string.Join('\n', findings));
    }

    // The probes below prove that the harness can fail: each bad statement must be reported. They are linted in one
    // batch (one node process) shared by the tests of this class.
    private static readonly Lazy<Task<IReadOnlyList<CypherDiagnostic>>> Probes = new(() => CypherLinter.LintAsync(
    [
        ("syntax error", "MATCH (n RETURN n"),
        ("unknown label", "MATCH (e:Entyr) RETURN e.id"),
        ("unknown relationship type", "MATCH (e:Entry)-[:ISSUED_BYY]->(b:Body) RETURN e.id, b.id"),
        ("unknown property", "MATCH (e:Entry) RETURN e.titel"),
        ("undefined variable", "MATCH (e:Entry) RETURN x"),
        ("unknown procedure", "CALL db.index.fulltext.queryNodez('entry_text', $q) YIELD node RETURN node.id"),
        ("unknown function", "MATCH (e:Entry) RETURN toLowr(e.title) AS title"),
        ("deprecated subquery import", "MATCH (p:Profile) CALL { WITH p MATCH (e:Entry)-[:IN_PROFILE]->(p) RETURN count(e) AS n } RETURN p.id, n"),
        ("unknown label in MERGE", "UNWIND $rows AS row MERGE (e:Entyr {id: row.id})"),
        ("unknown relationship type in an index", "CREATE INDEX involves_role IF NOT EXISTS FOR ()-[r:INVOLVE]-() ON (r.role)"),
        ("unknown property in an index", "CREATE INDEX entry_yeer IF NOT EXISTS FOR (n:Entry) ON (n.yeer)"),
        ("cartesian product", "MATCH (a:Entry {id: $a}), (b:Country {id: $b}) MERGE (a)-[:INVOLVES]->(b)"),
        ("parameters", "MATCH (e:Entry {id: $id}) WHERE e.title CONTAINS $`search text` RETURN e.id SKIP $skip LIMIT $limit"),
        ("schema", "CREATE CONSTRAINT entry_id IF NOT EXISTS FOR (n:Entry) REQUIRE n.id IS UNIQUE"),
        ("fulltext index", "CREATE FULLTEXT INDEX entry_text IF NOT EXISTS FOR (n:Entry) ON EACH [n.title, n.description]"),
        ("read", """
            UNWIND $ids AS id
            OPTIONAL MATCH (e:Entry {id: id})
            RETURN id, e { .id, .title, themes: COLLECT { MATCH (e)-[:ABOUT]->(t:Theme) RETURN t.name ORDER BY t.name } } AS entry
            """),
        ("search", """
            CALL db.index.fulltext.queryNodes('entry_text', $q) YIELD node, score
            WHERE node:Entry AND EXISTS { (node)-[:IN_PROFILE]->(:Profile {id: $profileId}) }
            CALL (node) { MATCH (node)-[:ABOUT]->(t:Theme) RETURN count(t) AS themes }
            RETURN node.id AS id, score, themes, COUNT { (node)-[:MENTIONS]->() } AS mentions
            ORDER BY score DESC LIMIT $limit
            """),
        ("import", """
            UNWIND $rows AS row
            MERGE (e:Entry {id: row.id})
            SET e.title = row.title, e.year = row.year
            FOREACH (theme IN row.themes | MERGE (t:Theme {id: theme}) MERGE (e)-[:ABOUT]->(t))
            """),
        ("link", "MATCH (a:Entry {id: $a}) MATCH (b:Country {id: $b}) MERGE (a)-[:INVOLVES {role: $role}]->(b)"),
        ("path", """
            MATCH p = shortestPath((a {id: $from})-[*1..6]-(b {id: $to}))
            RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types
            """),
        ("whole schema", """
            MATCH (n:Profile|Entry|StrategyDocument|OtherDocument|Communication|SpecializedAgency|KeyPosition|NationalAgency|Legislation|Meeting|Activity|ExternalCooperation|OtherEntry|Body|Country|Place|Theme|Organization)
                  -[r:IN_PROFILE|ISSUED_BY|INVOLVES|HELD_IN|IN|ABOUT|MENTIONS|MEMBER_OF]-(m)
            RETURN n.id, n.name, n.acronym, n.code, n.code3, n.title, n.kind, n.section, n.category, n.status, n.edition,
                   n.description, n.items, n.dates, n.dateStart, n.year, n.rank, n.profileId, n.document, n.firstLine,
                   n.lastLine, n.lastUpdated, r.role, r.evidence, r.terms, r.confidence, r.weak, n.line, n.ordinal, n.text, m.id
            """),
    ]));

    [SkippableTheory]
    [InlineData("syntax error", 1, 10, "Invalid input 'RETURN'")]
    [InlineData("unknown label", 1, 10, "Label Entyr is not present in the database")]
    [InlineData("unknown relationship type", 1, 19, "Relationship type ISSUED_BYY is not present in the database")]
    [InlineData("unknown property", 1, 26, "titel is not present in the database")]
    [InlineData("undefined variable", 1, 24, "Variable `x` not defined")]
    [InlineData("unknown procedure", 1, 6, "Procedure db.index.fulltext.queryNodez is not present in the database")]
    [InlineData("unknown function", 1, 24, "Function toLowr is not present in the database")]
    [InlineData("deprecated subquery import", 1, 19, "CALL subquery without a variable scope clause is deprecated")]
    [InlineData("unknown label in MERGE", 1, 30, "Label or relationship type Entyr is not in our graph's schema")]
    [InlineData("unknown relationship type in an index", 1, 52, "Label or relationship type INVOLVE is not in our graph's schema")]
    [InlineData("unknown property in an index", 1, 59, "Property key yeer is not in our graph's schema")]
    [InlineData("cartesian product", 1, 1, "this will build a cartesian product")]
    public async Task The_linter_reports(string probe, int line, int column, string message)
    {
        var diagnostics = await Probes.Value;
        var found = diagnostics.Where(d => d.Name == probe).ToList();
        Assert.True(
            found.Exists(d => d.Line == line && d.Column == column && d.Message.Contains(message, StringComparison.Ordinal)),
            $"Expected \"{message}\" at {line}:{column} for the {probe} probe; got:\n" + string.Join('\n', found));
    }

    [SkippableTheory]
    [InlineData("parameters")]
    [InlineData("schema")]
    [InlineData("fulltext index")]
    [InlineData("read")]
    [InlineData("search")]
    [InlineData("import")]
    [InlineData("link")]
    [InlineData("path")]
    [InlineData("whole schema")]
    public async Task The_linter_passes_a_good_statement(string probe)
    {
        // "parameters": lintCypherQuery reports each $parameter as undefined; lint.mjs drops exactly those messages.
        var diagnostics = await Probes.Value;
        var found = diagnostics.Where(d => d.Name == probe).ToList();
        Assert.True(found.Count == 0, $"The {probe} probe should lint clean; got:\n" + string.Join('\n', found));
    }

    [SkippableFact]
    public async Task Findings_in_a_script_name_the_file_line_and_column()
    {
        const string script = """
            // Two statements; the second has an error on the file's line 6.
            CREATE CONSTRAINT entry_id IF NOT EXISTS FOR (n:Entry) REQUIRE n.id IS UNIQUE;

            MATCH (e:Entry)
            WHERE e.title = 'a;b' // not the end;
            RETURN x;
            // trailing comment
            """;

        var findings = await CypherLinter.LintScriptsAsync([("cypher/probe.cypher", script), ("cypher/empty.cypher", "// nothing\n")]);

        Assert.Equal(
            ["cypher/empty.cypher:1:1: error: The file holds no Cypher statement.", "cypher/probe.cypher:6:8: error: Variable `x` not defined"],
            findings.Select(f => f.ToString()).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task AssertClean_fails_with_each_finding_and_its_line()
    {
        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => CypherLinter.AssertCleanAsync(
        [
            ("good", "MATCH (e:Entry {id: $id}) RETURN e.title"),
            ("bad", "MATCH (e:Entry)\nRETURN e.titel"),
        ]));

        Assert.Contains("1 finding(s) in 1 of 2 statement(s)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("bad (2:10): warning: titel is not present in the database", failure.Message, StringComparison.Ordinal);
        Assert.Contains("    2 | RETURN e.titel\n" + new string(' ', 8 + 9) + "^", failure.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
