using System.Collections.Concurrent;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Facets;
using AseanCyber.Graph.Search;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Queries;

/// <summary>Field resolvers never call the store per parent: each nested list level costs one batched store call.</summary>
public sealed class BatchingTests : IDisposable
{
    private readonly ConcurrentQueue<string> _calls = new();
    private readonly ApiFactory _api;

    public BatchingTests()
    {
        _api = new ApiFactory().WithServices(services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IGraphStore));
            services.Remove(real);
            services.AddSingleton<IGraphStore>(sp => new CountingStore((IGraphStore)real.ImplementationFactory!(sp), _calls));
        });
    }

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Canonical_query_makes_one_store_call_per_level()
    {
        await WarmUpAsync();

        var result = await _api.PostGraphQLAsync("""
            { country(code: "JP") { name entries(where: { kind: { eq: MEETING } }) { totalCount nodes { title date { start end } bodies { name } themes { name } } } } }
            """);

        Assert.True(result.Errors.Count == 0, result.ToString());
        Assert.Equal(["GetNodesAsync", "QueryEntriesByNodeAsync", "GetEntryLinksAsync"], _calls.ToArray());
    }

    [Fact]
    public async Task Nested_connections_under_a_list_batch_across_parents()
    {
        await WarmUpAsync();

        var result = await _api.PostGraphQLAsync("""
            { bodies { name entries(first: 2) { totalCount nodes { title countries { code } themes { name } profile { name } } } } }
            """);

        Assert.True(result.Errors.Count == 0, result.ToString());
        Assert.Equal(7, result.Data.GetProperty("bodies").GetArrayLength());
        Assert.Equal(["GetBodiesAsync", "QueryEntriesByNodeAsync", "GetEntryLinksAsync", "GetNodesAsync"], _calls.Order(StringComparer.Ordinal).ToArray().OrderBy(Level).ToArray());
        Assert.Equal(4, _calls.Count);
    }

    [Fact]
    public async Task Profiles_and_countries_of_each_other_cost_one_store_call_per_level()
    {
        await WarmUpAsync();

        var result = await _api.PostGraphQLAsync("{ countries { code profile { id country { code } } } }");

        Assert.True(result.Errors.Count == 0, result.ToString());
        Assert.True(result.Data.GetProperty("countries").GetArrayLength() > 10, result.ToString());
        Assert.Equal(["GetCountriesAsync", "GetProfilesAsync"], _calls.ToArray());

        _calls.Clear();
        result = await _api.PostGraphQLAsync("{ profiles { id country { code profile { id } } members { code profile { id } } } }");

        // A profile carries its own country, so only the members' profiles are fetched, in one call.
        Assert.True(result.Errors.Count == 0, result.ToString());
        Assert.Equal(["GetProfilesAsync", "GetProfilesAsync"], _calls.ToArray());
    }

    private static int Level(string call) => call switch
    {
        "GetBodiesAsync" => 0,
        "QueryEntriesByNodeAsync" => 1,
        "GetEntryLinksAsync" => 2,
        _ => 3,
    };

    private async Task WarmUpAsync()
    {
        await _api.PostGraphQLAsync("{ __typename }");
        _calls.Clear();
    }

    private sealed class CountingStore(IGraphStore inner, ConcurrentQueue<string> calls) : IGraphStore
    {
        public Task<IReadOnlyList<Profile>> GetProfilesAsync(ListQuery query, CancellationToken cancellationToken) =>
            Count(nameof(GetProfilesAsync), inner.GetProfilesAsync(query, cancellationToken));

        public Task<IReadOnlyDictionary<string, INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
            Count(nameof(GetNodesAsync), inner.GetNodesAsync(ids, cancellationToken));

        // Per-node scopes are counted under their former method's name, so the assertions read as before the scope merged them.
        public Task<IReadOnlyDictionary<string, EntryPage>> QueryEntriesAsync(EntryScope scope, EntryQuery query, CancellationToken cancellationToken) =>
            Count(scope.Kind == EntryScopeKind.All ? "QueryEntriesAsync" : "QueryEntriesByNodeAsync", inner.QueryEntriesAsync(scope, query, cancellationToken));

        public Task<IReadOnlyDictionary<string, EntryLinks>> GetEntryLinksAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken) =>
            Count(nameof(GetEntryLinksAsync), inner.GetEntryLinksAsync(entryIds, cancellationToken));

        public Task<IReadOnlyList<Country>> GetCountriesAsync(ListQuery query, CancellationToken cancellationToken) =>
            Count(nameof(GetCountriesAsync), inner.GetCountriesAsync(query, cancellationToken));

        public Task<IReadOnlyList<Body>> GetBodiesAsync(ListQuery query, CancellationToken cancellationToken) =>
            Count(nameof(GetBodiesAsync), inner.GetBodiesAsync(query, cancellationToken));

        public Task<IReadOnlyList<Theme>> GetThemesAsync(ListQuery query, CancellationToken cancellationToken) =>
            Count(nameof(GetThemesAsync), inner.GetThemesAsync(query, cancellationToken));

        public Task<IReadOnlyList<Place>> GetPlacesAsync(ListQuery query, CancellationToken cancellationToken) =>
            Count(nameof(GetPlacesAsync), inner.GetPlacesAsync(query, cancellationToken));

        public Task<IReadOnlyList<Organization>> GetOrganizationsAsync(ListQuery query, CancellationToken cancellationToken) =>
            Count(nameof(GetOrganizationsAsync), inner.GetOrganizationsAsync(query, cancellationToken));

        public Task<IReadOnlyDictionary<string, AseanCyber.Graph.Querying.Cooperation.ActorLinks>> GetCooperationAsync(
            IReadOnlyCollection<string> actorIds, Filter? where, CancellationToken cancellationToken) =>
            Count(nameof(GetCooperationAsync), inner.GetCooperationAsync(actorIds, where, cancellationToken));
        public Task<SearchPage> SearchEntriesAsync(SearchRequest request, CancellationToken cancellationToken) =>
            Count(nameof(SearchEntriesAsync), inner.SearchEntriesAsync(request, cancellationToken));

        public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
            Count(nameof(FindPathsAsync), inner.FindPathsAsync(query, cancellationToken));

        public Task<EntryFacets> GetEntryFacetsAsync(EntryFacetQuery query, CancellationToken cancellationToken) =>
            Count(nameof(GetEntryFacetsAsync), inner.GetEntryFacetsAsync(query, cancellationToken));

        public Task<IReadOnlyList<ImportOutcome>> ImportProfilesAsync(IReadOnlyList<ProfileDocument> documents, CancellationToken cancellationToken)
        {
            calls.Enqueue(nameof(ImportProfilesAsync));
            return inner.ImportProfilesAsync(documents, cancellationToken);
        }

        public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken) => inner.CheckHealthAsync(cancellationToken);

        public IDisposable PinReads() => inner.PinReads();

        private Task<T> Count<T>(string name, Task<T> task)
        {
            calls.Enqueue(name);
            return task;
        }
    }
}
