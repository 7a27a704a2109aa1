using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AseanCyber.Testing.Cypher;

namespace AseanCyber.Neo4j.QueryApi.Testing;

/// <summary>
/// A <see cref="FakeQueryApiHandler"/> responder that executes every statement it receives on an <see cref="InMemoryGraph"/>
/// and answers as the Query API does: results (typed JSON when the request asks for it, plain JSON otherwise), counters,
/// explicit transactions and errors with the engine's Neo4j code. It never answers from anywhere else: what a test reads
/// back is what earlier statements wrote. Rules and sources: README.md beside this file.
/// </summary>
public sealed class InMemoryQueryApi
{
    private readonly InMemoryGraph _graph;
    private readonly Dictionary<string, (CypherTransaction Transaction, CypherAccessMode Mode)> _transactions = new(StringComparer.Ordinal);
    private int _opened;
    private int _commits;

    public InMemoryQueryApi(InMemoryGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
    }

    /// <summary>Answers a request that <see cref="StrictServer"/> has already let through.</summary>
    public HttpResponseMessage Respond(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var route = QueryApiRoute.Parse(request);
        var body = request.Body as JsonObject ?? [];
        var typed = AcceptsTyped(request.Header("Accept"));
        try
        {
            switch (route.Kind)
            {
                case QueryApiRouteKind.Query:
                    {
                        var statement = Statement(body) ?? throw new CypherException(InvalidRequest, "A query needs a statement.");
                        var result = _graph.Run(statement, Parameters(body), Mode(body));
                        return Answer(Result(result, body, typed, Bookmark()), typed);
                    }

                case QueryApiRouteKind.Open:
                    {
                        var id = "tx" + Interlocked.Increment(ref _opened).ToString(CultureInfo.InvariantCulture);
                        var transaction = _graph.Begin();
                        var mode = Mode(body);
                        lock (_transactions)
                        {
                            _transactions[id] = (transaction, mode);
                        }

                        var answer = Statement(body) is { } statement
                            ? Result(Run(id, statement, body), body, typed, null)
                            : Result(new CypherResult([], [], new CypherCounters()), body, typed, null);
                        answer["transaction"] = Transaction(id);
                        return Answer(answer, typed);
                    }

                case QueryApiRouteKind.Run when request.Method == HttpMethod.Delete:
                    Take(route.TransactionId!)?.Rollback();
                    return new HttpResponseMessage(HttpStatusCode.OK);

                case QueryApiRouteKind.Run:
                    {
                        var id = route.TransactionId!;
                        var answer = Statement(body) is { } statement
                            ? Result(Run(id, statement, body), body, typed, null)
                            : Result(new CypherResult([], [], new CypherCounters()), body, typed, null);
                        answer["transaction"] = Transaction(id);
                        return Answer(answer, typed);
                    }

                case QueryApiRouteKind.Commit:
                    {
                        var id = route.TransactionId!;
                        var result = Statement(body) is { } statement ? Run(id, statement, body) : null;
                        var transaction = Take(id) ?? throw new CypherException(StrictServer.TransactionNotFoundCode, $"Transaction with Id: {id} was not found.");
                        transaction.Commit();
                        var answer = result is null ? new JsonObject { ["bookmarks"] = new JsonArray(Bookmark()) } : Result(result, body, typed, Bookmark());
                        return Answer(answer, typed);
                    }

                default:
                    throw new InvalidOperationException($"No Query API endpoint at {request.Path}: StrictServer should have refused it.");
            }
        }
        catch (CypherException e) when (e.Code == CypherException.Unsupported)
        {
            // Not a Neo4j answer: the engine cannot judge this statement, so the test must not pass or fail on a made-up one.
            throw new InvalidOperationException(
                $"The in-memory Cypher engine cannot run a statement sent to {request.Path}: {e.Message}\nStatement:\n{request.Statement}", e);
        }
        catch (CypherException e)
        {
            if (route.TransactionId is { } id)
            {
                Take(id);
            }

            return FakeQueryApiHandler.Error(StatusOf(e.Code), e.Code, e.Message);
        }
    }

    /// <summary>The status Neo4j's Query API gives an error with this code (Neo4jExceptionMapper, QueryApiExceptionMapper).</summary>
    public static HttpStatusCode StatusOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code switch
        {
            "Neo.ClientError.Database.DatabaseNotFound" or StrictServer.TransactionNotFoundCode => HttpStatusCode.NotFound,
            _ when code.StartsWith("Neo.ClientError.Security.Unauthorized", StringComparison.Ordinal) => HttpStatusCode.Unauthorized,
            _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) || code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => HttpStatusCode.BadRequest,
            _ => HttpStatusCode.InternalServerError,
        };
    }

    private const string InvalidRequest = "Neo.ClientError.Request.Invalid";

    private CypherResult Run(string id, string statement, JsonObject body)
    {
        (CypherTransaction Transaction, CypherAccessMode Mode) held;
        lock (_transactions)
        {
            if (!_transactions.TryGetValue(id, out held))
            {
                throw new CypherException(StrictServer.TransactionNotFoundCode, $"Transaction with Id: {id} was not found.");
            }
        }

        // The access mode is the transaction's, fixed when it opened (the server builds the session config then).
        return held.Transaction.Run(statement, Parameters(body), held.Mode);
    }

    private CypherTransaction? Take(string id)
    {
        lock (_transactions)
        {
            return _transactions.Remove(id, out var held) && held.Transaction.IsOpen ? held.Transaction : null;
        }
    }

    private string Bookmark() => "FB:inmemory:" + Interlocked.Increment(ref _commits).ToString(CultureInfo.InvariantCulture);

    private static string? Statement(JsonObject body) =>
        body["statement"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static CypherAccessMode Mode(JsonObject body) =>
        body["accessMode"] is JsonValue value && value.TryGetValue<string>(out var mode) && string.Equals(mode, "Read", StringComparison.OrdinalIgnoreCase)
            ? CypherAccessMode.Read
            : CypherAccessMode.Write;

    private static Dictionary<string, object?> Parameters(JsonObject body)
    {
        if (body["parameters"] is not JsonObject parameters)
        {
            return [];
        }

        using var document = JsonDocument.Parse(parameters.ToJsonString());
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal);
    }

    private static JsonObject Result(CypherResult result, JsonObject body, bool typed, string? bookmark)
    {
        var answer = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["fields"] = new JsonArray([.. result.Fields.Select(f => JsonValue.Create(f))]),
                ["values"] = new JsonArray([.. result.Rows.Select(row => new JsonArray([.. row.Select(v => typed ? Typed(v) : Plain(v))]))]),
            },
        };
        if (body["includeCounters"] is JsonValue include && include.TryGetValue<bool>(out var counters) && counters)
        {
            answer["counters"] = Counters(result.Counters);
        }

        answer["bookmarks"] = bookmark is null ? new JsonArray() : new JsonArray(bookmark);
        return answer;
    }

    private static JsonObject Transaction(string id) => new()
    {
        ["id"] = id,
        ["expires"] = (DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };

    private static HttpResponseMessage Answer(JsonObject body, bool typed) =>
        FakeQueryApiHandler.Json(HttpStatusCode.Accepted, body, typed ? FakeQueryApiHandler.TypedJson : StrictServer.PlainJson);

    private static JsonObject Counters(CypherCounters c) => new()
    {
        ["containsUpdates"] = c.ContainsUpdates,
        ["nodesCreated"] = c.NodesCreated,
        ["nodesDeleted"] = c.NodesDeleted,
        ["propertiesSet"] = c.PropertiesSet,
        ["relationshipsCreated"] = c.RelationshipsCreated,
        ["relationshipsDeleted"] = c.RelationshipsDeleted,
        ["labelsAdded"] = c.LabelsAdded,
        ["labelsRemoved"] = c.LabelsRemoved,
        ["indexesAdded"] = c.IndexesAdded,
        ["indexesRemoved"] = c.IndexesRemoved,
        ["constraintsAdded"] = c.ConstraintsAdded,
        ["constraintsRemoved"] = c.ConstraintsRemoved,
        ["containsSystemUpdates"] = false,
        ["systemUpdates"] = 0,
    };

    /// <summary>A result value in typed JSON (https://neo4j.com/docs/query-api/current/typed-json/).</summary>
    private static JsonNode? Typed(object? value) => value switch
    {
        CypherNode n => TypedValue.Raw("Node", NodeBody(n, "_element_id", "_labels", "_properties", Typed)),
        CypherRelationship r => TypedValue.Raw("Relationship", RelationshipBody(r, "_element_id", "_start_node_element_id", "_end_node_element_id", "_type", "_properties", Typed)),
        CypherPath p => TypedValue.Raw("Path", new JsonArray([.. PathElements(p).Select(Typed)])),
        IReadOnlyDictionary<string, object?> map => TypedValue.Raw("Map", Map(map, Typed)),
        string or bool or long or double or null => TypedValue.Of(value),
        IEnumerable<object?> list => TypedValue.Raw("List", new JsonArray([.. list.Select(Typed)])),
        _ => throw new InvalidOperationException($"No typed JSON for a result value of type {value.GetType().Name}."),
    };

    /// <summary>A result value in plain JSON (https://neo4j.com/docs/query-api/current/plain-json/).</summary>
    private static JsonNode? Plain(object? value) => value switch
    {
        null => null,
        CypherNode n => NodeBody(n, "elementId", "labels", "properties", Plain),
        CypherRelationship r => RelationshipBody(r, "elementId", "startNodeElementId", "endNodeElementId", "type", "properties", Plain),
        CypherPath p => new JsonArray([.. PathElements(p).Select(Plain)]),
        IReadOnlyDictionary<string, object?> map => Map(map, Plain),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        double d => double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(d.ToString(CultureInfo.InvariantCulture)),
        IEnumerable<object?> list => new JsonArray([.. list.Select(Plain)]),
        _ => throw new InvalidOperationException($"No plain JSON for a result value of type {value.GetType().Name}."),
    };

    private static IEnumerable<object> PathElements(CypherPath path)
    {
        yield return path.Nodes[0];
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            yield return path.Relationships[i];
            yield return path.Nodes[i + 1];
        }
    }

    private static JsonObject NodeBody(CypherNode node, string id, string labels, string properties, Func<object?, JsonNode?> write) => new()
    {
        [id] = node.ElementId,
        [labels] = new JsonArray([.. node.Labels.Select(l => JsonValue.Create(l))]),
        [properties] = Map(node.Properties, write),
    };

    private static JsonObject RelationshipBody(
        CypherRelationship rel, string id, string start, string end, string type, string properties, Func<object?, JsonNode?> write) => new()
        {
            [id] = rel.ElementId,
            [start] = rel.StartNodeElementId,
            [end] = rel.EndNodeElementId,
            [type] = rel.Type,
            [properties] = Map(rel.Properties, write),
        };

    private static JsonObject Map(IReadOnlyDictionary<string, object?> map, Func<object?, JsonNode?> write)
    {
        var json = new JsonObject();
        foreach (var (key, item) in map)
        {
            json[key] = write(item);
        }

        return json;
    }

    private static bool AcceptsTyped(string? accept) =>
        accept is not null && accept.Split(',').Select(p => p.Split(';')[0].Trim())
            .Any(m => m.StartsWith(FakeQueryApiHandler.TypedJson, StringComparison.OrdinalIgnoreCase) && !m.EndsWith("+jsonl", StringComparison.OrdinalIgnoreCase));
}
