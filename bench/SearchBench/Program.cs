using System.Diagnostics;
using System.Globalization;
using AseanCyber.Bench.Import;
using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Search;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Logging.Abstractions;

// Full-text search on the embedded store over PAGES generated pages of ENTRIES entries (bench/search.sh).
var pages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var entriesPerPage = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
const int runs = 50;

var importer = new ProfileImporter(ReferenceData.Default);
var documents = Enumerable.Range(1, pages).Select(p => importer.Import(Pages.Generate(p, entriesPerPage), $"bench-{p:D3}.txt")).ToList();
var seed = BundledProfiles.Load().Select(b => importer.Import(b.Text, b.Name));
var directory = Directory.CreateTempSubdirectory("aseancyber-search-bench-").FullName;
try
{
    using var store = EmbeddedGraphStore.Open(importer, new EmbeddedStoreOptions { DataDirectory = directory }, NullLogger<EmbeddedGraphStore>.Instance);
    await store.ImportProfilesAsync([.. seed, .. documents], CancellationToken.None);
    var total = (await ((IGraphStore)store).QueryEntriesAsync(EntryQuery.All, CancellationToken.None)).TotalCount;
    Console.WriteLine($"graph: {total} entries in {pages + 1} profiles (the seed and {pages} generated pages of {entriesPerPage})");

    var clock = Stopwatch.StartNew();
    var first = await store.SearchEntriesAsync(Request("cybercrime"), CancellationToken.None);
    Console.WriteLine($"first search after the import (builds every profile's index): {Ms(clock.Elapsed)}, {first.TotalCount} hits");

    // Warm-up: the JIT compiles Lucene's hot paths over the first few dozen calls; a server is past that.
    for (var i = 0; i < 30; i++)
    {
        await store.SearchEntriesAsync(Request("Japan cybercrime \"regional forum\" -exercise"), CancellationToken.None);
    }

    Console.WriteLine($"{"query",-58} {"median",9} {"p90",9} {"hits",6}  top hit");
    await MeasureAsync("cybercrime", Request("cybercrime"));
    await MeasureAsync("Japan cybercrime", Request("Japan cybercrime"));
    await MeasureAsync("\"cybercrime dialogue\"", Request("\"cybercrime dialogue\""));
    await MeasureAsync("cyber security cooperation -exercise", Request("cyber security cooperation -exercise"));
    await MeasureAsync("\"regional forum\" incident response", Request("\"regional forum\" incident response"));
    await MeasureAsync("cybercrime, where kind = MEETING", Request("cybercrime", new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting)));
    await MeasureAsync("cybercrime, page 10 (first: 20, after 180)", Request("cybercrime", window: new Window(180, 20)));
    await MeasureAsync("cooperation (matches nearly every entry)", Request("cooperation"));

    clock.Restart();
    await store.ImportProfileAsync(documents[pages / 2], CancellationToken.None);
    var import = clock.Elapsed;
    clock.Restart();
    await store.SearchEntriesAsync(Request("cybercrime"), CancellationToken.None);
    Console.WriteLine($"re-import of one page: {Ms(import)}; the first search after it (re-indexes that page only): {Ms(clock.Elapsed)}");
    await MeasureAsync("cybercrime, after the re-import", Request("cybercrime"));

    async Task MeasureAsync(string label, SearchRequest request)
    {
        var times = new List<double>(runs);
        SearchPage page = SearchPage.Empty;
        for (var i = 0; i < runs + 3; i++)
        {
            var one = Stopwatch.StartNew();
            page = await store.SearchEntriesAsync(request, CancellationToken.None);
            if (i >= 3)
            {
                times.Add(one.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        var top = page.Hits.Count > 0 ? page.Hits[0].Entry.Title : "-";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-58} {times[runs / 2],6:0.00} ms {times[runs * 9 / 10],6:0.00} ms {page.TotalCount,6}  {top}"));
    }
}
finally
{
    Directory.Delete(directory, recursive: true);
}

static SearchRequest Request(string query, Filter? where = null, Window? window = null) =>
    new(SearchQuery.Parse(query), where, window ?? new Window(0, 20));

static string Ms(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:0.0} ms");
