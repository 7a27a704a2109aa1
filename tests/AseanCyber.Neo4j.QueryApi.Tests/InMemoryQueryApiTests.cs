using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AseanCyber.Neo4j.QueryApi.Testing;
using AseanCyber.Testing.Cypher;

namespace AseanCyber.Neo4j.QueryApi.Tests;

/// <summary>The executing responder answers what the statements did, in the Query API's shapes (README.md beside it).</summary>
public sealed class InMemoryQueryApiTests : IDisposable
{
    private const string Query = "http://neo4j.test:7474/db/neo4j/query/v2";
    private readonly InMemoryGraph _graph = new();
    private readonly FakeQueryApiHandler _handler;
    private readonly HttpClient _http;

    public InMemoryQueryApiTests()
    {
        _handler = new FakeQueryApiHandler(new InMemoryQueryApi(_graph).Respond);
        _http = new HttpClient(_handler, disposeHandler: false);
    }

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    [Fact]
    public async Task A_write_is_applied_and_counted_and_a_read_returns_it_in_typed_json()
    {
        var (status, written) = await PostAsync(Query, """{"statement": "CREATE (:T {name: $n})-[:R {w: 1.5}]->(:T {name: 'b'})", "parameters": {"n": "a"}, "includeCounters": true}""");
        var (_, read) = await PostAsync(Query, """{"statement": "MATCH p = (a:T {name: 'a'})-[r]->(b) RETURN a, r, p, a.name AS name, count(*) AS n"}""");

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(2, written["counters"]!["nodesCreated"]!.GetValue<int>());
        Assert.Equal(1, written["counters"]!["relationshipsCreated"]!.GetValue<int>());
        Assert.True(written["counters"]!["containsUpdates"]!.GetValue<bool>());
        Assert.Null(read["counters"]);
        var row = read["data"]!["values"]![0]!;
        Assert.Equal("Node", row[0]!["$type"]!.GetValue<string>());
        Assert.Equal(["T"], row[0]!["_value"]!["_labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("""{"$type":"String","_value":"a"}""", row[0]!["_value"]!["_properties"]!["name"]!.ToJsonString());
        Assert.Equal("R", row[1]!["_value"]!["_type"]!.GetValue<string>());
        Assert.Equal(row[0]!["_value"]!["_element_id"]!.GetValue<string>(), row[1]!["_value"]!["_start_node_element_id"]!.GetValue<string>());
        Assert.Equal("""{"$type":"Float","_value":"1.5"}""", row[1]!["_value"]!["_properties"]!["w"]!.ToJsonString());
        Assert.Equal(["Node", "Relationship", "Node"], row[2]!["_value"]!.AsArray().Select(e => e!["$type"]!.GetValue<string>()));
        Assert.Equal("""{"$type":"Integer","_value":"1"}""", row[4]!.ToJsonString());
    }

    [Fact]
    public async Task Plain_json_is_answered_when_typed_json_is_not_asked_for()
    {
        await PostAsync(Query, """{"statement": "CREATE (:T {name: 'a', n: 2})"}""");

        var (_, read) = await PostAsync(Query, """{"statement": "MATCH (t:T) RETURN t, t.n AS n, [t.name] AS names"}""", accept: "application/json");

        var row = read["data"]!["values"]![0]!;
        Assert.Equal("""{"name":"a","n":2}""", row[0]!["properties"]!.ToJsonString());
        Assert.Equal(["T"], row[0]!["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("2", row[1]!.ToJsonString());
        Assert.Equal("""["a"]""", row[2]!.ToJsonString());
    }

    [Fact]
    public async Task A_write_in_read_mode_is_refused_with_neo4js_code_and_status_and_changes_nothing()
    {
        var (status, answer) = await PostAsync(Query, """{"statement": "CREATE (:T)", "accessMode": "Read"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(CypherException.AccessMode, answer["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(0L, _graph.Run("MATCH (n) RETURN count(n)").Single());
    }

    [Fact]
    public async Task A_transaction_sees_its_own_writes_publishes_them_on_commit_and_discards_them_on_rollback()
    {
        var (_, opened) = await PostAsync(Query + "/tx", "{}");
        var id = opened["transaction"]!["id"]!.GetValue<string>();
        await PostAsync($"{Query}/tx/{id}", """{"statement": "CREATE (:T {name: 'kept'})"}""");
        var (_, inside) = await PostAsync($"{Query}/tx/{id}", """{"statement": "MATCH (t:T) RETURN count(t) AS n"}""");
        var (_, outside) = await PostAsync(Query, """{"statement": "MATCH (t:T) RETURN count(t) AS n"}""");
        var (committed, _) = await PostAsync($"{Query}/tx/{id}/commit", "{}");

        var (_, second) = await PostAsync(Query + "/tx", "{}");
        var other = second["transaction"]!["id"]!.GetValue<string>();
        await PostAsync($"{Query}/tx/{other}", """{"statement": "CREATE (:T {name: 'dropped'})"}""");
        using var rollback = await _http.DeleteAsync(new Uri($"{Query}/tx/{other}"));

        Assert.Equal("1", inside["data"]!["values"]![0]![0]!["_value"]!.GetValue<string>());
        Assert.Equal("0", outside["data"]!["values"]![0]![0]!["_value"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Accepted, committed);
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.Equal(["kept"], _graph.Run("MATCH (t:T) RETURN t.name AS name").Column("name"));
        Assert.Empty(_handler.OpenTransactions);
    }

    [Fact]
    public async Task A_failed_statement_rolls_its_transaction_back_and_closes_it()
    {
        var (_, opened) = await PostAsync(Query + "/tx", "{}");
        var id = opened["transaction"]!["id"]!.GetValue<string>();
        await PostAsync($"{Query}/tx/{id}", """{"statement": "CREATE (:T)"}""");

        var (failed, error) = await PostAsync($"{Query}/tx/{id}", """{"statement": "RETURN $missing"}""");
        var (afterwards, _) = await PostAsync($"{Query}/tx/{id}/commit", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, failed);
        Assert.Equal(CypherException.ParameterMissing, error["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, afterwards);
        Assert.Equal(0L, _graph.Run("MATCH (n) RETURN count(n)").Single());
    }

    [Fact]
    public async Task Cypher_the_engine_cannot_run_fails_the_test_instead_of_being_answered()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PostAsync(Query, """{"statement": "CALL db.labels() YIELD label RETURN label"}"""));

        Assert.Contains("cannot run", error.Message, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string uri, string body, string accept = FakeQueryApiHandler.TypedJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd(accept);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!);
    }
}
