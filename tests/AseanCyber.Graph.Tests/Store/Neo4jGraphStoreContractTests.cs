using AseanCyber.Graph.Import;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Store;
using AseanCyber.Neo4j.QueryApi;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>
/// The contract suite against a live Neo4j 5.26+ named by NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD, optionally
/// NEO4J_DATABASE). Every test starts by deleting everything in that database: point it at a throwaway one.
/// Without NEO4J_URI every test is reported skipped with that reason.
/// </summary>
public sealed class Neo4jGraphStoreContractTests(SharedStores shared) : GraphStoreContract(shared), IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static Neo4jOptions? LiveOptions()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }

        return new Neo4jOptions
        {
            Uri = new Uri(uri),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
            User = Environment.GetEnvironmentVariable("NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        };
    }

    public const string SkipReason = "NEO4J_URI is not set: the Neo4j leg of the store contract needs a reachable Neo4j 5.26+ "
        + "(set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD; the suite empties that database)";

    protected override async Task<IGraphStore> CreateSeededStoreAsync()
    {
        var store = await EmptyDatabaseAsync();
        await store.InitializeAsync(CancellationToken.None);
        await GraphSeed.SeedAsync(store, GraphSeed.Parse(BundledProfiles.Load(), new ProfileImporter(ReferenceData.Default).Import), CancellationToken.None);
        return store;
    }

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var store = await EmptyDatabaseAsync();
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    /// <summary>Every test empties the one database, so no store outlives its test.</summary>
    protected override bool StoresOutliveATest => false;

    public void Dispose() => _http.Dispose();

    private async Task<Neo4jGraphStore> EmptyDatabaseAsync()
    {
        var options = LiveOptions();
        Skip.If(options is null, SkipReason);
        var problems = options.Validate();
        Assert.True(problems.Count == 0, $"NEO4J_* settings are not usable: {string.Join("; ", problems)}");
        var client = new QueryApiClient(_http, options, NullLogger<QueryApiClient>.Instance);
        await client.RunAsync("MATCH (n) DETACH DELETE n", new Dictionary<string, object?>(), AccessMode.Write, CancellationToken.None);
        return new Neo4jGraphStore(client, options, NullLogger<Neo4jGraphStore>.Instance);
    }
}
