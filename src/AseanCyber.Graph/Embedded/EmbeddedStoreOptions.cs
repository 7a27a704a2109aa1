using AseanCyber.Graph.Import;

namespace AseanCyber.Graph.Embedded;

/// <summary>Configuration of <see cref="EmbeddedGraphStore"/> (section "Graph" of the API's settings).</summary>
public sealed record EmbeddedStoreOptions
{
    /// <summary>
    /// Where profiles imported through the API are kept, one <c>&lt;profile key&gt;.txt</c> per profile (the source text,
    /// re-imported on start-up). Created on the first import when missing.
    /// </summary>
    public required string DataDirectory { get; init; }

    /// <summary>
    /// The profiles the host seeds at every start-up (none when seeding is off). Importing one of them exactly as shipped
    /// (same name, same text) writes nothing to <see cref="DataDirectory"/>: the seed brings it back at the next start, so
    /// a newer build's version replaces it, and a read-only data directory still starts. A persisted version of that
    /// profile, which would win over the seed, is removed instead.
    /// </summary>
    public IReadOnlyList<SourceDocument> Bundled { get; init; } = [];
}
