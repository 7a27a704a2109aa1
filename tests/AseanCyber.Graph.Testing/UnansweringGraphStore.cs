using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Cooperation;
using AseanCyber.Graph.Querying.Facets;
using AseanCyber.Graph.Search;
using AseanCyber.Graph.Store;

namespace AseanCyber.Graph.Testing;

/// <summary>
/// A store that answers nothing: the base of a test's store that answers only the questions the test is about (the
/// health check, cooperation on a hand-made network), so that any other call fails the test instead of passing unseen.
/// </summary>
public abstract class UnansweringGraphStore : IGraphStore
{
    public virtual Task<IReadOnlyList<Profile>> GetProfilesAsync(ListQuery query, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<IReadOnlyDictionary<string, INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<IReadOnlyDictionary<string, EntryPage>> QueryEntriesAsync(EntryScope scope, EntryQuery query, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<IReadOnlyDictionary<string, EntryLinks>> GetEntryLinksAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<SearchPage> SearchEntriesAsync(SearchRequest request, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<IReadOnlyList<Country>> GetCountriesAsync(ListQuery query, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<IReadOnlyList<Body>> GetBodiesAsync(ListQuery query, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<IReadOnlyList<Theme>> GetThemesAsync(ListQuery query, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<IReadOnlyList<Place>> GetPlacesAsync(ListQuery query, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<IReadOnlyList<Organization>> GetOrganizationsAsync(ListQuery query, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<IReadOnlyDictionary<string, ActorLinks>> GetCooperationAsync(IReadOnlyCollection<string> actorIds, Filter? where, CancellationToken cancellationToken) =>
        throw Unanswered();

    public virtual Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<EntryFacets> GetEntryFacetsAsync(EntryFacetQuery query, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<IReadOnlyList<ImportOutcome>> ImportProfilesAsync(IReadOnlyList<ProfileDocument> documents, CancellationToken cancellationToken) => throw Unanswered();

    public virtual Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken) => throw Unanswered();

    public virtual IDisposable PinReads() => throw Unanswered();

    private NotSupportedException Unanswered() => new($"{GetType().Name} answers only what its test asks.");
}
