using System.Net;
using System.Text.Json.Nodes;
using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using AseanCyber.Neo4j.QueryApi.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Graph.Tests.Neo4j;

/// <summary>
/// A stand-in Neo4j for wire tests of the adapter: it recognises which cypher/ file a request runs and answers it in the
/// Query API's typed JSON with what Neo4j would hold after importing the bundled ASEAN profile (computed by the embedded
/// graph). It cannot run Cypher, so a compiled filter is not evaluated: set <see cref="EntryQuery"/> to the query the
/// statements stand for. Writes are acknowledged, not applied.
/// </summary>
public sealed class FakeNeo4jGraph : IDisposable
{
    private readonly EmbeddedGraphStore _store;
    private readonly Dictionary<string, Dictionary<string, object?>> _entryProperties = new(StringComparer.Ordinal);
    private int _transactions;

    public FakeNeo4jGraph(bool empty = false)
    {
        var importer = new ProfileImporter(ReferenceData.Default);
        var missingDirectory = Path.Combine(Path.GetTempPath(), "aseancyber-fake-neo4j", Guid.NewGuid().ToString("N"));
        _store = EmbeddedGraphStore.Open(
            importer,
            new EmbeddedStoreOptions { DataDirectory = missingDirectory, IncludeBundledProfiles = !empty },
            NullLogger<EmbeddedGraphStore>.Instance);
        if (!empty)
        {
            foreach (var source in BundledProfiles.Load())
            {
                var document = importer.Import(source.Text, source.Name);
                foreach (var row in Neo4jMapping.EntryParameters(document).Cast<Dictionary<string, object?>>())
                {
                    var properties = (Dictionary<string, object?>)row["properties"]!;
                    _entryProperties[(string)properties["id"]!] = properties
                        .Where(p => p.Value is not null)
                        .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                }
            }
        }

        Handler = new FakeQueryApiHandler(Respond);
    }

    public FakeQueryApiHandler Handler { get; }

    /// <summary>The query that the entry statements stand for (their compiled where/order are not evaluated here).</summary>
    public EntryQuery EntryQuery { get; set; } = EntryQuery.All;

    /// <summary>When set, answers every request instead (an error, an outage).</summary>
    public Func<RecordedRequest, HttpResponseMessage>? Override { get; set; }

    /// <summary>The cypher/ file each recorded request ran (or "tx:open", "tx:commit", "tx:rollback").</summary>
    public IReadOnlyList<string> Statements => [.. Handler.Requests.Select(Describe)];

    public static string Describe(RecordedRequest request) =>
        request.Method == HttpMethod.Delete ? "tx:rollback"
        : request.Path.EndsWith("/commit", StringComparison.Ordinal) ? "tx:commit"
        : request.Path.EndsWith("/tx", StringComparison.Ordinal) && request.Statement is null ? "tx:open"
        : Identify(request.Statement ?? "");

    /// <summary>Which cypher/ file <paramref name="statement"/> was made from: the text before its first marker must match.</summary>
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

    public void Dispose()
    {
        _store.Dispose();
        Handler.Dispose();
    }

    private HttpResponseMessage Respond(RecordedRequest request)
    {
        if (Override is { } respond)
        {
            return respond(request);
        }

        var path = request.Path;
        if (request.Method == HttpMethod.Delete)
        {
            return FakeQueryApiHandler.RolledBack();
        }

        if (path.EndsWith("/commit", StringComparison.Ordinal))
        {
            return FakeQueryApiHandler.Committed("FB:after-import");
        }

        if (path.EndsWith("/tx", StringComparison.Ordinal))
        {
            return FakeQueryApiHandler.TransactionOpened("tx" + Interlocked.Increment(ref _transactions));
        }

        var statement = request.Statement ?? "";
        var (fields, rows) = Answer(Identify(statement), request.Parameters?.AsObject() ?? [], statement.Contains(ReversedTieBreak, StringComparison.Ordinal));
        var inTransaction = path.Contains("/tx/", StringComparison.Ordinal);
        return inTransaction
            ? FakeQueryApiHandler.InTransaction(path[(path.LastIndexOf('/') + 1)..], fields, rows)
            : FakeQueryApiHandler.Typed(fields, rows);
    }

    /// <summary>How a statement read in the reverse order (a page from the end) ends its ORDER BY.</summary>
    public const string ReversedTieBreak = "e.profileId DESC, e.firstLine DESC, e.ordinal DESC";

    private (string[] Fields, List<IReadOnlyList<object?>> Rows) Answer(string name, JsonObject parameters, bool reversed)
    {
        var ct = CancellationToken.None;
        switch (name)
        {
            case CypherFiles.Schema:
            case CypherFiles.ImportFindConflicts:
                return ([], []);
            case CypherFiles.ImportLock:
                return (["at"], [[1_764_000_000_000L]]);
            case CypherFiles.ImportDeleteEntries:
                return (["deleted", "linked"], [[0, new List<object?>()]]);
            case CypherFiles.ImportUpsertProfile:
                return (["formerMembers"], [[new List<object?>()]]);
            case CypherFiles.ImportCreateEntries:
                return (["created"], [[parameters["entries"]!.AsArray().Count]]);
            case CypherFiles.ImportRemoveOrphans:
            case CypherFiles.ImportRemoveOrphanCountries:
                return (["removed"], [[0]]);
            case CypherFiles.CountGraph:
                var profiles = _store.GetProfilesAsync(ListQuery.All, ct).Result.Count;
                var entries = _store.QueryEntriesAsync(EntryQuery.All, ct).Result.TotalCount;
                return (["profiles", "entries"], [[profiles, entries]]);
            case CypherFiles.GetProfiles:
                return (["profile", "members"], [.. _store.GetProfilesAsync(ListQuery.All, ct).Result.Select(p => (IReadOnlyList<object?>)[ProfileMap(p), Members(p)])]);
            case CypherFiles.GetNodes:
                var ids = new[] { "profileIds", "entryIds", "countryIds", "bodyIds", "themeIds", "placeIds", "organizationIds" }
                    .SelectMany(key => parameters[key]!.AsArray().Select(id => id!.GetValue<string>()))
                    .ToArray();
                var nodes = _store.GetNodesAsync(ids, ct).Result;
                return (["node", "country", "members"], [.. nodes.Values.Select(n => (IReadOnlyList<object?>)[
                    n is Profile profile ? ProfileMap(profile) : Node(n),
                    n is Place { Country: { } c } ? Node(c) : null,
                    n is Profile p ? Members(p) : new List<object?>()])]);
            case CypherFiles.QueryEntries:
                return (["total", "page"], [PageRow(null, _store.QueryEntriesAsync(Query(parameters, reversed), ct).Result, reversed)]);
            case CypherFiles.QueryEntriesByProfile:
            case CypherFiles.QueryEntriesByCountry:
            case CypherFiles.QueryEntriesByBody:
            case CypherFiles.QueryEntriesByTheme:
            case CypherFiles.QueryEntriesByPlace:
            case CypherFiles.QueryEntriesByOrganization:
                var nodeIds = parameters["nodeIds"]!.AsArray().Select(id => id!.GetValue<string>()).ToArray();
                var kind = ScopeOfFile(name);
                Assert.All(nodeIds, id => Assert.True(EntryScope.Of(kind, [id]).Admits(id), $"{name} was sent {id}"));
                var pages = _store.QueryEntriesAsync(EntryScope.Of(kind, nodeIds), Query(parameters, reversed), ct).Result;
                return (["nodeId", "total", "page"], [.. pages.Where(p => p.Value.TotalCount > 0).Select(p => PageRow(p.Key, p.Value, reversed))]);
            case CypherFiles.GetEntryLinks:
                var entryIds = parameters["entryIds"]!.AsArray().Select(id => id!.GetValue<string>()).ToArray();
                var links = _store.GetEntryLinksAsync(entryIds, ct).Result;
                var known = _store.GetNodesAsync(entryIds, ct).Result;
                return (["entryId", "bodies", "involvements", "places", "themes", "organizations"],
                    [.. links.Where(l => known.ContainsKey(l.Key)).Select(l => LinksRow(l.Key, l.Value))]);
            case CypherFiles.GetCountries:
                return (["node"], [.. _store.GetCountriesAsync(ListQuery.All, ct).Result.Select(c => (IReadOnlyList<object?>)[Node(c)])]);
            case CypherFiles.GetBodies:
                return (["node"], [.. _store.GetBodiesAsync(ListQuery.All, ct).Result.Select(b => (IReadOnlyList<object?>)[Node(b)])]);
            case CypherFiles.GetThemes:
                return (["node"], [.. _store.GetThemesAsync(ListQuery.All, ct).Result.Select(t => (IReadOnlyList<object?>)[Node(t)])]);
            case CypherFiles.GetOrganizations:
                return (["node"], [.. _store.GetOrganizationsAsync(ListQuery.All, ct).Result.Select(o => (IReadOnlyList<object?>)[Node(o)])]);
            case CypherFiles.GetPlaces:
                return (["node", "country"], [.. _store.GetPlacesAsync(ListQuery.All, ct).Result.Select(p => (IReadOnlyList<object?>)[Node(p), p.Country is { } c ? Node(c) : null])]);
            case CypherFiles.FindPaths:
                var paths = _store.FindPathsAsync(
                    parameters["fromId"]!.GetValue<string>(),
                    parameters["toId"]!.GetValue<string>(),
                    parameters["maxHops"]!.GetValue<int>(),
                    parameters["first"]!.GetValue<int>(),
                    ct).Result;
                return (["ids", "steps"], [.. paths.Select(p => (IReadOnlyList<object?>)[
                    p.Nodes.Select(n => (object?)n.Id).ToList(),
                    p.Steps.Select(s => (object?)Step(s)).ToList()])]);
            default:
                throw new InvalidOperationException($"The fake Neo4j does not answer {name}.");
        }
    }

    private static EntryScopeKind ScopeOfFile(string name) => name switch
    {
        CypherFiles.QueryEntriesByProfile => EntryScopeKind.Profile,
        CypherFiles.QueryEntriesByCountry => EntryScopeKind.Country,
        CypherFiles.QueryEntriesByBody => EntryScopeKind.Body,
        CypherFiles.QueryEntriesByTheme => EntryScopeKind.Theme,
        CypherFiles.QueryEntriesByPlace => EntryScopeKind.Place,
        CypherFiles.QueryEntriesByOrganization => EntryScopeKind.Organization,
        _ => throw new InvalidOperationException(name),
    };

    /// <summary>
    /// The fake's <see cref="EntryQuery"/> with the rows the request's $skip and $take select: in the order, or for a
    /// statement in the reverse order, the first $take of that (the last of the list).
    /// </summary>
    private EntryQuery Query(JsonObject parameters, bool reversed)
    {
        var skip = parameters["skip"]!.GetValue<int>();
        var take = parameters["take"]!.GetValue<int>();
        return EntryQuery with { Window = reversed ? Window.Last(take) : new Window(skip, take) };
    }

    /// <summary>A page row as Neo4j returns it: the entries of a reversed read come last first.</summary>
    private List<object?> PageRow(string? nodeId, EntryPage page, bool reversed)
    {
        var entries = reversed ? page.Entries.Reverse() : page.Entries;
        List<object?> row = [page.TotalCount, entries.Select(e => (object?)Node(e)).ToList()];
        if (nodeId is not null)
        {
            row.Insert(0, nodeId);
        }

        return row;
    }

    private IReadOnlyList<object?> LinksRow(string entryId, EntryLinks links) =>
    [
        entryId,
        links.Bodies.Select(l => (object?)Map(("node", Node(l.Body)), ("evidence", l.Evidence), ("line", l.Line))).ToList(),
        links.Involvements.Select(l => (object?)Map(("node", Node(l.Country)), ("role", CypherEnums.Name(l.Role)), ("evidence", l.Evidence), ("line", l.Line))).ToList(),
        links.Places.Select(l => (object?)Map(("node", Node(l.Place)), ("country", l.Place.Country is { } c ? Node(c) : null), ("evidence", l.Evidence), ("line", l.Line))).ToList(),
        links.Themes.Select(l => (object?)Map(("node", Node(l.Theme)), ("term", l.Term), ("line", l.Line))).ToList(),
        links.Organizations.Select(l => (object?)Map(("node", Node(l.Organization)), ("evidence", l.Evidence), ("line", l.Line))).ToList(),
    ];

    /// <summary>A hop as find-paths.cypher returns it: its type, the id of its stored start node and what explains it.</summary>
    private static JsonObject Step(PathStep step)
    {
        var hop = RelationshipProperties(step);
        hop["type"] = step.Relationship;
        hop["fromId"] = (step.Forward ? step.From : step.To).Id;
        return TypedValue.Map(hop);
    }

    /// <summary>A profile as the statements project it: its mapped properties, never its source text.</summary>
    private static JsonObject ProfileMap(Profile p) => TypedValue.Map(Props(
        ("id", p.Id), ("name", p.Name), ("acronym", p.Acronym), ("lastUpdated", p.LastUpdated), ("document", p.Document)));

    /// <summary>The properties behind a step's evidence (the embedded graph words an involvement as "ROLE: evidence").</summary>
    private static Dictionary<string, object?> RelationshipProperties(PathStep step) => step.Relationship switch
    {
        Relationships.Involves when step.Evidence?.Split(": ", 2) is [var role, var evidence] => Props(("role", role), ("evidence", evidence)),
        Relationships.About => Props(("term", step.Evidence)),
        _ => Props(("evidence", step.Evidence)),
    };

    private static JsonObject Map(params (string Key, object? Value)[] entries) =>
        TypedValue.Map(entries.ToDictionary(e => e.Key, e => e.Value));

    private List<object?> Members(Profile profile) => [.. profile.Members.Select(c => (object?)Node(c))];

    /// <summary>A model node as Neo4j holds it: entries with exactly the properties the import statement sets.</summary>
    private JsonObject Node(INode node) => node switch
    {
        Entry e => TypedValue.Node(ElementId(e.Id), ["Entry", KindLabel(e.Kind)], _entryProperties[e.Id]),
        Country c => TypedValue.Node(ElementId(c.Id), ["Country"], Props(("id", c.Id), ("code", c.Code), ("code3", c.Code3), ("name", c.Name))),
        Body b => TypedValue.Node(ElementId(b.Id), ["Body"], Props(("id", b.Id), ("name", b.Name))),
        Theme t => TypedValue.Node(ElementId(t.Id), ["Theme"], Props(("id", t.Id), ("name", t.Name))),
        Place p => TypedValue.Node(ElementId(p.Id), ["Place"], Props(("id", p.Id), ("name", p.Name))),
        Organization o => TypedValue.Node(ElementId(o.Id), ["Organization"], Props(("id", o.Id), ("name", o.Name), ("acronym", o.Acronym))),
        Profile p => TypedValue.Node(ElementId(p.Id), ["Profile"], Props(
            ("id", p.Id), ("name", p.Name), ("acronym", p.Acronym), ("lastUpdated", p.LastUpdated), ("document", p.Document))),
        _ => throw new InvalidOperationException($"no node shape for {node.GetType().Name}"),
    };

    /// <summary>Neo4j drops null properties instead of storing them.</summary>
    private static Dictionary<string, object?> Props(params (string Key, object? Value)[] entries) =>
        entries.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private static string ElementId(string id) => "4:fake:" + id;

    private static string KindLabel(EntryKind kind) => kind == EntryKind.Other ? "OtherEntry" : kind.ToString();

    internal static HttpResponseMessage Unauthorized() => FakeQueryApiHandler.Error(
        HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
}
