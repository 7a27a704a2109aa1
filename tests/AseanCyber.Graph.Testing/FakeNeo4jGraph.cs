using System.Net;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Store;
using AseanCyber.Neo4j.QueryApi.Testing;
using AseanCyber.Testing.Cypher;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Graph.Testing;

/// <summary>
/// A stand-in Neo4j for tests of the adapter: the strict Query API double (<see cref="FakeQueryApiHandler"/>) whose
/// every statement runs on an in-memory Cypher engine (<see cref="InMemoryQueryApi"/>). Its data comes only from the
/// adapter's own statements: a seeded stand-in is an empty graph on which the real adapter's start-up ran
/// (cypher/schema.cypher, then the seed's import of the bundled profiles), through a client whose requests are not recorded,
/// once per test process; each seeded stand-in works on its own copy.
/// </summary>
public sealed class FakeNeo4jGraph : IDisposable
{
    // The seed is the same for every test: the adapter's start-up runs once per process, each stand-in gets a copy.
    private static readonly Lazy<InMemoryGraph> Seeded = new(Seed);

    private readonly InMemoryQueryApi _server;

    public FakeNeo4jGraph(bool empty = false)
    {
        Graph = empty ? new InMemoryGraph() : Seeded.Value.Copy();
        _server = new InMemoryQueryApi(Graph);
        Handler = new FakeQueryApiHandler(Respond);
    }

    public FakeQueryApiHandler Handler { get; }

    /// <summary>The graph the statements run on (a test may write to it directly to stage data the adapter would not write).</summary>
    public InMemoryGraph Graph { get; }

    /// <summary>When set, answers requests instead of the engine (an outage, wrong credentials); null from it lets the engine answer.</summary>
    public Func<RecordedRequest, HttpResponseMessage?>? Override { get; set; }

    /// <summary>The cypher/ file each recorded request ran (or "tx:open", "tx:commit", "tx:rollback"), for request-count assertions.</summary>
    public IReadOnlyList<string> Statements => [.. Handler.Requests.Select(Describe)];

    public static string Describe(RecordedRequest request) =>
        request.Method == HttpMethod.Delete ? "tx:rollback"
        : request.Path.EndsWith("/commit", StringComparison.Ordinal) ? "tx:commit"
        : request.Path.EndsWith("/tx", StringComparison.Ordinal) && request.Statement is null ? "tx:open"
        : Identify(request.Statement ?? "");

    /// <summary>Which cypher/ file <paramref name="statement"/> was made from: the text before its first marker must match. Names requests only; answers never depend on it.</summary>
    public static string Identify(string statement)
    {
        foreach (var name in CypherFiles.Names)
        {
            var template = CypherFiles.Get(name);
            var marker = template.IndexOf("/*", StringComparison.Ordinal);
            var prefix = marker < 0 ? template : template[..marker];
            if (name != CypherFiles.Schema && statement.StartsWith(prefix, StringComparison.Ordinal) && (marker >= 0 || statement == template))
            {
                return name;
            }
        }

        return CypherFiles.Statements(CypherFiles.Schema).Contains(statement) ? CypherFiles.Schema : "(unknown)";
    }

    public void Dispose() => Handler.Dispose();

    public static HttpResponseMessage Unauthorized() => FakeQueryApiHandler.Error(
        HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");

    /// <summary>Runs the app's start-up on an empty graph: the adapter's schema, then the seed (<see cref="GraphSeed"/>).</summary>
    private static InMemoryGraph Seed()
    {
        var graph = new InMemoryGraph();
        var server = new InMemoryQueryApi(graph);
        using var setup = new FakeQueryApiHandler(server.Respond);
        var store = new Neo4jGraphStore(setup.CreateClient(), FakeQueryApiHandler.Options(), NullLogger<Neo4jGraphStore>.Instance);
        store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        var bundled = GraphSeed.Parse(BundledProfiles.Load(), new ProfileImporter(ReferenceData.Default).Import);
        GraphSeed.SeedAsync(store, bundled, CancellationToken.None).GetAwaiter().GetResult();
        return graph;
    }

    private HttpResponseMessage Respond(RecordedRequest request) =>
        Override?.Invoke(request) ?? _server.Respond(request);
}
