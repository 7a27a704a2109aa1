using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Facets;
using AseanCyber.Graph.Search;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Infrastructure;

/// <summary>The app's own store with some of its answers replaced: every method not overridden is the real store's.</summary>
public class DelegatingGraphStore(IGraphStore inner) : IGraphStore
{
    protected IGraphStore Inner { get; } = inner;

    /// <summary>Replaces the app's IGraphStore, however it is registered, with <paramref name="wrap"/> around it.</summary>
    public static void Decorate(IServiceCollection services, Func<IGraphStore, IGraphStore> wrap)
    {
        var real = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(real);
        services.AddSingleton(sp => wrap((IGraphStore)(real.ImplementationInstance
            ?? real.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, real.ImplementationType!))));
    }

    public virtual Task<IReadOnlyList<Profile>> GetProfilesAsync(ListQuery query, CancellationToken cancellationToken) => Inner.GetProfilesAsync(query, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Inner.GetNodesAsync(ids, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, EntryPage>> QueryEntriesAsync(EntryScope scope, EntryQuery query, CancellationToken cancellationToken) =>
        Inner.QueryEntriesAsync(scope, query, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, EntryLinks>> GetEntryLinksAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken) =>
        Inner.GetEntryLinksAsync(entryIds, cancellationToken);

    public virtual Task<IReadOnlyList<Country>> GetCountriesAsync(ListQuery query, CancellationToken cancellationToken) => Inner.GetCountriesAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<Body>> GetBodiesAsync(ListQuery query, CancellationToken cancellationToken) => Inner.GetBodiesAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<Theme>> GetThemesAsync(ListQuery query, CancellationToken cancellationToken) => Inner.GetThemesAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<Place>> GetPlacesAsync(ListQuery query, CancellationToken cancellationToken) => Inner.GetPlacesAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<Organization>> GetOrganizationsAsync(ListQuery query, CancellationToken cancellationToken) => Inner.GetOrganizationsAsync(query, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, AseanCyber.Graph.Querying.Cooperation.ActorLinks>> GetCooperationAsync(
        IReadOnlyCollection<string> actorIds, Filter? where, CancellationToken cancellationToken) =>
        Inner.GetCooperationAsync(actorIds, where, cancellationToken);
    public virtual Task<SearchPage> SearchEntriesAsync(SearchRequest request, CancellationToken cancellationToken) =>
        Inner.SearchEntriesAsync(request, cancellationToken);

    public virtual Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        Inner.FindPathsAsync(query, cancellationToken);

    public virtual Task<EntryFacets> GetEntryFacetsAsync(EntryFacetQuery query, CancellationToken cancellationToken) => Inner.GetEntryFacetsAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<ImportOutcome>> ImportProfilesAsync(IReadOnlyList<ProfileDocument> documents, CancellationToken cancellationToken) =>
        Inner.ImportProfilesAsync(documents, cancellationToken);

    public virtual Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken) => Inner.CheckHealthAsync(cancellationToken);

    public virtual IDisposable PinReads() => Inner.PinReads();
}

/// <summary>
/// The real store, except that saving the profiles named fails as the embedded store's PERSISTENCE_FAILED does: that
/// document is not imported and its outcome carries the error; the others go to the real store, in one call. Counts the
/// batch calls it receives.
/// </summary>
public sealed class FailingPersistenceStore(IGraphStore inner, params string[] failingProfileIds) : DelegatingGraphStore(inner)
{
    private int _batchCalls;

    public int BatchCalls => _batchCalls;

    public IReadOnlyList<int> BatchSizes => _sizes;

    private readonly List<int> _sizes = [];

    public override async Task<IReadOnlyList<ImportOutcome>> ImportProfilesAsync(IReadOnlyList<ProfileDocument> documents, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _batchCalls);
        lock (_sizes)
        {
            _sizes.Add(documents.Count);
        }

        var passed = documents.Where(d => !failingProfileIds.Contains(d.Profile.Id)).ToList();
        var kept = new Queue<ImportOutcome>(await Inner.ImportProfilesAsync(passed, cancellationToken));
        return [.. documents.Select(d => failingProfileIds.Contains(d.Profile.Id)
            ? new ImportOutcome(d.Profile.Id, d.Entries.Count, new GraphStoreException(
                GraphErrorCodes.PersistenceFailed, $"Could not save profile {d.Profile.Id}; the graph is unchanged. The server's log has the details."))
            : kept.Dequeue())];
    }
}
