using System.Text;
using AseanCyber.Api.Export;
using AseanCyber.Testing.Cypher;

namespace AseanCyber.Api.Tests.Export;

/// <summary>
/// The Cypher script: run statement by statement on an empty stand-in database (the in-memory Cypher engine), it
/// rebuilds the source graph, labels and typed properties included; and Neo4j's own parser and semantic analysis (the
/// Cypher linter) accept every statement.
/// </summary>
[Collection(ExportCollection.Name)]
public sealed class CypherExportTests(ExportFixture fixture)
{
    [Theory]
    [InlineData("Embedded", null)]
    [InlineData("Neo4j", null)]
    [InlineData("Embedded", HostileProfile.Id)]
    [InlineData("Neo4j", HostileProfile.Id)]
    [InlineData("Neo4j", "profile:norway")]
    public async Task Run_on_an_empty_database_it_rebuilds_the_graph(string provider, string? profile)
    {
        var script = (await fixture.ExportAsync(provider, "graph.cypher", profile)).Text;
        var expected = profile is null ? fixture.Source : fixture.Source.Subgraph(profile);

        var rebuilt = Run(script);

        Assert.Equal(expected.NodeLines(withExtraLabels: true), rebuilt.NodeLines(withExtraLabels: true));
        Assert.Equal(expected.EdgeLines(), rebuilt.EdgeLines());
    }

    [Fact]
    public async Task Two_profiles_scripts_load_into_one_database_and_share_their_nodes()
    {
        var asean = (await fixture.ExportAsync("Embedded", "graph.cypher", "profile:asean")).Text;
        var norway = (await fixture.ExportAsync("Embedded", "graph.cypher", "profile:norway")).Text;
        var graph = new InMemoryGraph();

        RunInto(graph, asean);
        RunInto(graph, norway);

        var both = TestGraph.FromDatabase(graph);
        var expected = fixture.Source.Subgraph("profile:asean").Nodes.Concat(fixture.Source.Subgraph("profile:norway").Nodes).Select(n => n.Id).Distinct().Count();
        Assert.Equal(expected, both.Nodes.Count);
    }

    [Fact]
    public async Task The_script_starts_with_the_schemas_constraints()
    {
        var script = (await fixture.ExportAsync("Neo4j", "graph.cypher")).Text;
        var statements = CypherScript.Split(script).Select(s => s.Text).ToList();

        Assert.Equal(8, statements.TakeWhile(s => s.Contains("CREATE CONSTRAINT", StringComparison.Ordinal)).Count());
        Assert.Equal("CREATE CONSTRAINT entry_id IF NOT EXISTS FOR (n:Entry) REQUIRE n.id IS UNIQUE", statements[1]);
        Assert.DoesNotContain(statements, s => s.Contains("ImportLock", StringComparison.Ordinal));
    }

    [Trait(Tier.Name, Tier.External)]
    [SkippableFact]
    public async Task Every_statement_passes_the_Cypher_linter()
    {
        var statements = new List<(string Name, string Text)>();
        foreach (var (provider, profile) in new[] { ("Neo4j", (string?)null), ("Embedded", HostileProfile.Id) })
        {
            var script = (await fixture.ExportAsync(provider, "graph.cypher", profile)).Text;
            statements.AddRange(CypherScript.Split(script).Select(s => ($"{provider} {profile ?? "whole graph"} line {s.Line}", s.Text)));
        }

        await CypherLinter.AssertCleanAsync(statements);
    }

    [Trait(Tier.Name, Tier.External)]
    [SkippableFact]
    public async Task Every_hostile_literal_passes_the_Cypher_linter()
    {
        await CypherLinter.AssertCleanAsync(HostileTexts().Select((t, i) => ($"literal {i}", $"RETURN {CypherLiteral.String(t)} AS v")));
    }

    [Fact]
    public void Every_hostile_literal_reads_back_as_itself()
    {
        var graph = new InMemoryGraph();
        foreach (var text in HostileTexts())
        {
            var literal = CypherLiteral.String(text);

            var read = graph.Run($"RETURN {literal} AS v", mode: CypherAccessMode.Read).Single();

            Assert.True(text == (string?)read, $"{literal} read back as {read}");
            Assert.DoesNotContain('\n', literal);
            Assert.DoesNotContain('\r', literal);
        }
    }

    [Theory]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"C:\path", @"'C:\\path'")]
    [InlineData("a\nb\r\tc", @"'a\nb\r\tc'")]
    [InlineData("\"double\"", "'\"double\"'")]
    [InlineData("Việt Nam 東京 🙂", "'Việt Nam 東京 🙂'")]
    public void Strings_are_escaped_as_Neo4js_lexer_reads_them(string text, string literal)
    {
        Assert.Equal(literal, CypherLiteral.String(text));
    }

    [Fact]
    public void Controls_separators_and_format_characters_are_unicode_escapes()
    {
        Assert.Equal(
            @"'rtl \u202E zero-width \u200B line \u2028 nul \u0000 bell \u0007 del \u007F lone \uD800'",
            CypherLiteral.String("rtl \u202E zero-width \u200B line \u2028 nul \0 bell \a del \u007F lone \uD800"));
    }

    [Theory]
    [InlineData("Entry", "`Entry`")]
    [InlineData("odd`name", "`odd``name`")]
    public void Names_are_in_backticks_with_backticks_doubled(string name, string quoted)
    {
        Assert.Equal(quoted, CypherLiteral.Name(name));
    }

    [Fact]
    public void Numbers_are_invariant_and_floats_stay_floats()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("1.5", Literal(1.5));
            Assert.Equal("1.0", Literal(1.0));
            Assert.Equal("1E+20", Literal(1e20));
            Assert.Equal("-0.0", Literal(-0.0));
            Assert.Equal("(0.0 / 0.0)", Literal(double.NaN));
            Assert.Equal("1234567", Literal(1234567));
            Assert.Equal("true", Literal(true));
            Assert.Equal("['a', 'b\\'c']", Literal(new[] { "a", "b'c" }));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }

        var graph = new InMemoryGraph();
        Assert.Equal(1.0, graph.Run($"RETURN {Literal(1.0)} AS v", mode: CypherAccessMode.Read).Single());
        Assert.Equal(1e20, graph.Run($"RETURN {Literal(1e20)} AS v", mode: CypherAccessMode.Read).Single());
    }

    private static string Literal(object value)
    {
        var sb = new StringBuilder();
        CypherLiteral.AppendValue(sb, value);
        return sb.ToString();
    }

    /// <summary>Every character class the escaping treats apart, alone and in company.</summary>
    private static IEnumerable<string> HostileTexts()
    {
        yield return string.Concat(Enumerable.Range(0, 32).Select(c => (char)c));
        yield return "\u007F\u0080\u009F\u00A0\u200B\u200E\u202E\u2028\u2029\uFEFF";
        yield return @"\ \\ \' \"" \n \u0041 \U0001F600 \";
        yield return "' \" ` `` */ /* // ; MATCH (n) DETACH DELETE n //";
        yield return "Việt Nam, 東京, Ñoño, 🙂 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
        yield return "";
        foreach (var text in new[] { HostileProfile.Document.Profile.Name, HostileProfile.Formula, HostileProfile.Document.Entries[0].Entry.Description! })
        {
            yield return text;
        }
    }

    private static TestGraph Run(string script)
    {
        var graph = new InMemoryGraph();
        RunInto(graph, script);
        return TestGraph.FromDatabase(graph);
    }

    private static void RunInto(InMemoryGraph graph, string script)
    {
        var statements = CypherScript.Split(script);
        Assert.NotEmpty(statements);
        foreach (var statement in statements)
        {
            try
            {
                graph.Run(statement.Text);
            }
            catch (CypherException e)
            {
                Assert.Fail($"Line {statement.Line}: {e.Message}\n{statement.Text[..Math.Min(2000, statement.Text.Length)]}");
            }
        }
    }
}
