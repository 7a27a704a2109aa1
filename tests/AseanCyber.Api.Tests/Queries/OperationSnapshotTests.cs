using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Queries;

/// <summary>One GraphQL operation reads one state of the graph, even while imports land between its reads.</summary>
public sealed class OperationSnapshotTests
{
    private const string Query = "{ a: entries { totalCount } b: entries { totalCount } profiles { entries { totalCount } } c: entries { totalCount } }";

    [Fact]
    public async Task Every_read_of_one_operation_sees_the_same_graph_while_imports_run_in_a_loop()
    {
        using var api = new ApiFactory();
        var store = api.Services.GetRequiredService<IGraphStore>();
        var importer = api.Services.GetRequiredService<ProfileImporter>();
        var full = BundledProfiles.Load().Single();
        // The same profile without its last entry (title, description, date): imports alternate 27 and 26 entries.
        var lines = full.Text.TrimEnd('\n').Split('\n');
        var shorter = string.Join('\n', lines[..^3]) + "\n";
        var documents = new[] { importer.Import(shorter, full.Name), importer.Import(full.Text, full.Name) };
        Assert.Equal(documents[1].Entries.Count - 1, documents[0].Entries.Count);

        using var stop = new CancellationTokenSource();
        var imports = 0;
        var importing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && imports < 2_000)
            {
                await store.ImportProfileAsync(documents[imports % 2], CancellationToken.None);
                Interlocked.Increment(ref imports);
            }
        });

        var totals = new HashSet<int>();
        try
        {
            // Read until the imports have really moved the graph under the reads, however the two loops are scheduled.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            for (var request = 0; request < 300 || Volatile.Read(ref imports) <= 20 || totals.Count < 2; request++)
            {
                Assert.True(DateTime.UtcNow < deadline, $"After {request} requests only {Volatile.Read(ref imports)} imports ran and the reads saw {string.Join(", ", totals)}.");
                var result = await api.PostGraphQLAsync(Query);
                var a = result.Data.GetProperty("a").GetProperty("totalCount").GetInt32();
                var b = result.Data.GetProperty("b").GetProperty("totalCount").GetInt32();
                var c = result.Data.GetProperty("c").GetProperty("totalCount").GetInt32();
                var profile = result.Data.GetProperty("profiles")[0].GetProperty("entries").GetProperty("totalCount").GetInt32();
                Assert.True(a == b && b == c && c == profile, $"Request {request} mixed states: a={a} b={b} c={c} profile={profile}.");
                totals.Add(a);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await importing;
        }

        // The imports really did change the graph under the reads.
        Assert.True(imports > 10, $"Only {imports} imports ran during the reads.");
        Assert.Equal([26, 27], totals.Order());
    }
}
