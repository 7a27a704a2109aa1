using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;

namespace AseanCyber.Graph.Store;

/// <summary>
/// The store port: the few questions the API asks of the graph, each answerable in one round trip, batched by key
/// where the API fetches per parent (its DataLoaders call the *ByXxx methods once per request level).
/// Adapters: <c>EmbeddedGraphStore</c> (in-process, the default) and the Neo4j one.
/// </summary>
public interface IGraphStore
{
    Task<IReadOnlyList<Profile>> GetProfilesAsync(CancellationToken cancellationToken);

    /// <summary>Any nodes by id; ids that do not exist are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    Task<EntryPage> QueryEntriesAsync(EntryQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The entries linked to each of <paramref name="nodeIds"/> (a profile's entries, a country's, a body's, a theme's, a place's,
    /// an organization's), each list filtered, sorted and paged by the same <paramref name="query"/>.
    /// Every requested id is in the result, with <see cref="EntryPage.Empty"/> when it has no entries.
    /// </summary>
    Task<IReadOnlyDictionary<string, EntryPage>> QueryEntriesByNodeAsync(
        IReadOnlyCollection<string> nodeIds, EntryQuery query, CancellationToken cancellationToken);

    /// <summary>All links of each entry; every requested id is in the result (<see cref="EntryLinks.Empty"/> when unknown).</summary>
    Task<IReadOnlyDictionary<string, EntryLinks>> GetEntryLinksAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken);

    /// <summary>Countries linked to at least one entry or profile in the graph.</summary>
    Task<IReadOnlyList<Country>> GetCountriesAsync(Filter? where, IReadOnlyList<SortField> order, CancellationToken cancellationToken);

    Task<IReadOnlyList<Body>> GetBodiesAsync(Filter? where, IReadOnlyList<SortField> order, CancellationToken cancellationToken);

    Task<IReadOnlyList<Theme>> GetThemesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Place>> GetPlacesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Organization>> GetOrganizationsAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="first"/> simple paths of at most <paramref name="maxHops"/> relationships, shortest first.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxHops, int first, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the profile (same <see cref="Profile.Id"/>) and all its entries and links with <paramref name="document"/>,
    /// all or nothing, and keeps it durably before returning. Readers never see half an import.
    /// </summary>
    Task ImportProfileAsync(ProfileDocument document, CancellationToken cancellationToken);

    /// <summary>Whether the store can answer queries now; the message says why not.</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken);
}

public sealed record StoreHealth(bool IsReady, string Description);

/// <summary>A path between two nodes; <see cref="Steps"/>[i] joins <see cref="Nodes"/>[i] and [i+1].</summary>
public sealed record GraphPath(IReadOnlyList<INode> Nodes, IReadOnlyList<PathStep> Steps)
{
    public int Length => Steps.Count;
}

/// <summary>
/// One hop, in the order walked. <see cref="Relationship"/> is the stored type (ISSUED_BY, INVOLVES, ...);
/// <see cref="Forward"/> is false when the hop walks the relationship against its direction.
/// </summary>
public sealed record PathStep(INode From, string Relationship, INode To, bool Forward, string? Evidence);

public static class Relationships
{
    public const string InProfile = "IN_PROFILE";
    public const string IssuedBy = "ISSUED_BY";
    public const string Involves = "INVOLVES";
    public const string HeldIn = "HELD_IN";
    public const string In = "IN";
    public const string About = "ABOUT";
    public const string Mentions = "MENTIONS";
    public const string MemberOf = "MEMBER_OF";
}

/// <summary>A store operation that failed for a reason the caller should see (bad data, a configuration problem).</summary>
public sealed class GraphStoreException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
