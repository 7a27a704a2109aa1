using System.Runtime.ExceptionServices;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Cooperation;
using AseanCyber.Graph.Querying.Facets;
using AseanCyber.Graph.Search;
using Ids = AseanCyber.Graph.Model.NodeIds;

namespace AseanCyber.Graph.Store;

/// <summary>
/// The store port: the few questions the API asks of the graph, each answerable in one round trip, batched by key
/// where the API fetches per parent (its DataLoaders call the *ByXxx methods once per request level).
/// Adapters: <c>EmbeddedGraphStore</c> (in-process, the default) and the Neo4j one.
/// </summary>
public interface IGraphStore
{
    /// <summary>Profiles, filtered and sorted by the profile catalog's fields (by name unless sorted).</summary>
    Task<IReadOnlyList<Profile>> GetProfilesAsync(ListQuery query, CancellationToken cancellationToken);

    /// <summary>Any nodes by id; ids that do not exist are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The entries in each node of <paramref name="scope"/> (every entry for <see cref="EntryScope.All"/>), each list
    /// filtered, sorted and paged by the same <paramref name="query"/>. Every id of the scope is in the result (keyed
    /// <see cref="EntryScope.AllKey"/> for all entries), with <see cref="EntryPage.Empty"/> when it has no entries or
    /// is not a node of the scope's kind.
    /// </summary>
    Task<IReadOnlyDictionary<string, EntryPage>> QueryEntriesAsync(EntryScope scope, EntryQuery query, CancellationToken cancellationToken);

    /// <summary>All links of each entry; every requested id is in the result (<see cref="EntryLinks.Empty"/> when unknown).</summary>
    Task<IReadOnlyDictionary<string, EntryLinks>> GetEntryLinksAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken);

    /// <summary>
    /// Entries whose title, description, items or linked names match a full-text query, filtered by the request's entry
    /// filter, best first (BM25, ties in the default entry order), one window of them with the passages that matched.
    /// </summary>
    Task<SearchPage> SearchEntriesAsync(SearchRequest request, CancellationToken cancellationToken);

    /// <summary>Countries linked to at least one entry or profile in the graph, by name unless sorted.</summary>
    Task<IReadOnlyList<Country>> GetCountriesAsync(ListQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<Body>> GetBodiesAsync(ListQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<Theme>> GetThemesAsync(ListQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<Place>> GetPlacesAsync(ListQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<Organization>> GetOrganizationsAsync(ListQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// For each of <paramref name="actorIds"/> that names an actor (a country, profile, body or organization), every entry
    /// it shares with another actor, with each side's evidence there, among the entries <paramref name="where"/> admits;
    /// and its direct links (membership, a state profile and its country), which <paramref name="where"/> does not touch.
    /// Ids that name no actor are absent from the result. <see cref="CooperationNetwork"/> computes the rest.
    /// </summary>
    Task<IReadOnlyDictionary<string, ActorLinks>> GetCooperationAsync(IReadOnlyCollection<string> actorIds, Filter? where, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <see cref="PathQuery.First"/> simple paths of at most <see cref="PathQuery.MaxHops"/> relationships, of the
    /// kinds <see cref="PathQuery.Via"/> allows, ranked over all such paths: by <see cref="GraphPath.Strength"/>
    /// (<see cref="HopWeights"/>), then fewer hops, then node ids (ordinal). Two nodes joined by several relationships are
    /// one hop, explained by the strongest allowed one (the first imported among equals). A country id matches by code in
    /// any case, and any id's slug too (<see cref="NodeIdSpelling"/>).
    /// </summary>
    /// <exception cref="GraphStoreException">NODE_NOT_FOUND when either end is not a node of the graph.</exception>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// How many entries the query's filter selects and each requested facet list over them, every value counted as the
    /// filter on that value would count it; one read (one request on Neo4j) however many facets are asked for.
    /// </summary>
    /// <exception cref="ArgumentException">A request <see cref="FacetRules.Validate"/> refuses, or a filter the catalog does not have.</exception>
    Task<EntryFacets> GetEntryFacetsAsync(EntryFacetQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Imports several documents in order. Each replaces the profile of its <see cref="Profile.Id"/> and all its entries and
    /// links, all or nothing, and is kept durably before this returns; readers never see half an import. One that fails
    /// does not stop the others, and its outcome carries the error. The answer has one outcome per document, in order.
    /// </summary>
    Task<IReadOnlyList<ImportOutcome>> ImportProfilesAsync(IReadOnlyList<ProfileDocument> documents, CancellationToken cancellationToken);

    /// <summary>Whether the store can answer queries now; the message says why not.</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Until the result is disposed, reads on this async flow see one version of the graph: the one the first of them
    /// sees, or the one an import on the same flow wrote (a mutation then reads its own write). The API pins once per
    /// GraphQL operation, so one answer never mixes two states of the graph. The embedded graph pins its snapshot; Neo4j
    /// answers each request from the latest committed state, and says so in the README.
    /// </summary>
    IDisposable PinReads();
}

/// <summary>Which entries a query reads: all of them, or those of each of some nodes of one kind (batched per request level).</summary>
public sealed record EntryScope(EntryScopeKind Kind, IReadOnlyList<string> NodeIds)
{
    /// <summary>The key of the one page an <see cref="All"/> query answers.</summary>
    public const string AllKey = "";

    public static EntryScope All { get; } = new(EntryScopeKind.All, [AllKey]);

    /// <summary>What separates the two actors of a <see cref="EntryScopeKind.Shared"/> key; no id contains it.</summary>
    public const char PairSeparator = '|';

    public static EntryScope Of(EntryScopeKind kind, IReadOnlyList<string> nodeIds) =>
        kind == EntryScopeKind.All ? All : new(kind, nodeIds);

    /// <summary>The key of the entries two actors share, in a <see cref="EntryScopeKind.Shared"/> scope.</summary>
    public static string SharedKey(string actorId, string partnerId) => actorId + PairSeparator + partnerId;

    /// <summary>The two actor ids of a <see cref="SharedKey"/>, or null when <paramref name="key"/> is not one.</summary>
    public static (string ActorId, string PartnerId)? SplitSharedKey(string key)
    {
        var parts = key.Split(PairSeparator);
        return parts.Length == 2 && CooperationActors.IsActorId(parts[0]) && CooperationActors.IsActorId(parts[1]) && parts[0] != parts[1]
            ? (parts[0], parts[1])
            : null;
    }

    /// <summary>Whether <paramref name="nodeId"/> names a node of this scope's kind (a body id in a body scope, two actors in a shared one).</summary>
    public bool Admits(string nodeId) => Kind switch
    {
        EntryScopeKind.All => true,
        EntryScopeKind.Shared => SplitSharedKey(nodeId) is not null,
        _ => Prefix(Kind) == Ids.PrefixOf(nodeId),
    };

    private static string Prefix(EntryScopeKind kind) => kind switch
    {
        EntryScopeKind.Profile => Ids.ProfilePrefix,
        EntryScopeKind.Country => Ids.CountryPrefix,
        EntryScopeKind.Body => Ids.BodyPrefix,
        EntryScopeKind.Theme => Ids.ThemePrefix,
        EntryScopeKind.Place => Ids.PlacePrefix,
        EntryScopeKind.Organization => Ids.OrganizationPrefix,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>
/// Whose entries: a profile's, a country's (involved in any role or held in one of its places), a body's (issued or ran),
/// a theme's, a place's (held there), an organization's (named); or, for a pair of actors (<see cref="EntryScope.SharedKey"/>),
/// the entries that tie both: those in each one's own scope (a cooperation's entries).
/// </summary>
public enum EntryScopeKind
{
    All,
    Profile,
    Country,
    Body,
    Theme,
    Place,
    Organization,
    Shared,
}

public static class GraphStoreExtensions
{
    /// <summary>Every relationship kind allowed: see <see cref="IGraphStore.FindPathsAsync(PathQuery, CancellationToken)"/>.</summary>
    public static Task<IReadOnlyList<GraphPath>> FindPathsAsync(this IGraphStore store, string fromId, string toId, int maxHops, int first, CancellationToken cancellationToken) =>
        store.FindPathsAsync(new PathQuery(fromId, toId, maxHops, first), cancellationToken);

    /// <summary>One page of all entries.</summary>
    public static async Task<EntryPage> QueryEntriesAsync(this IGraphStore store, EntryQuery query, CancellationToken cancellationToken) =>
        (await store.QueryEntriesAsync(EntryScope.All, query, cancellationToken).ConfigureAwait(false))[EntryScope.AllKey];

    /// <summary>Imports one document all or nothing: a batch of one, so every adapter and wrapper has one import path.</summary>
    /// <exception cref="GraphStoreException">
    /// Why the document was not kept (INVALID_DOCUMENT, PERSISTENCE_FAILED, a Neo4j failure); the graph is as it was.
    /// </exception>
    public static async Task ImportProfileAsync(this IGraphStore store, ProfileDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(document);
        var outcome = (await store.ImportProfilesAsync([document], cancellationToken).ConfigureAwait(false))[0];
        if (outcome.Error is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }
    }
}

/// <summary>What became of one document of a batch import: kept (no <see cref="Error"/>) or not kept, and why.</summary>
public sealed record ImportOutcome(string ProfileId, int EntryCount, GraphStoreException? Error)
{
    public bool Succeeded => Error is null;
}

public sealed record StoreHealth(bool IsReady, string Description);

/// <summary>A path between two nodes; <see cref="Steps"/>[i] joins <see cref="Nodes"/>[i] and [i+1].</summary>
public sealed record GraphPath(IReadOnlyList<INode> Nodes, IReadOnlyList<PathStep> Steps)
{
    public int Length => Steps.Count;

    /// <summary>The product of the hops' weights in thousandths, exact (1 for a path of no hop).</summary>
    public long Product => Steps.Aggregate(1L, static (product, step) => product * step.Permille);

    /// <summary>How well the path is evidenced, 0 to 1: the product of the hops' weights.</summary>
    public double Strength => Product / Math.Pow(1000, Length);
}

/// <summary>
/// One hop, in the order walked. <see cref="Relationship"/> is the stored type (ISSUED_BY, INVOLVES, ...);
/// <see cref="Forward"/> is false when the hop walks the relationship against its direction; <see cref="Permille"/> is
/// what the hop's evidence is worth, in thousandths (<see cref="HopWeights"/>).
/// </summary>
public sealed record PathStep(INode From, string Relationship, INode To, bool Forward, string? Evidence, int Permille)
{
    /// <summary>The hop's weight, 0 to 1.</summary>
    public double Weight => Permille / 1000.0;
}

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

    /// <summary>A state profile to its own country: (:Profile)-[:OF_COUNTRY]->(:Country).</summary>
    public const string OfCountry = "OF_COUNTRY";
}

/// <summary>A store operation that failed for a reason the caller should see (bad data, a configuration problem).</summary>
public sealed class GraphStoreException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
