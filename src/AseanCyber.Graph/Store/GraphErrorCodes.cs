namespace AseanCyber.Graph.Store;

/// <summary>The <see cref="GraphStoreException.Code"/> of every store failure a caller can see.</summary>
public static class GraphErrorCodes
{
    /// <summary>A profile document contradicts itself or the graph (bad key, duplicate entry ids, another profile's entry).</summary>
    public const string InvalidDocument = "INVALID_DOCUMENT";

    /// <summary>A profile bundled with the app does not import: the build is broken.</summary>
    public const string InvalidBundledProfile = "INVALID_BUNDLED_PROFILE";

    /// <summary>An imported profile's text could not be kept; nothing changed.</summary>
    public const string PersistenceFailed = "PERSISTENCE_FAILED";

    /// <summary>An id a query starts from or goes to names no node of the graph.</summary>
    public const string NodeNotFound = "NODE_NOT_FOUND";

    public const string Neo4jUnavailable = "NEO4J_UNAVAILABLE";

    public const string Neo4jUnauthorized = "NEO4J_UNAUTHORIZED";

    /// <summary>Neo4j refused a request or answered something unexpected; the message carries Neo4j's own code.</summary>
    public const string Neo4jError = "NEO4J_ERROR";
}
