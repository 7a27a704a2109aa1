using System.Collections;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Neo4j.QueryApi.Testing;

/// <summary>
/// Stands in for Neo4j's HTTP Query API: records every request and answers through a function of it.
/// The answers' shapes follow Neo4j's documentation:
/// results https://neo4j.com/docs/query-api/current/query/ ({"data": {"fields", "values"}, "bookmarks"}, 202 Accepted),
/// counters https://neo4j.com/docs/query-api/current/query-counters (JSON numbers and booleans),
/// typed JSON values https://neo4j.com/docs/query-api/current/typed-json (every value {"$type", "_value"}; a node's
/// _value is {"_element_id", "_labels", "_properties"}, a path's the list of its nodes and relationships as walked),
/// transactions https://neo4j.com/docs/query-api/current/transactions ({"transaction": {"id", "expires"}} and the
/// neo4j-cluster-affinity header), errors https://neo4j.com/docs/http-api/current/error-handling/
/// ({"errors": [{"code", "message"}]}, which the Query API may send with 200/202 as well as 400/401/404/500).
/// </summary>
public sealed class FakeQueryApiHandler : HttpMessageHandler
{
    public const string TypedJson = "application/vnd.neo4j.query";
    public const string TestUser = "neo4j";
    public const string TestPassword = "s3cret-Pa55word";
    public static readonly Uri TestUri = new("http://neo4j.test:7474");

    private readonly Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> _respond;
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<HttpClient> _clients = [];
    private readonly Dictionary<string, DateTimeOffset> _transactions = new(StringComparer.Ordinal);

    /// <summary>Answers every request with <paramref name="respond"/>, which may also throw (e.g. <see cref="HttpRequestException"/>).</summary>
    public FakeQueryApiHandler(Func<RecordedRequest, HttpResponseMessage> respond)
        : this((request, _) => Task.FromResult(respond(request)))
    {
    }

    /// <summary>Answers asynchronously, e.g. late or never (the token is the request's: a client timeout cancels it).</summary>
    public FakeQueryApiHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond)
    {
        _respond = respond;
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Answers the n-th request with the n-th responder; a request beyond them fails with a message naming it.</summary>
    public static FakeQueryApiHandler Sequence(params Func<RecordedRequest, HttpResponseMessage>[] responders)
    {
        var next = 0;
        return new FakeQueryApiHandler(request =>
        {
            var index = Interlocked.Increment(ref next) - 1;
            return index < responders.Length
                ? responders[index](request)
                : throw new InvalidOperationException(
                    $"Unexpected request #{index + 1} ({request.Method} {request.Path}); the test expected {responders.Length}.");
        });
    }

    /// <summary>Options for a client of this fake: Basic auth, fast retries.</summary>
    public static Neo4jOptions Options(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Uri = TestUri,
            User = TestUser,
            Password = TestPassword,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(5),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A client whose requests this fake answers (its HttpClient is disposed with the fake).</summary>
    public QueryApiClient CreateClient(Action<Neo4jOptions>? configure = null, ILogger<QueryApiClient>? logger = null)
    {
        var http = new HttpClient(this, disposeHandler: false);
        lock (_clients)
        {
            _clients.Add(http);
        }

        return new QueryApiClient(http, Options(configure), logger ?? NullLogger<QueryApiClient>.Instance);
    }

    /// <summary>A successful result in typed JSON; row values are converted by <see cref="TypedValue.Of"/>.</summary>
    public static HttpResponseMessage Typed(
        IReadOnlyList<string> fields,
        IReadOnlyList<IReadOnlyList<object?>> rows,
        IReadOnlyList<string>? bookmarks = null,
        JsonObject? counters = null) =>
        Json(HttpStatusCode.Accepted, ResultBody(fields, rows, bookmarks ?? ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], counters));

    /// <summary>The body of a result: <c>{"data": {"fields", "values"}, "bookmarks", "counters"?}</c>.</summary>
    public static JsonObject ResultBody(
        IReadOnlyList<string> fields,
        IReadOnlyList<IReadOnlyList<object?>> rows,
        IReadOnlyList<string> bookmarks,
        JsonObject? counters = null)
    {
        var body = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["fields"] = new JsonArray([.. fields.Select(f => JsonValue.Create(f))]),
                ["values"] = new JsonArray([.. rows.Select(row => new JsonArray([.. row.Select(TypedValue.Of)]))]),
            },
            ["bookmarks"] = Strings(bookmarks),
        };
        if (counters is not null)
        {
            body["counters"] = counters;
        }

        return body;
    }

    /// <summary>A result without rows (e.g. of a write), with the given bookmarks.</summary>
    public static HttpResponseMessage Empty(params string[] bookmarks) => Typed([], [], bookmarks);

    /// <summary>An error answer: <c>{"errors": [{"code", "message"}]}</c>, in plain JSON.</summary>
    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(
            status,
            new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) },
            "application/json");

    public static HttpResponseMessage TransientError(HttpStatusCode status = HttpStatusCode.ServiceUnavailable) =>
        Error(status, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock");

    /// <summary>The answer to opening a transaction, with the affinity header when given.</summary>
    public static HttpResponseMessage TransactionOpened(string id, string? affinity = null)
    {
        var response = Json(
            HttpStatusCode.Accepted,
            new JsonObject
            {
                ["data"] = new JsonObject { ["fields"] = new JsonArray(), ["values"] = new JsonArray() },
                ["transaction"] = new JsonObject { ["id"] = id, ["expires"] = Expires() },
            });
        if (affinity is not null)
        {
            response.Headers.Add("neo4j-cluster-affinity", affinity);
        }

        return response;
    }

    /// <summary>The answer to a statement inside transaction <paramref name="id"/>.</summary>
    public static HttpResponseMessage InTransaction(string id, IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var body = ResultBody(fields, rows, []);
        body["transaction"] = new JsonObject { ["id"] = id, ["expires"] = Expires() };
        return Json(HttpStatusCode.Accepted, body);
    }

    private static string Expires() =>
        (DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static HttpResponseMessage Committed(params string[] bookmarks) =>
        Json(HttpStatusCode.Accepted, new JsonObject { ["bookmarks"] = Strings(bookmarks) });

    public static HttpResponseMessage RolledBack() => new(HttpStatusCode.OK);

    public static HttpResponseMessage Json(HttpStatusCode status, JsonNode body, string mediaType = TypedJson) =>
        Text(status, body.ToJsonString(), mediaType);

    public static HttpResponseMessage Text(HttpStatusCode status, string body, string mediaType = "text/html") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    /// <summary>Counters as the Query API reports them with includeCounters; unnamed ones are 0 or false.</summary>
    public static JsonObject Counters(
        long nodesCreated = 0,
        long nodesDeleted = 0,
        long relationshipsCreated = 0,
        long relationshipsDeleted = 0,
        long propertiesSet = 0,
        long labelsAdded = 0) =>
        new()
        {
            ["containsUpdates"] = nodesCreated + nodesDeleted + relationshipsCreated + relationshipsDeleted + propertiesSet + labelsAdded > 0,
            ["nodesCreated"] = nodesCreated,
            ["nodesDeleted"] = nodesDeleted,
            ["propertiesSet"] = propertiesSet,
            ["relationshipsCreated"] = relationshipsCreated,
            ["relationshipsDeleted"] = relationshipsDeleted,
            ["labelsAdded"] = labelsAdded,
            ["labelsRemoved"] = 0,
            ["indexesAdded"] = 0,
            ["indexesRemoved"] = 0,
            ["constraintsAdded"] = 0,
            ["constraintsRemoved"] = 0,
            ["containsSystemUpdates"] = false,
            ["systemUpdates"] = 0,
        };

    /// <summary>How long a transaction lives without a request (Neo4j's Query API default: 30 s).</summary>
    public TimeSpan TransactionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock that expires transactions; a test moves it to expire one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The ids of the transactions the fake holds open (opened, not yet committed, rolled back, failed or expired).</summary>
    public IReadOnlyCollection<string> OpenTransactions
    {
        get
        {
            lock (_transactions)
            {
                DropExpired();
                return [.. _transactions.Keys];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = string.Join(", ", values);
        }

        string? body = null;
        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers)
            {
                headers[name] = string.Join(", ", values);
            }

            body = await request.Content.ReadAsStringAsync(cancellationToken);
        }

        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, body);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var route = QueryApiRoute.Parse(recorded);
        var refusal = StrictServer.Refuse(recorded, route);
        if (refusal is not null)
        {
            return refusal;
        }

        if (route.TransactionId is { } id && !TryUseTransaction(id))
        {
            return StrictServer.TransactionNotFound(id);
        }

        var response = await _respond(recorded, cancellationToken);
        await TrackTransactionsAsync(recorded, route, response, cancellationToken);
        StrictServer.CheckNegotiated(recorded, response);
        return response;
    }

    private bool TryUseTransaction(string id)
    {
        lock (_transactions)
        {
            DropExpired();
            return _transactions.ContainsKey(id);
        }
    }

    // As QueryController and QueryAPITransactionManager do: a transaction opens with an expiry, each request that keeps
    // it open pushes the expiry back, and commit, rollback or any error closes it for good.
    private async Task TrackTransactionsAsync(RecordedRequest request, QueryApiRoute route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = response.Content is null ? null : await response.Content.ReadAsStringAsync(cancellationToken);
        var node = TryParse(text);
        var answer = node as JsonObject;
        var failed = (int)response.StatusCode >= 400 || answer?["errors"] is JsonArray { Count: > 0 };
        var opened = answer?["transaction"] is JsonObject transaction && transaction["id"] is JsonValue value
            && value.TryGetValue<string>(out var id) ? id : null;
        lock (_transactions)
        {
            var expires = Time.GetUtcNow() + TransactionTimeout;
            switch (route.Kind)
            {
                case QueryApiRouteKind.Open when !failed && opened is not null:
                    _transactions[opened] = expires;
                    break;
                case QueryApiRouteKind.Run when !failed && request.Method == HttpMethod.Post:
                    _transactions[route.TransactionId!] = expires;
                    break;
                case QueryApiRouteKind.Run or QueryApiRouteKind.Commit:
                    _transactions.Remove(route.TransactionId!);
                    break;
            }
        }
    }

    private void DropExpired()
    {
        var now = Time.GetUtcNow();
        foreach (var (id, expires) in _transactions.ToList())
        {
            if (now > expires)
            {
                _transactions.Remove(id);
            }
        }
    }

    private static JsonNode? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_clients)
            {
                foreach (var client in _clients)
                {
                    client.Dispose();
                }
            }
        }

        base.Dispose(disposing);
    }

    private static JsonArray Strings(IEnumerable<string> strings) => new([.. strings.Select(s => JsonValue.Create(s))]);
}

/// <summary>One request the fake received; <see cref="Body"/> is its JSON body parsed, null when there was none.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? BodyText)
{
    /// <summary>The path as sent, still escaped (e.g. <c>/db/my%20db/query/v2</c>).</summary>
    public string Path => Uri.AbsolutePath;

    public JsonNode? Body => BodyText is null ? null : JsonNode.Parse(BodyText);

    public JsonNode? Parameters => Body?["parameters"];

    public string? Statement => Body?["statement"]?.GetValue<string>();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>Builds typed JSON values (<c>{"$type": ..., "_value": ...}</c>) as Neo4j's Query API writes them.</summary>
public static class TypedValue
{
    /// <summary>
    /// A CLR value as typed JSON: null, bool, int/long (Integer), double (Float), string, byte[] (Base64), DateOnly (Date),
    /// dictionaries (Map), other enumerables (List); a <see cref="JsonNode"/> is taken as already typed.
    /// </summary>
    public static JsonNode? Of(object? value) => value switch
    {
        null => Null(),
        JsonNode node => node.DeepClone(),
        bool flag => Raw("Boolean", flag),
        int or long => Integer(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double number => Float(number),
        string text => String(text),
        byte[] bytes => Raw("Base64", Convert.ToBase64String(bytes)),
        DateOnly date => Raw("Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        IDictionary map => Map(Entries(map)),
        IEnumerable list => List([.. list.Cast<object?>()]),
        _ => throw new ArgumentException($"No typed JSON for {value.GetType().Name} in the fake; build it with TypedValue.Raw."),
    };

    public static JsonObject Raw(string type, JsonNode? value) => new() { ["$type"] = type, ["_value"] = value };

    public static JsonObject Null() => Raw("Null", null);

    public static JsonObject Integer(long value) => Raw("Integer", value.ToString(CultureInfo.InvariantCulture));

    /// <summary>As Java writes doubles: <c>1.5</c>, <c>1.0E10</c>, <c>NaN</c>, <c>Infinity</c>.</summary>
    public static JsonObject Float(double value) => Raw(
        "Float",
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : value.ToString("R", CultureInfo.InvariantCulture));

    public static JsonObject String(string value) => Raw("String", value);

    public static JsonObject List(params object?[] items) => Raw("List", new JsonArray([.. items.Select(Of)]));

    public static JsonObject Map(IReadOnlyDictionary<string, object?> entries) =>
        Raw("Map", Properties(entries));

    public static JsonObject Node(string elementId, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?>? properties = null) =>
        Raw("Node", new JsonObject
        {
            ["_element_id"] = elementId,
            ["_labels"] = new JsonArray([.. labels.Select(l => JsonValue.Create(l))]),
            ["_properties"] = Properties(properties ?? new Dictionary<string, object?>()),
        });

    public static JsonObject Relationship(
        string elementId,
        string startNodeElementId,
        string endNodeElementId,
        string type,
        IReadOnlyDictionary<string, object?>? properties = null) =>
        Raw("Relationship", new JsonObject
        {
            ["_element_id"] = elementId,
            ["_start_node_element_id"] = startNodeElementId,
            ["_end_node_element_id"] = endNodeElementId,
            ["_type"] = type,
            ["_properties"] = Properties(properties ?? new Dictionary<string, object?>()),
        });

    /// <summary>A path: its nodes and relationships in the order walked, node first and last.</summary>
    public static JsonObject Path(params JsonObject[] elements) => Raw("Path", new JsonArray([.. elements.Select(e => e.DeepClone())]));

    private static Dictionary<string, object?> Entries(IDictionary map)
    {
        var entries = new Dictionary<string, object?>();
        foreach (DictionaryEntry entry in map)
        {
            entries[(string)entry.Key] = entry.Value;
        }

        return entries;
    }

    private static JsonObject Properties(IReadOnlyDictionary<string, object?> entries)
    {
        var map = new JsonObject();
        foreach (var (key, value) in entries)
        {
            map[key] = Of(value);
        }

        return map;
    }
}

/// <summary>Reads JSON values in assertions without caring how JsonNode boxed them.</summary>
public static class JsonAssert
{
    public static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    public static string Raw(JsonNode? node) => node?.ToJsonString() ?? "null";
}
