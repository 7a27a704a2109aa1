using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Xunit;

namespace AseanCyber.Testing;

/// <summary>One finding of the Cypher linter; <see cref="Line"/> and <see cref="Column"/> are 1-based, within the statement's text.</summary>
/// <param name="Severity">"error", "warning", "information" or "hint"; every one that is reported counts as a failure.</param>
public sealed record CypherDiagnostic(string Name, string Severity, string Message, int Line, int Column)
{
    public override string ToString() => $"{Name} ({Line}:{Column}): {Severity}: {Message}";
}

/// <summary>A finding in a .cypher file, at its 1-based line and column in the file.</summary>
public sealed record CypherFileDiagnostic(string File, int Line, int Column, string Severity, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Severity}: {Message}";
}

/// <summary>
/// Lints Cypher with <c>lintCypherQuery</c> from npm <c>@neo4j-cypher/language-support</c> (Neo4j's own parser and
/// semantic analysis, offline), against the schema of our graph declared in <c>tests/AseanCyber.Graph.Tests/Neo4j/Lint/lint.mjs</c>. One node process
/// lints a whole batch. Needs node and npm on PATH: without them the calling test is skipped, or fails when CI=true, so
/// call these from a <c>[SkippableFact]</c>.
/// </summary>
public static class CypherLinter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Where lint.mjs and its npm folder live: one copy for every test project that lints.</summary>
    public static string LintDirectory => Path.Combine(ExternalTools.RepositoryRoot(), "tests", "AseanCyber.Graph.Tests", "Neo4j", "Lint");

    /// <summary>
    /// Lints every statement in one node process and returns the diagnostics that count as failures (all of them, less
    /// the "Parameter $x is not defined." that lintCypherQuery writes for every parameter; see lint.mjs). Each
    /// statement's <c>Text</c> is one statement as Neo4j would receive it; <c>Name</c> is echoed in its diagnostics.
    /// </summary>
    public static async Task<IReadOnlyList<CypherDiagnostic>> LintAsync(IReadOnlyList<(string Name, string Text)> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            return [];
        }

        var node = ExternalTools.FindOnPath("node");
        var npm = ExternalTools.FindOnPath("npm");
        ExternalTools.Require(node is not null && npm is not null,
            "node and npm are needed to lint Cypher with @neo4j-cypher/language-support (apt-get install -y nodejs npm)");
        var directory = LintDirectory;
        await ExternalTools.NpmCiIfStaleAsync(npm!, directory);

        var input = Path.Combine(Path.GetTempPath(), $"cypher-lint-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, text = s.Text }), Json));
        try
        {
            var run = await ExternalTools.RunAsync(node!, ["lint.mjs", input], directory, TimeSpan.FromMinutes(10));
            Assert.True(run.ExitCode == 0, $"node lint.mjs failed:\n{run}");
            return JsonSerializer.Deserialize<List<CypherDiagnostic>>(run.StandardOutput, Json)
                ?? throw new InvalidOperationException($"lint.mjs printed no diagnostics array:\n{run}");
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>
    /// Fails the test, listing every diagnostic with the line of the statement it points at, unless every statement
    /// lints clean. Also fails for no statements at all or an empty one, so it can't pass vacuously. This is the entry
    /// point for <c>Every_generated_statement_passes_lint</c>: give it every statement the adapter can generate, named so
    /// a failure says which (e.g. "entryById", "search with filters").
    /// </summary>
    public static async Task AssertCleanAsync(IEnumerable<(string Name, string Text)> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var batch = statements.ToList();
        Assert.True(batch.Count > 0, "No Cypher statements to lint.");
        var empty = batch.Where(s => string.IsNullOrWhiteSpace(s.Text)).Select(s => s.Name).ToList();
        Assert.True(empty.Count == 0, "Empty Cypher statements: " + string.Join(", ", empty));

        var stopwatch = Stopwatch.StartNew();
        var diagnostics = await LintAsync(batch);
        if (diagnostics.Count == 0)
        {
            return;
        }

        var texts = batch.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        var message = new StringBuilder()
            .Append("Cypher lint: ").Append(diagnostics.Count).Append(" finding(s) in ")
            .Append(diagnostics.Select(d => d.Name).Distinct(StringComparer.Ordinal).Count()).Append(" of ").Append(batch.Count)
            .Append(" statement(s), linted in ").Append(stopwatch.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))
            .AppendLine(" s:");
        foreach (var diagnostic in diagnostics)
        {
            message.AppendLine().AppendLine(diagnostic.ToString());
            if (texts.TryGetValue(diagnostic.Name, out var text))
            {
                AppendExcerpt(message, text, diagnostic.Line, diagnostic.Column);
            }
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>
    /// Splits each script (a .cypher file's text) into statements with <see cref="CypherScript.Split"/>, lints them all in
    /// one batch and returns the findings at their place in the file. A script holding no statement is a finding too.
    /// </summary>
    public static async Task<IReadOnlyList<CypherFileDiagnostic>> LintScriptsAsync(IEnumerable<(string File, string Script)> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var findings = new List<CypherFileDiagnostic>();
        var statements = new Dictionary<string, (string File, CypherStatement Statement)>(StringComparer.Ordinal);
        foreach (var (file, script) in scripts)
        {
            var split = CypherScript.Split(script);
            if (split.Count == 0)
            {
                findings.Add(new CypherFileDiagnostic(file, 1, 1, "error", "The file holds no Cypher statement."));
            }

            foreach (var statement in split)
            {
                statements.Add($"{file}:{statement.Line}:{statement.Column}", (file, statement));
            }
        }

        var diagnostics = await LintAsync(statements.Select(s => (s.Key, s.Value.Statement.Text)).ToList());
        foreach (var diagnostic in diagnostics)
        {
            var (file, statement) = statements[diagnostic.Name];
            var (line, column) = statement.ToFilePosition(diagnostic.Line, diagnostic.Column);
            findings.Add(new CypherFileDiagnostic(file, line, column, diagnostic.Severity, diagnostic.Message));
        }

        return findings;
    }

    /// <summary>Appends the statement's line <paramref name="line"/> with a caret under <paramref name="column"/>.</summary>
    internal static void AppendExcerpt(StringBuilder message, string text, int line, int column)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return;
        }

        var gutter = $"    {line} | ";
        message.Append(gutter).AppendLine(lines[line - 1].TrimEnd('\r'));
        message.Append(' ', gutter.Length + Math.Max(0, column - 1)).AppendLine("^");
    }
}
