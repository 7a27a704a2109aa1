using System.Diagnostics;
using System.Globalization;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Neo4j.QueryApi.Testing;
using AseanCyber.Testing.Cypher;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Bench.Facets;

/// <summary>What the facets and cooperation benches share: the data-directory writer, the timing loop and the stand-in Neo4j.</summary>
internal static class BenchSupport
{
    /// <summary>Writes pages 1 to <paramref name="pages"/> as <c>{prefix}001.txt</c>, ... in <paramref name="directory"/>, a data directory the app loads at start.</summary>
    public static void WritePages(string directory, int pages, string prefix, Func<int, string> text)
    {
        Directory.CreateDirectory(directory);
        for (var p = 1; p <= pages; p++)
        {
            File.WriteAllText(Path.Combine(directory, FileName(prefix, p)), text(p));
        }
    }

    /// <summary>The document name of generated page <paramref name="page"/>: <c>{prefix}001.txt</c>.</summary>
    public static string FileName(string prefix, int page) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{page:D3}.txt");

    /// <summary>Runs <paramref name="run"/> three times unmeasured, then <paramref name="measured"/> times: the last answer and p50, p90 and max in ms.</summary>
    public static async Task<(T Answer, double P50, double P90, double Max)> MeasureAsync<T>(Func<Task<T>> run, int measured)
    {
        var times = new List<double>(measured);
        var answer = default(T);
        for (var i = 0; i < measured + 3; i++)
        {
            var clock = Stopwatch.StartNew();
            answer = await run();
            clock.Stop();
            if (i >= 3)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (answer!, times[times.Count / 2], times[times.Count * 9 / 10], times[^1]);
    }

    /// <summary>
    /// The Neo4j adapter over the tests' in-memory Cypher engine, schema applied: a check that its statements answer as the
    /// embedded graph does at a bench's size. Its times are that interpreter's, not Neo4j's. Dispose the handler after use.
    /// </summary>
    public static async Task<(Neo4jGraphStore Store, FakeQueryApiHandler Handler)> StandInNeo4jAsync()
    {
        var server = new InMemoryQueryApi(new InMemoryGraph());
        var handler = new FakeQueryApiHandler(server.Respond) { TransactionTimeout = TimeSpan.FromHours(1) };
        var store = new Neo4jGraphStore(handler.CreateClient(), FakeQueryApiHandler.Options(), NullLogger<Neo4jGraphStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return (store, handler);
    }
}
