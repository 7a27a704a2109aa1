using System.Globalization;
using AseanCyber.Graph.Model;

namespace AseanCyber.Api.Export;

/// <summary>What is exported: the whole graph, or one profile's subgraph.</summary>
public sealed record ExportScope(Profile? Profile)
{
    public static ExportScope Whole { get; } = new((Profile?)null);

    /// <summary>"asean" for profile:asean; null for the whole graph.</summary>
    public string? ProfileKey => Profile is null ? null : NodeIds.ProfileKey(Profile.Id);
}

/// <summary>
/// Writes one format as the export walks the graph: nodes and relationships as they come, each page closed by
/// <see cref="EndBatch"/>, after which everything so far must be in the output (the endpoint then sends it).
/// </summary>
public abstract class ExportWriter
{
    public virtual void Begin()
    {
    }

    public abstract void Node(ExportNode node);

    public abstract void Edge(ExportEdge edge);

    public virtual void EndBatch()
    {
    }

    public virtual void Finish()
    {
    }

    /// <summary>A number as every format writes it: invariant culture, a double as its shortest round-trip form.</summary>
    public static string Number(object value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Not a number: {value.GetType().Name}", nameof(value)),
    };
}

/// <summary>One export URL: <c>/export/{FileName}</c>, its media type and the writer of its format.</summary>
public sealed record ExportFormat(string FileName, string ContentType, Func<TextWriter, ExportScope, ExportWriter> CreateWriter)
{
    public static ExportFormat GraphML { get; } = new("graph.graphml", "application/graphml+xml; charset=utf-8", (w, s) => new GraphMLWriter(w, s));

    public static ExportFormat NodesCsv { get; } = new("nodes.csv", CsvWriter.ContentType, (w, _) => new CsvWriter(w, CsvWriter.Rows.Nodes));

    public static ExportFormat EdgesCsv { get; } = new("edges.csv", CsvWriter.ContentType, (w, _) => new CsvWriter(w, CsvWriter.Rows.Edges));

    /// <summary>No media type is registered for Cypher: a script is plain UTF-8 text.</summary>
    public static ExportFormat Cypher { get; } = new("graph.cypher", "text/plain; charset=utf-8", (w, s) => new CypherScriptWriter(w, s));

    public static IReadOnlyList<ExportFormat> All { get; } = [GraphML, NodesCsv, EdgesCsv, Cypher];

    /// <summary>aseancyber-graph.graphml, or aseancyber-asean-graph.graphml for profile:asean.</summary>
    public string DownloadName(ExportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ProfileKey is { } key ? $"aseancyber-{key}-{FileName}" : $"aseancyber-{FileName}";
    }
}
