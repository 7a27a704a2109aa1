using System.Diagnostics;
using System.Globalization;
using AseanCyber.Bench.Facets;
using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Querying.Facets;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Logging.Abstractions;

// store [pages] [entries] [--standin]: times entryFacets on the embedded store (and checks the Neo4j statement on the
// in-memory engine against it); write <dir> [pages] [entries]: writes the pages as a data directory the app loads at start.
var mode = args.Length > 0 ? args[0] : "store";
if (mode == "write")
{
    BenchSupport.WritePages(args[1], Arg(2, 200), "bfo", p => Pages.Generate(p, Arg(3, 100)));
    return;
}

var pages = Arg(1, 200);
var entriesPerPage = Arg(2, 100);
var standIn = args.Contains("--standin");
var importer = new ProfileImporter(ReferenceData.Default);
var documents = Enumerable.Range(1, pages).Select(p => importer.Import(Pages.Generate(p, entriesPerPage), BenchSupport.FileName("bfo", p))).ToList();
var directory = Directory.CreateTempSubdirectory("aseancyber-facets-bench-").FullName;
try
{
    using var embedded = EmbeddedGraphStore.Open(
        importer, new EmbeddedStoreOptions { DataDirectory = directory }, NullLogger<EmbeddedGraphStore>.Instance);
    await embedded.ImportProfilesAsync(documents, CancellationToken.None);
    var entries = (await embedded.QueryEntriesAsync(new EntryQuery(null, [], new Window(0, 1)), CancellationToken.None)).TotalCount;

    IReadOnlyList<FacetRequest> every =
    [
        .. Enum.GetValues<EntryFacet>().Select(f => new FacetRequest(f, f == EntryFacet.Year ? FacetOrder.Value : FacetOrder.Count, f == EntryFacet.Year ? 100 : 20)),
        .. Enum.GetValues<InvolvementRole>().Select(r => new FacetRequest(EntryFacet.Country, FacetOrder.Count, 20, r)),
    ];
    var japan = new ListFilter(EntryFields.Countries, ListQuantifier.Some, new FieldFilter(CountryFields.Code, FilterOperator.Eq, "JP"));
    var meetings = new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting);
    var queries = new (string Name, EntryFacetQuery Query)[]
    {
        ("totalCount only", new(null, [])),
        ("every facet (13 lists), all entries", new(null, every)),
        ("every facet, countries some JP", new(japan, every)),
        ("timeline: years of meetings", new(meetings, [new FacetRequest(EntryFacet.Year, FacetOrder.Value, 100)])),
        ("countries in each role + any", new(null, [.. every.Where(r => r.Facet == EntryFacet.Country)])),
    };

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"embedded graph: {pages} pages x {entriesPerPage} = {entries} entries; store port, {Environment.ProcessorCount} cores, Release"));
    Console.WriteLine($"{"query",-40} {"selected",9} {"p50 ms",9} {"p90 ms",9} {"max ms",9}");
    foreach (var (name, query) in queries)
    {
        var (result, p50, p90, max) = await BenchSupport.MeasureAsync(() => embedded.GetEntryFacetsAsync(query, CancellationToken.None), 30);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {result.TotalCount,9} {p50,9:0.00} {p90,9:0.00} {max,9:0.00}"));
    }

    if (standIn)
    {
        // The adapter's statement on the in-memory engine: the same answers at this size. Its times are the engine's, an
        // interpreter written for tests, not Neo4j's.
        var (neo4j, handler) = await BenchSupport.StandInNeo4jAsync();
        using var _ = handler;
        var import = Stopwatch.StartNew();
        var outcomes = await neo4j.ImportProfilesAsync(documents, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stand-in Neo4j (in-memory engine): imported {outcomes.Count(o => o.Succeeded)} pages in {import.Elapsed.TotalSeconds:0.0} s"));
        foreach (var (name, query) in queries)
        {
            var clock = Stopwatch.StartNew();
            var answer = await neo4j.GetEntryFacetsAsync(query, CancellationToken.None);
            clock.Stop();
            var expected = await embedded.GetEntryFacetsAsync(query, CancellationToken.None);
            var same = answer.TotalCount == expected.TotalCount && query.Facets.All(r =>
                answer.Facets[r].Select(c => (c.Value, c.Count, c.Node?.Id)).SequenceEqual(expected.Facets[r].Select(c => (c.Value, c.Count, c.Node?.Id))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {answer.TotalCount,9} {clock.Elapsed.TotalMilliseconds,9:0} ms  one request, {(same ? "same answer as embedded" : "DIFFERENT ANSWER")}"));
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

int Arg(int index, int fallback) => args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var v) ? v : fallback;
