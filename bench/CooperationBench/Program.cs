using System.Diagnostics;
using System.Globalization;
using AseanCyber.Bench.Facets;
using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Querying.Cooperation;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Logging.Abstractions;

// store [pages] [entries] [--standin]: times the cooperation queries on the embedded store (the bundled ASEAN page plus
// the generated ones), through the store port and the shared CooperationNetwork, as the API runs them; with --standin
// also the Neo4j adapter's statements on the in-memory engine, checked to answer as the embedded graph does.
// write <dir> [pages] [entries]: writes the pages as a data directory the app loads at start.
var mode = args.Length > 0 ? args[0] : "store";
if (mode == "write")
{
    BenchSupport.WritePages(args[1], Arg(2, 200), "bco", p => Pages.Generate(p, Arg(3, 100), "BCO", "Cooperation"));
    return;
}

var pages = Arg(1, 200);
var entriesPerPage = Arg(2, 100);
var standIn = args.Contains("--standin");
var importer = new ProfileImporter(ReferenceData.Default);
// The bundled ASEAN page first, as the app's seed would import it, then the generated pages.
var documents = GraphSeed.Parse(BundledProfiles.Load(), importer.Import)
    .Concat(Enumerable.Range(1, pages).Select(p => importer.Import(Pages.Generate(p, entriesPerPage, "BCO", "Cooperation"), BenchSupport.FileName("bco", p))))
    .ToList();
var directory = Directory.CreateTempSubdirectory("aseancyber-cooperation-bench-").FullName;
try
{
    using var embedded = EmbeddedGraphStore.Open(
        importer, new EmbeddedStoreOptions { DataDirectory = directory }, NullLogger<EmbeddedGraphStore>.Instance);
    await embedded.ImportProfilesAsync(documents, CancellationToken.None);
    var entries = (await embedded.QueryEntriesAsync(new EntryQuery(null, [], new Window(0, 1)), CancellationToken.None)).TotalCount;

    var meetingsSince2015 = new AndFilter([
        new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting),
        new FieldFilter(EntryFields.Year, FilterOperator.Gte, 2015),
    ]);
    var queries = new (string Name, Func<IGraphStore, Task<string>> Run)[]
    {
        ("cooperation(of: country:JP)", s => PartnersAsync(s, "country:JP", null)),
        ("cooperation(of: country:JP, MEETING >= 2015)", s => PartnersAsync(s, "country:JP", meetingsSince2015)),
        ("cooperation(of: profile:asean)", s => PartnersAsync(s, "profile:asean", null)),
        ("cooperation(of: body:asean-regional-forum)", s => PartnersAsync(s, "body:asean-regional-forum", null)),
        ("Cooperation.entries JP|asean, 20", s => SharedAsync(s, "country:JP", "profile:asean")),
        ("cooperationPaths KR -> INTERPOL, 2 hops", s => PathsAsync(s, "country:KR", "organization:interpol", 2, null)),
        ("cooperationPaths KR -> INTERPOL, 3 hops", s => PathsAsync(s, "country:KR", "organization:interpol", 3, null)),
        ("cooperationPaths KR -> INTERPOL, 4 hops", s => PathsAsync(s, "country:KR", "organization:interpol", 4, null)),
        ("cooperationPaths JP -> US, 3 hops, MEETING", s => PathsAsync(s, "country:JP", "country:US", 3, meetingsSince2015)),
        ("connections KR -> INTERPOL, 4 hops, first 5", s => ConnectionsAsync(s, "country:KR", "organization:interpol", 4)),
        ("connections KR -> INTERPOL, 6 hops, first 5", s => ConnectionsAsync(s, "country:KR", "organization:interpol", 6)),
    };

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"embedded graph: ASEAN seed + {pages} pages x {entriesPerPage} = {entries} entries; store port + CooperationNetwork, {Environment.ProcessorCount} cores, Release"));
    Console.WriteLine($"{"query",-46} {"p50 ms",8} {"p90 ms",8} {"max ms",8}  answer");
    var answers = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var (name, run) in queries)
    {
        var (answer, p50, p90, max) = await BenchSupport.MeasureAsync(() => run(embedded), 20);
        answers[name] = answer;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-46} {p50,8:0.0} {p90,8:0.0} {max,8:0.0}  {answer}"));
    }

    if (standIn)
    {
        // The adapter's statements on the in-memory engine: the same answers at this size. Its times are the engine's, an
        // interpreter written for tests, not Neo4j's.
        var (neo4j, handler) = await BenchSupport.StandInNeo4jAsync();
        using var _ = handler;
        var import = Stopwatch.StartNew();
        var outcomes = await neo4j.ImportProfilesAsync(documents, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stand-in Neo4j (in-memory engine): imported {outcomes.Count(o => o.Succeeded)} pages in {import.Elapsed.TotalSeconds:0.0} s"));
        foreach (var (name, run) in queries)
        {
            var before = handler.Requests.Count;
            var clock = Stopwatch.StartNew();
            var answer = await run(neo4j);
            clock.Stop();
            var same = answer == answers[name];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-46} {clock.Elapsed.TotalMilliseconds,8:0} ms  {handler.Requests.Count - before} request(s), {(same ? "same answer as embedded" : "DIFFERENT ANSWER: " + answer)}"));
            if (!same)
            {
                Environment.ExitCode = 1;
            }
        }
    }
}
finally
{
    Directory.Delete(directory, recursive: true);
}

static async Task<string> PartnersAsync(IGraphStore store, string actorId, Filter? where)
{
    var answer = await store.GetCooperationAsync([actorId], where, CancellationToken.None);
    var partners = CooperationNetwork.Partners(answer[actorId]);
    var first = partners[0];
    return string.Create(CultureInfo.InvariantCulture,
        $"{partners.Count} partners; first {first.ToId} ({first.Count} entries, {first.Strength:0.0000}); {partners.Sum(p => p.Count)} pair-entries");
}

static async Task<string> SharedAsync(IGraphStore store, string a, string b)
{
    var key = EntryScope.SharedKey(a, b);
    var pages = await store.QueryEntriesAsync(EntryScope.Of(EntryScopeKind.Shared, [key]), new EntryQuery(null, [], new Window(0, 20)), CancellationToken.None);
    return string.Create(CultureInfo.InvariantCulture, $"{pages[key].TotalCount} shared, first {pages[key].Entries[0].Id}");
}

static async Task<string> PathsAsync(IGraphStore store, string from, string to, int maxHops, Filter? where)
{
    var paths = await CooperationNetwork.FindPathsAsync(store, from, to, maxHops, where, 5, CancellationToken.None);
    return paths.Count == 0
        ? "no path"
        : string.Create(CultureInfo.InvariantCulture, $"{paths.Count} paths; first {string.Join(" > ", paths[0].ActorIds)} ({paths[0].Strength:0.0000})");
}

static async Task<string> ConnectionsAsync(IGraphStore store, string from, string to, int maxHops)
{
    var paths = await store.FindPathsAsync(new PathQuery(from, to, maxHops, 5), CancellationToken.None);
    return paths.Count == 0
        ? "no path"
        : string.Create(CultureInfo.InvariantCulture, $"{paths.Count} paths; first {string.Join(" > ", paths[0].Nodes.Select(n => n.Id))} ({paths[0].Strength:0.0000})");
}

int Arg(int index, int fallback) => args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var v) ? v : fallback;
