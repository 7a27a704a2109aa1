using System.Diagnostics;
using System.Globalization;
using System.Text;
using AseanCyber.Api.Export;
using AseanCyber.Bench.Import;
using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Logging.Abstractions;

// Exports of the whole graph on the embedded store, for graphs of the seed plus each of SIZES generated pages of ENTRIES
// entries (bench/export.sh): per format the time, the file's size, and the most live managed memory the export held
// above the graph (measured after a full collection at the end of each page), next to the size of the file it wrote.
var sizes = (args.Length > 0 ? args[0] : "50,200").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var entriesPerPage = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;

var importer = new ProfileImporter(ReferenceData.Default);
Console.WriteLine($"{"entries",8} {"format",-14} {"seconds",8} {"file MB",8} {"held MB",8}");
foreach (var pages in sizes)
{
    var directory = Directory.CreateTempSubdirectory("aseancyber-export-bench-").FullName;
    try
    {
        using var embedded = EmbeddedGraphStore.Open(importer, new EmbeddedStoreOptions { DataDirectory = directory }, NullLogger<EmbeddedGraphStore>.Instance);
        var documents = Enumerable.Range(1, pages).Select(p => importer.Import(Pages.Generate(p, entriesPerPage), $"bench-{p:D3}.txt"));
        await embedded.ImportProfilesAsync([.. BundledProfiles.Load().Select(b => importer.Import(b.Text, b.Name)), .. documents], CancellationToken.None);
        var total = (await ((IGraphStore)embedded).QueryEntriesAsync(AseanCyber.Graph.Querying.EntryQuery.All, CancellationToken.None)).TotalCount;
        foreach (var format in ExportFormat.All)
        {
            // Timed without measuring memory (a full collection per page would dominate), then measured.
            var timed = await ExportAsync(embedded, format, measure: false);
            var measured = await ExportAsync(embedded, format, measure: true);
            Console.WriteLine($"{total,8} {format.FileName,-14} {timed.Seconds,8:0.00} {timed.Bytes / 1e6,8:0.0} {measured.PeakHeld / 1e6,8:0.0}");
        }
    }
    finally
    {
        Directory.Delete(directory, recursive: true);
    }
}

static async Task<(double Seconds, long Bytes, long PeakHeld)> ExportAsync(IGraphStore store, ExportFormat format, bool measure)
{
    using var sink = new CountingSink(format, measure ? GC.GetTotalMemory(forceFullCollection: true) : null);
    var clock = Stopwatch.StartNew();
    using (store.PinReads())
    {
        sink.Writer.Begin();
        await new GraphExportWalker(store, PageSize).WalkAsync(ExportScope.Whole, sink, CancellationToken.None);
        sink.Writer.Finish();
        await sink.EndBatchAsync(CancellationToken.None);
    }

    return (clock.Elapsed.TotalSeconds, sink.Bytes, sink.PeakHeld);
}

internal static partial class Program
{
    private const int PageSize = 200;
}

/// <summary>As the endpoint's sink: the page written into a buffer, then sent (here: counted and dropped).</summary>
internal sealed class CountingSink : IExportSink, IDisposable
{
    private readonly MemoryStream _buffer = new();
    private readonly StreamWriter _text;
    private readonly long? _baseline;

    public CountingSink(ExportFormat format, long? baseline)
    {
        _baseline = baseline;
        _text = new StreamWriter(_buffer, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
        Writer = format.CreateWriter(_text, ExportScope.Whole);
    }

    public ExportWriter Writer { get; }

    public long Bytes { get; private set; }

    public long PeakHeld { get; private set; }

    public void Node(ExportNode node) => Writer.Node(node);

    public void Edge(ExportEdge edge) => Writer.Edge(edge);

    public void Dispose()
    {
        _text.Dispose();
        _buffer.Dispose();
    }

    public async Task EndBatchAsync(CancellationToken cancellationToken)
    {
        Writer.EndBatch();
        await _text.FlushAsync(cancellationToken);
        if (_baseline is { } baseline)
        {
            PeakHeld = Math.Max(PeakHeld, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        }

        Bytes += _buffer.Length;
        _buffer.SetLength(0);
    }
}
