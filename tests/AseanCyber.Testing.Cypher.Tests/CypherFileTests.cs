extern alias domain;

using domain::AseanCyber.Graph.Neo4j;

namespace AseanCyber.Testing.Cypher.Tests;

/// <summary>
/// The repository's cypher/*.cypher files as the adapter sends them (<see cref="CypherFiles"/>: schema.cypher split into
/// statements, the where marker and order region filled, the page from the end reversed, the hop limit set) are Cypher
/// the engine parses. What they answer is checked through the real adapter in the Graph tests' store contract suite on
/// the executing stand-in (StandInNeo4jGraphStoreContractTests).
/// </summary>
public sealed class CypherFileTests
{
    private const string WhereMarker = "/*where*/";
    private const string HopsMarker = "/*hops*/";

    public static TheoryData<string> Files() => [.. CypherFiles.Names];

    [Fact]
    public void Every_file_in_the_cypher_folder_is_shipped()
    {
        var folder = Path.Combine(RepositoryRoot(), "cypher");
        var onDisk = Directory.GetFiles(folder, "*.cypher").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, CypherFiles.Names);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_parses_as_sent_and_composed(string name)
    {
        var text = CypherFiles.Get(name);
        IReadOnlyList<string> sent = name == CypherFiles.Schema ? CypherFiles.Statements(name) : [text];
        foreach (var statement in sent)
        {
            Parser.Parse(statement);
        }

        if (text.Contains(WhereMarker, StringComparison.Ordinal))
        {
            var v = name switch { "get-countries" => "c", "get-bodies" => "b", "get-profiles" or "get-places" => "p", "get-themes" => "t", "get-organizations" => "o", _ => "e" };
            // A template without an order region (entry-facets) is composed with no sort keys, as the adapter does.
            var ordered = text.Contains("/*order*/", StringComparison.Ordinal);
            string[] keys = ordered ? [$"{v}.name IS NULL DESC", $"{v}.name", $"{v}.id IS NULL", $"{v}.id DESC"] : [];
            Parser.Parse(CypherFiles.Compose(name, SampleFilter(v), keys));
            if (ordered)
            {
                Parser.Parse(CypherFiles.ComposeReversed(name, SampleFilter(v), keys));
                Parser.Parse(CypherFiles.ComposeReversed(name, null, []));
            }
        }

        Assert.Equal(name == CypherFiles.FindPaths, text.Contains(HopsMarker, StringComparison.Ordinal));
        if (name == CypherFiles.FindPaths)
        {
            for (var hops = 1; hops <= CypherFiles.MaxHops; hops++)
            {
                Parser.Parse(CypherFiles.FindPathsWithin(hops));
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
        var statements = CypherFiles.Statements(CypherFiles.Schema);
        var db = new InMemoryGraph();

        var first = statements.Sum(s => db.Run(s).Counters.ConstraintsAdded);
        var second = statements.Sum(s => db.Run(s).Counters.ConstraintsAdded);

        Assert.NotEqual(0, first);
        Assert.Equal(statements.Count(s => s.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)), first);
        Assert.Equal(0, second);
    }

    private static string SampleFilter(string v) =>
        $"(coalesce({v}.id = $p0, false) AND NOT (coalesce(toUpper({v}.name) CONTAINS $p1, false)) AND ({v}.name IS NULL OR coalesce({v}.name IN $p2, false))"
        + $" AND EXISTS {{ MATCH ({v})-->(x1) WHERE coalesce(x1.name STARTS WITH $p3, false) }})";

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
