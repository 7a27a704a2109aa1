using System.Net;
using System.Text.Json.Nodes;
using AseanCyber.Neo4j.QueryApi.Testing;

namespace AseanCyber.Neo4j.QueryApi.Tests;

/// <summary>How typed JSON answers become .NET values.</summary>
public sealed class TypedJsonParsingTests
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    [Fact]
    public async Task Records_expose_values_by_field_and_position()
    {
        var result = await RunAsync(() => FakeQueryApiHandler.Typed(["id", "count"], [["e1", 2L], ["e2", 3L]], ["FB:b1"]));

        Assert.Equal(["id", "count"], result.Fields);
        Assert.Equal(2, result.Records.Count);
        Assert.Equal("e2", result.Records[1]["id"]);
        Assert.Equal(3L, result.Records[1][1]);
        Assert.Equal(["id", "count"], result.Records[0].Fields);
        Assert.Equal(2L, result.Records[0].Get<long>("count"));
        Assert.Equal(["FB:b1"], result.Bookmarks);
        Assert.Null(result.Counters);
    }

    [Fact]
    public async Task An_unknown_field_names_the_field_and_the_available_ones()
    {
        var result = await RunAsync(() => FakeQueryApiHandler.Typed(["id", "title"], [["e1", "t"]]));

        var error = Assert.Throws<KeyNotFoundException>(() => result.Records[0]["name"]);

        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
        Assert.Contains("id, title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_explains_a_wrong_type()
    {
        var result = await RunAsync(() => FakeQueryApiHandler.Typed(["id", "none"], [["e1", null]]));

        var error = Assert.Throws<InvalidCastException>(() => result.Records[0].Get<long>("id"));

        Assert.Contains("'id' holds String, not Int64", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Records[0].Get<string>("none"));
        Assert.Null(result.Records[0].Get<long?>("none"));
    }

    [Fact]
    public async Task Integers_keep_the_full_64_bit_range()
    {
        var value = await ValueAsync(TypedValue.List(long.MaxValue, long.MinValue, 0L, -1L));

        Assert.Equal(new object[] { long.MaxValue, long.MinValue, 0L, -1L }, Assert.IsType<IReadOnlyList<object?>>(value, exactMatch: false));
        Assert.Equal(9223372036854775807L, (await ValueAsync(TypedValue.Raw("Integer", "9223372036854775807")))!);
        Assert.Equal(-9223372036854775808L, (await ValueAsync(TypedValue.Raw("Integer", "-9223372036854775808")))!);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("-0.0", -0.0)]
    [InlineData("1.0E10", 1e10)]
    [InlineData("4.9E-324", double.Epsilon)]
    [InlineData("NaN", double.NaN)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public async Task Floats_are_read_from_javas_text(string text, double expected)
    {
        var value = await ValueAsync(TypedValue.Raw("Float", text));

        Assert.Equal(expected, Assert.IsType<double>(value));
    }

    [Fact]
    public async Task A_float_that_looks_whole_stays_a_double()
    {
        Assert.IsType<double>(await ValueAsync(TypedValue.Raw("Float", "3.0")));
        Assert.IsType<long>(await ValueAsync(TypedValue.Raw("Integer", "3")));
    }

    [Fact]
    public async Task Null_boolean_string_and_bytes()
    {
        Assert.Null(await ValueAsync(TypedValue.Null()));
        Assert.Equal(true, await ValueAsync(TypedValue.Raw("Boolean", true)));
        Assert.Equal(false, await ValueAsync(TypedValue.Raw("Boolean", false)));
        Assert.Equal("ASEAN-CERT ประเทศไทย", await ValueAsync(TypedValue.String("ASEAN-CERT ประเทศไทย")));
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, await ValueAsync(TypedValue.Raw("Base64", "AAH+/w==")));
    }

    [Fact]
    public async Task Lists_and_maps_nest()
    {
        var typed = TypedValue.Map(new Dictionary<string, object?>
        {
            ["title"] = "Cybersecurity Cooperation",
            ["years"] = new List<object?> { 2018L, 2019L },
            ["meta"] = new Dictionary<string, object?> { ["score"] = 0.5, ["tags"] = new List<object?> { "a", null } },
        });

        var map = Assert.IsType<IReadOnlyDictionary<string, object?>>(await ValueAsync(typed), exactMatch: false);

        Assert.Equal("Cybersecurity Cooperation", map["title"]);
        Assert.Equal(new object?[] { 2018L, 2019L }, Assert.IsType<IReadOnlyList<object?>>(map["years"], exactMatch: false));
        var meta = Assert.IsType<IReadOnlyDictionary<string, object?>>(map["meta"], exactMatch: false);
        Assert.Equal(0.5, meta["score"]);
        Assert.Equal(new object?[] { "a", null }, Assert.IsType<IReadOnlyList<object?>>(meta["tags"], exactMatch: false));
    }

    [Fact]
    public async Task Dates_and_times()
    {
        Assert.Equal(new DateOnly(2015, 3, 26), await ValueAsync(TypedValue.Raw("Date", "2015-03-26")));
        Assert.Equal(new TimeOnly(12, 50, 35, 556), await ValueAsync(TypedValue.Raw("LocalTime", "12:50:35.556")));
        Assert.Equal(new TimeOnly(12, 50), await ValueAsync(TypedValue.Raw("LocalTime", "12:50")));
        Assert.Equal(new TimeOnly(12, 50, 35).Add(TimeSpan.FromTicks(1234567)), await ValueAsync(TypedValue.Raw("LocalTime", "12:50:35.123456789")));
        Assert.Equal(
            new Neo4jTime(new TimeOnly(12, 50, 35, 556), TimeSpan.FromHours(1)),
            await ValueAsync(TypedValue.Raw("Time", "12:50:35.556+01:00")));
        Assert.Equal(new Neo4jTime(new TimeOnly(8, 0), TimeSpan.Zero), await ValueAsync(TypedValue.Raw("Time", "08:00:00Z")));
    }

    [Fact]
    public async Task Date_times_local_with_offset_and_zoned()
    {
        var local = Assert.IsType<DateTime>(await ValueAsync(TypedValue.Raw("LocalDateTime", "2015-07-21T21:40:32.142")));
        Assert.Equal(new DateTime(2015, 7, 21, 21, 40, 32, 142), local);
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);

        Assert.Equal(
            new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)),
            await ValueAsync(TypedValue.Raw("OffsetDateTime", "2024-01-01T21:40:32-01:00")));

        var zoned = Assert.IsType<Neo4jZonedDateTime>(await ValueAsync(TypedValue.Raw("ZonedDateTime", "2015-11-21T21:40:32.142+07:00[Asia/Bangkok]")));
        Assert.Equal(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.FromHours(7)), zoned.Value);
        Assert.Equal(TimeSpan.FromHours(7), zoned.Value.Offset);
        Assert.Equal("Asia/Bangkok", zoned.Zone);

        var utc = Assert.IsType<Neo4jZonedDateTime>(await ValueAsync(TypedValue.Raw("ZonedDateTime", "2015-11-21T21:40:32.142Z[Antarctica/Troll]")));
        Assert.Equal(TimeSpan.Zero, utc.Value.Offset);
        Assert.Equal("Antarctica/Troll", utc.Zone);
    }

    [Theory]
    [InlineData("P14DT16H12M", 0, 14, (16 * 3600) + (12 * 60), 0)]
    [InlineData("P1Y2M3W4DT5H6M7.5S", 14, 25, (5 * 3600) + (6 * 60) + 7, 500_000_000)]
    [InlineData("PT0.000000001S", 0, 0, 0, 1)]
    [InlineData("PT-0.5S", 0, 0, -1, 500_000_000)]
    [InlineData("P-1M-2D", -1, -2, 0, 0)]
    public async Task Durations_keep_months_days_and_seconds_apart(string text, long months, long days, long seconds, int nanoseconds)
    {
        Assert.Equal(new Neo4jDuration(months, days, seconds, nanoseconds), await ValueAsync(TypedValue.Raw("Duration", text)));
    }

    [Fact]
    public async Task Points_in_two_and_three_dimensions()
    {
        Assert.Equal(new Neo4jPoint(4326, 100.5, 13.75, null), await ValueAsync(TypedValue.Raw("Point", "SRID=4326;POINT (100.5 13.75)")));
        Assert.Equal(new Neo4jPoint(9157, 1, -2, 3.5), await ValueAsync(TypedValue.Raw("Point", "SRID=9157;POINT Z (1.0 -2.0 3.5)")));
    }

    [Fact]
    public async Task Nodes_with_labels_and_typed_properties()
    {
        var typed = TypedValue.Node(
            "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
            ["Entry", "Activity"],
            new Dictionary<string, object?> { ["id"] = "e1", ["year"] = 2018L, ["date"] = new DateOnly(2018, 9, 19) });

        var node = Assert.IsType<Neo4jNode>(await ValueAsync(typed));

        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", node.ElementId);
        Assert.Equal(["Entry", "Activity"], node.Labels);
        Assert.Equal("e1", node.Properties["id"]);
        Assert.Equal(2018L, node.Properties["year"]);
        Assert.Equal(new DateOnly(2018, 9, 19), node.Properties["date"]);
    }

    [Fact]
    public async Task A_node_without_properties_has_an_empty_map()
    {
        var typed = TypedValue.Raw("Node", new JsonObject { ["_element_id"] = "4:x:1", ["_labels"] = new JsonArray() });

        var node = Assert.IsType<Neo4jNode>(await ValueAsync(typed));

        Assert.Empty(node.Labels);
        Assert.Empty(node.Properties);
    }

    [Fact]
    public async Task Relationships_with_their_ends_and_type()
    {
        var typed = TypedValue.Relationship("5:x:7", "4:x:1", "4:x:2", "ISSUED_BY", new Dictionary<string, object?> { ["evidence"] = "p. 12" });

        var relationship = Assert.IsType<Neo4jRelationship>(await ValueAsync(typed));

        Assert.Equal(new[] { "5:x:7", "4:x:1", "4:x:2", "ISSUED_BY" }, new[] { relationship.ElementId, relationship.StartNodeElementId, relationship.EndNodeElementId, relationship.Type });
        Assert.Equal("p. 12", relationship.Properties["evidence"]);
    }

    [Fact]
    public async Task Paths_split_into_nodes_and_relationships_in_walking_order()
    {
        var typed = TypedValue.Path(
            TypedValue.Node("4:x:1", ["Entry"]),
            TypedValue.Relationship("5:x:10", "4:x:1", "4:x:2", "ISSUED_BY"),
            TypedValue.Node("4:x:2", ["Body"]),
            TypedValue.Relationship("5:x:11", "4:x:3", "4:x:2", "MEMBER_OF"),
            TypedValue.Node("4:x:3", ["Country"]));

        var path = Assert.IsType<Neo4jPath>(await ValueAsync(typed));

        Assert.Equal(["4:x:1", "4:x:2", "4:x:3"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal(["ISSUED_BY", "MEMBER_OF"], path.Relationships.Select(r => r.Type));
        Assert.Equal("4:x:3", path.Relationships[1].StartNodeElementId);
    }

    [Fact]
    public async Task A_path_of_one_node_has_no_relationships()
    {
        var path = Assert.IsType<Neo4jPath>(await ValueAsync(TypedValue.Path(TypedValue.Node("4:x:1", ["Entry"]))));

        Assert.Single(path.Nodes);
        Assert.Empty(path.Relationships);
    }

    [Fact]
    public async Task Counters_are_read_when_sent()
    {
        var result = await RunAsync(() => FakeQueryApiHandler.Typed(
            [], [], ["FB:1"], FakeQueryApiHandler.Counters(nodesCreated: 3, relationshipsCreated: 2, propertiesSet: 9, labelsAdded: 3)));

        var counters = Assert.IsType<QueryCounters>(result.Counters);
        Assert.Equal(3, counters.NodesCreated);
        Assert.Equal(0, counters.NodesDeleted);
        Assert.Equal(2, counters.RelationshipsCreated);
        Assert.Equal(0, counters.RelationshipsDeleted);
        Assert.Equal(9, counters.PropertiesSet);
        Assert.Equal(3, counters.LabelsAdded);
        Assert.True(counters.ContainsUpdates);
        Assert.False(counters.ContainsSystemUpdates);
    }

    [Theory]
    [InlineData("Vector")]
    [InlineData("Unsupported")]
    [InlineData("Decimal")]
    public async Task An_unknown_type_is_a_protocol_error_naming_it(string type)
    {
        var error = await Assert.ThrowsAsync<Neo4jException>(() => ValueAsync(TypedValue.Raw(type, "1")));

        Assert.Equal(Neo4jErrorKind.Protocol, error.Kind);
        Assert.Equal(Neo4jErrorCodes.Protocol, error.Code);
        Assert.Contains($"\"{type}\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Integer", "\"12x\"")]
    [InlineData("Integer", "\"9223372036854775808\"")]
    [InlineData("Float", "true")]
    [InlineData("Date", "\"2015-13-01\"")]
    [InlineData("Date", "\"-0001-01-01\"")]
    [InlineData("Duration", "\"P\"")]
    [InlineData("Point", "\"POINT (1 2)\"")]
    [InlineData("Node", "{\"_labels\": []}")]
    [InlineData("Boolean", "\"true\"")]
    public async Task A_malformed_value_is_a_protocol_error(string type, string json)
    {
        var error = await Assert.ThrowsAsync<Neo4jException>(() => ValueAsync(TypedValue.Raw(type, JsonNode.Parse(json))));

        Assert.Equal(Neo4jErrorKind.Protocol, error.Kind);
        Assert.Contains(type, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_out_of_order_is_a_protocol_error()
    {
        var typed = TypedValue.Path(TypedValue.Node("4:x:1", ["Entry"]), TypedValue.Node("4:x:2", ["Body"]));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => ValueAsync(typed));

        Assert.Equal(Neo4jErrorKind.Protocol, error.Kind);
    }

    [Fact]
    public async Task A_plain_json_answer_is_a_protocol_error()
    {
        // What the server sends for Accept: application/json (https://neo4j.com/docs/query-api/current/result-formats).
        var plain = new JsonObject
        {
            ["data"] = new JsonObject { ["fields"] = new JsonArray("n"), ["values"] = new JsonArray(new JsonArray(1)) },
            ["bookmarks"] = new JsonArray("FB:1"),
        };

        var asPlain = await Assert.ThrowsAsync<Neo4jException>(
            () => RunAsync(() => FakeQueryApiHandler.Json(HttpStatusCode.Accepted, plain, "application/json")));
        var mislabelled = await Assert.ThrowsAsync<Neo4jException>(
            () => RunAsync(() => FakeQueryApiHandler.Json(HttpStatusCode.Accepted, plain)));

        Assert.Equal(Neo4jErrorKind.Protocol, asPlain.Kind);
        Assert.Contains("application/json, not typed JSON", asPlain.Message, StringComparison.Ordinal);
        Assert.Equal(Neo4jErrorKind.Protocol, mislabelled.Kind);
        Assert.Contains("expected a typed value", mislabelled.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_with_the_wrong_number_of_values_is_a_protocol_error()
    {
        var body = FakeQueryApiHandler.ResultBody(["a", "b"], [[1L]], []);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync(() => FakeQueryApiHandler.Json(HttpStatusCode.Accepted, body)));

        Assert.Equal(Neo4jErrorKind.Protocol, error.Kind);
        Assert.Contains("row 0 has 1 values for 2 fields", error.Message, StringComparison.Ordinal);
    }

    private static async Task<object?> ValueAsync(JsonNode typed)
    {
        var result = await RunAsync(() => FakeQueryApiHandler.Typed(["v"], [[typed]]));
        return Assert.Single(result.Records)["v"];
    }

    private static async Task<QueryResult> RunAsync(Func<HttpResponseMessage> answer)
    {
        using var handler = FakeQueryApiHandler.Sequence(_ => answer());
        var client = handler.CreateClient();
        return await client.RunAsync("RETURN 1", NoParameters, AccessMode.Read, CancellationToken.None);
    }
}
