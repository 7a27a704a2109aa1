using System.Text.Json;
using System.Text.RegularExpressions;
using AseanCyber.Api.Tests.Infrastructure;

namespace AseanCyber.Api.Tests.Contract;

/// <summary>
/// The README's examples are what a new user tries first: every GraphQL query in it runs on the seed without errors, and
/// the first one answers what the text beside it says it does.
/// </summary>
public sealed partial class ReadmeExamplesTests : IClassFixture<ReadmeExamplesTests.SeededApi>
{
    private readonly ApiFactory _api;

    public ReadmeExamplesTests(SeededApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        _api = api.Api;
    }

    public static TheoryData<int, string> Queries()
    {
        var data = new TheoryData<int, string>();
        var readme = File.ReadAllText(Path.Combine(SchemaSnapshotTests.RepositoryRoot(), "README.md"));
        foreach (Match block in GraphQLBlock().Matches(readme))
        {
            var query = block.Groups["query"].Value;
            // Mutations need a key and variables; operations with variables are shown with the values in the text.
            if (!query.TrimStart().StartsWith("mutation", StringComparison.Ordinal) && !query.TrimStart().StartsWith("query (", StringComparison.Ordinal)
                && !query.Contains('$', StringComparison.Ordinal))
            {
                data.Add(readme[..block.Index].Count(c => c == '\n') + 1, query);
            }
        }

        return data;
    }

    [Fact]
    public void The_README_has_query_examples_for_every_analyst_field()
    {
        var queries = Queries().Select(row => (string)row[1]).ToList();
        Assert.True(queries.Count >= 10, $"only {queries.Count} query examples found");
        foreach (var field in new[] { "entries(", "country(", "connections(", "cooperation(", "cooperationPaths(", "search(", "entryFacets" })
        {
            Assert.Contains(queries, q => q.Contains(field, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Every_query_example_runs_on_the_seed_without_errors(int line, string query)
    {
        var result = await _api.PostGraphQLAsync(query);

        Assert.True(result.Errors.Count == 0 && result.HasDataEntry, $"README line {line}: {result}");
    }

    [Fact]
    public async Task The_first_example_answers_the_two_Japan_meetings_with_what_the_text_says_of_them()
    {
        var query = (string)Queries().First()[1];
        Assert.Contains("country(code: \"JP\")", query, StringComparison.Ordinal);

        var result = await _api.PostGraphQLAsync(query);

        var nodes = result.Data.GetProperty("country").GetProperty("entries").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(2, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(0, n.GetProperty("bodies").GetArrayLength()));
        Assert.All(nodes, n => Assert.Equal("Association of Southeast Asian Nations", n.GetProperty("profile").GetProperty("name").GetString()));
        var dialogue = Assert.Single(nodes, n => n.GetProperty("title").GetString() == "ASEAN-Japan 2nd Cybercrime Dialogue");
        Assert.Equal(
            ["Japan PARTNER", "Malaysia VENUE"],
            dialogue.GetProperty("involvements").EnumerateArray().Select(i => $"{i.GetProperty("country").GetProperty("name").GetString()} {i.GetProperty("role").GetString()}"));
        Assert.Equal("Kuala Lumpur", Assert.Single(dialogue.GetProperty("places").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Array, dialogue.GetProperty("themes").ValueKind);
    }

    [GeneratedRegex(@"^```graphql\n(?<query>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    /// <summary>One app on the embedded seed for the class: every example only reads.</summary>
    public sealed class SeededApi : IDisposable
    {
        public ApiFactory Api { get; } = new();

        public void Dispose() => Api.Dispose();
    }
}
