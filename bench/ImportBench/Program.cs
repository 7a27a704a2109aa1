using System.Diagnostics;
using System.Globalization;
using AseanCyber.Bench.Import;
using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Logging.Abstractions;

// One scenario per process, so each peak working set is its own: batch | singles | one-into-full.
var scenario = args.Length > 0 ? args[0] : "batch";
var pages = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var entriesPerPage = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;

var importer = new ProfileImporter(ReferenceData.Default);
var parse = Stopwatch.StartNew();
var documents = Enumerable.Range(1, pages).Select(p => importer.Import(Pages.Generate(p, entriesPerPage), $"bench-{p:D3}.txt")).ToList();
parse.Stop();
var entries = documents.Sum(d => d.Entries.Count);

var directory = Directory.CreateTempSubdirectory("aseancyber-import-bench-").FullName;
try
{
    using var store = EmbeddedGraphStore.Open(importer, new EmbeddedStoreOptions { DataDirectory = directory }, NullLogger<EmbeddedGraphStore>.Instance);
    GC.Collect();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    string detail;
    switch (scenario)
    {
        case "batch":
            var outcomes = await store.ImportProfilesAsync(documents, CancellationToken.None);
            clock.Stop();
            var failed = outcomes.Count(o => !o.Succeeded);
            var countries = (await store.GetCountriesAsync(ListQuery.All, CancellationToken.None)).Count;
            var places = (await store.GetPlacesAsync(ListQuery.All, CancellationToken.None)).Count;
            var bodies = (await store.GetBodiesAsync(ListQuery.All, CancellationToken.None)).Count;
            var warnings = documents.Sum(d => d.Warnings.Count);
            var graph = string.Create(CultureInfo.InvariantCulture, $"{countries} countries, {places} places, {bodies} bodies, {warnings} warnings");
            detail = failed == 0 ? $"one batch, one snapshot; {graph}" : $"{failed} page(s) refused";
            break;
        case "singles":
            var last = TimeSpan.Zero;
            foreach (var document in documents)
            {
                var one = Stopwatch.StartNew();
                await store.ImportProfileAsync(document, CancellationToken.None);
                last = one.Elapsed;
            }

            clock.Stop();
            detail = $"the {pages}th import alone: {Ms(last)}";
            break;
        case "one-into-full":
            await store.ImportProfilesAsync(documents.Take(pages - 1).ToList(), CancellationToken.None);
            GC.Collect();
            allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            await store.ImportProfileAsync(documents[^1], CancellationToken.None);
            clock.Stop();
            var reimports = new List<double>();
            foreach (var document in documents.Take(9))
            {
                var again = Stopwatch.StartNew();
                await store.ImportProfileAsync(document, CancellationToken.None);
                reimports.Add(again.Elapsed.TotalMilliseconds);
            }

            reimports.Sort();
            detail = $"new page into {pages - 1} pages; re-import of a page, median of 9: {reimports[4]:0.0} ms";
            break;
        default:
            throw new ArgumentException($"unknown scenario '{scenario}': batch, singles or one-into-full");
    }

    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    var total = (await store.QueryEntriesAsync(EntryQuery.All, CancellationToken.None)).TotalCount;
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{scenario,-14} {Ms(clock.Elapsed),10} {process.PeakWorkingSet64 / 1048576.0,9:0} MB {allocated / 1048576.0,9:0} MB {total,8}  {detail} (parse {pages} pages: {Ms(parse.Elapsed)}, {entries} entries)"));
}
finally
{
    Directory.Delete(directory, recursive: true);
}

static string Ms(TimeSpan t) => t.TotalMilliseconds >= 1000
    ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.00} s")
    : string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:0.0} ms");
