namespace AseanCyber.Graph.Embedded;

/// <summary>Configuration of <see cref="EmbeddedGraphStore"/> (section "Graph" of the API's settings).</summary>
public sealed record EmbeddedStoreOptions
{
    /// <summary>
    /// Where profiles imported through the API are kept, one <c>&lt;profile key&gt;.txt</c> per profile (the source text,
    /// re-imported on start-up). Created on the first import when missing.
    /// </summary>
    public required string DataDirectory { get; init; }

    /// <summary>Whether the profiles shipped in the assembly are loaded before the persisted ones (off only for tests and empty deployments).</summary>
    public bool IncludeBundledProfiles { get; init; } = true;
}
