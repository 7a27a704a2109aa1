using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;

namespace AseanCyber.Api.Tests.Queries;

/// <summary>The canonical questions, filters, sorting, paging and node lookups, posted as real GraphQL over HTTP.</summary>
public sealed class QueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string[] JapanMeetings =
    [
        "ASEAN-Japan Information Security Policy Meetings (10th edition), to be renamed to the Japan-ASEAN Cybersecurity Policy Meeting",
        "ASEAN-Japan 2nd Cybercrime Dialogue",
    ];

    [Fact]
    public async Task Meetings_involving_Japan_from_the_country_are_exactly_the_two_Japan_meetings()
    {
        var result = await PostOkAsync("""
            { country(code: "JP") { name entries(where: { kind: { eq: MEETING } }) { totalCount nodes { title date { start end } bodies { name } themes { name } } } } }
            """);

        var country = result.Data.GetProperty("country");
        Assert.Equal("Japan", country.GetProperty("name").GetString());
        var entries = country.GetProperty("entries");
        Assert.Equal(2, entries.GetProperty("totalCount").GetInt32());
        var nodes = entries.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(JapanMeetings, nodes.Select(n => n.GetProperty("title").GetString()));
        Assert.Equal("2017-10-10", nodes[0].GetProperty("date").GetProperty("start").GetString());
        Assert.Equal("2017-10-11", nodes[0].GetProperty("date").GetProperty("end").GetString());
        Assert.Contains(nodes[1].GetProperty("themes").EnumerateArray(), t => t.GetProperty("name").GetString() == "Cybercrime");
    }

    [Fact]
    public async Task Root_lists_filter_and_sort_and_profiles_filter_by_last_update()
    {
        var result = await PostOkAsync("""
            {
              updated: profiles(where: { lastUpdated: { startsWith: "2018" } }, order: [{ lastUpdated: DESC }]) { lastUpdated }
              stale: profiles(where: { lastUpdated: { startsWith: "2019" } }) { name }
              entries(where: { profile: { lastUpdated: { eq: "2018-11" } } }) { totalCount }
              themes(where: { name: { startsWith: "cyber" } }, order: [{ name: DESC }]) { name }
              places(where: { country: { code: { eq: "KR" } } }) { name }
              organizations(where: { acronym: { eq: "INTERPOL" } }) { acronym }
            }
            """);

        Assert.Equal("2018-11", Assert.Single(result.Data.GetProperty("updated").EnumerateArray()).GetProperty("lastUpdated").GetString());
        Assert.Empty(result.Data.GetProperty("stale").EnumerateArray());
        Assert.Equal(27, result.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
        var themes = result.Data.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(themes);
        Assert.All(themes, t => Assert.StartsWith("cyber", t, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(themes.OrderDescending(StringComparer.Ordinal), themes);
        Assert.Equal(["Seoul"], result.Data.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Single(result.Data.GetProperty("organizations").EnumerateArray());
    }

    [Fact]
    public async Task Meetings_involving_Japan_as_a_list_filter_are_exactly_the_two_Japan_meetings()
    {
        var result = await PostOkAsync("""
            { entries(where: { kind: { eq: MEETING }, countries: { some: { code: { eq: "JP" } } } }) { totalCount nodes { title } } }
            """);

        Assert.Equal(2, result.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
        Assert.Equal(JapanMeetings, Titles(result.Data.GetProperty("entries")));
    }

    [Theory]
    [InlineData("JP")]
    [InlineData("jp")]
    [InlineData("JPN")]
    [InlineData("jpn")]
    public async Task Country_resolves_alpha2_and_alpha3_codes_in_any_case(string code)
    {
        var result = await PostOkAsync("query ($code: String!) { country(code: $code) { id code code3 name } }", new { code });

        var country = result.Data.GetProperty("country");
        Assert.Equal("country:JP", country.GetProperty("id").GetString());
        Assert.Equal("JPN", country.GetProperty("code3").GetString());
    }

    [Fact]
    public async Task Country_not_in_the_graph_is_null_and_a_malformed_code_is_an_error()
    {
        var missing = await PostOkAsync("""{ country(code: "FR") { name } }""");
        Assert.Equal(JsonValueKind.Null, missing.Data.GetProperty("country").ValueKind);

        var malformed = await api.PostGraphQLAsync("""{ country(code: "Japan") { name } }""");
        Assert.Equal(["INVALID_ARGUMENT"], malformed.ErrorCodes);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("ÄÄ")]
    [InlineData("J P")]
    [InlineData("JP.")]
    public async Task A_code_of_the_right_length_that_is_not_letters_is_an_error_too(string code)
    {
        // Only the length was checked: "Japan" was an error but "12" or "ÄÄ" a country the graph does not have (null).
        var result = await api.PostGraphQLAsync("query ($code: String!) { country(code: $code) { name } }", new { code });

        Assert.Equal(["INVALID_ARGUMENT"], result.ErrorCodes);
    }

    [Fact]
    public async Task Seed_counts_hold_through_the_api()
    {
        var result = await PostOkAsync("""
            {
              entries { totalCount }
              meetings: entries(where: { kind: { eq: MEETING } }) { totalCount }
              legislation: entries(where: { section: { eq: "Legislation" } }) { totalCount }
              bodies { name entries { totalCount } }
              profiles { id name acronym lastUpdated }
            }
            """);

        Assert.Equal(27, result.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
        Assert.Equal(10, result.Data.GetProperty("meetings").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, result.Data.GetProperty("legislation").GetProperty("totalCount").GetInt32());
        var bodies = result.Data.GetProperty("bodies").EnumerateArray()
            .ToDictionary(b => b.GetProperty("name").GetString()!, b => b.GetProperty("entries").GetProperty("totalCount").GetInt32());
        Assert.Equal(7, bodies.Count);
        Assert.Equal(4, bodies["ASEAN Regional Forum"]);
        Assert.Equal(2, bodies["Heads of State/Government"]);
        var profile = Assert.Single(result.Data.GetProperty("profiles").EnumerateArray());
        Assert.Equal("profile:asean", profile.GetProperty("id").GetString());
        Assert.Equal("ASEAN", profile.GetProperty("acronym").GetString());
        Assert.Equal("2018-11", profile.GetProperty("lastUpdated").GetString());
    }

    [Fact]
    public async Task Every_link_carries_its_evidence_and_source_lines()
    {
        var result = await PostOkAsync("""
            { entries(where: { title: { startsWith: "ASEAN-Japan 2nd" } }) { nodes {
                source { document firstLine lastLine }
                involvements { country { code } role evidence line }
                places { name country { code } }
                dates { text start end precision note } } } }
            """);

        var entry = Assert.Single(result.Data.GetProperty("entries").GetProperty("nodes").EnumerateArray());
        var source = entry.GetProperty("source");
        Assert.Equal("asean-profile-2018.txt", source.GetProperty("document").GetString());
        Assert.Equal(85, source.GetProperty("firstLine").GetInt32());
        Assert.Equal(87, source.GetProperty("lastLine").GetInt32());
        var involvements = entry.GetProperty("involvements").EnumerateArray().ToList();
        Assert.Contains(involvements, i => i.GetProperty("country").GetProperty("code").GetString() == "JP" && i.GetProperty("role").GetString() == "PARTNER");
        Assert.Contains(involvements, i => i.GetProperty("country").GetProperty("code").GetString() == "MY" && i.GetProperty("role").GetString() == "VENUE");
        Assert.All(involvements, i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("evidence").GetString())));
        var place = Assert.Single(entry.GetProperty("places").EnumerateArray());
        Assert.Equal("Kuala Lumpur", place.GetProperty("name").GetString());
        var dates = entry.GetProperty("dates").EnumerateArray().ToList();
        Assert.Equal(2, dates.Count);
        Assert.Equal("first dialogue", dates[1].GetProperty("note").GetString());
        Assert.Equal("DAY", dates[1].GetProperty("precision").GetString());
    }

    [Fact]
    public async Task Filters_follow_hot_chocolate_conventions()
    {
        var result = await PostOkAsync("""
            {
              ci: entries(where: { title: { contains: "cyber norms" } }) { nodes { title } }
              either: entries(where: { or: [{ kind: { eq: STRATEGY_DOCUMENT } }, { kind: { eq: EXTERNAL_COOPERATION } }] }) { totalCount }
              notMeetings: entries(where: { kind: { nin: [MEETING, ACTIVITY] } }) { totalCount }
              noStatus: entries(where: { status: { eq: null } }) { totalCount }
              withStatus: entries(where: { status: { neq: null } }) { nodes { title status } }
              recent: entries(where: { year: { gte: 2018 } }) { totalCount }
              arf: entries(where: { bodies: { some: { name: { eq: "ASEAN Regional Forum" } } } }) { totalCount }
              noBody: entries(where: { bodies: { any: false } }) { totalCount }
              hosted: entries(where: { involvements: { some: { role: { eq: HOST } } } }) { nodes { title } }
              aseanProfile: entries(where: { profile: { name: { startsWith: "Association" } } }) { totalCount }
              cybercrime: entries(where: { themes: { some: { name: { eq: "Cybercrime" } } } }) { totalCount }
            }
            """);

        var data = result.Data;
        Assert.Equal(["ASEAN Cyber Norms Workshop"], Titles(data.GetProperty("ci")));
        Assert.Equal(3, Count(data, "either"));
        Assert.Equal(11, Count(data, "notMeetings"));
        Assert.Equal(27, Count(data, "noStatus") + data.GetProperty("withStatus").GetProperty("nodes").GetArrayLength());
        Assert.Contains(data.GetProperty("withStatus").GetProperty("nodes").EnumerateArray(), e => e.GetProperty("status").GetString() == "IN_PROGRESS");
        Assert.Contains(data.GetProperty("withStatus").GetProperty("nodes").EnumerateArray(), e => e.GetProperty("status").GetString() == "PROPOSED");
        Assert.Contains(data.GetProperty("withStatus").GetProperty("nodes").EnumerateArray(), e => e.GetProperty("status").GetString() == "ANNOUNCED");
        Assert.Equal(5, Count(data, "recent"));
        Assert.Equal(4, Count(data, "arf"));
        Assert.Equal(27 - 11, Count(data, "noBody")); // 11 entries name a body: ARF 4, Heads 2, five others 1 each
        Assert.Contains("ASEAN-Japan Cybersecurity Capacity Building Centre", Titles(data.GetProperty("hosted")));
        Assert.Equal(27, Count(data, "aseanProfile"));
        Assert.True(Count(data, "cybercrime") >= 3);
    }

    [Fact]
    public async Task Order_sorts_by_each_key_in_turn()
    {
        var result = await PostOkAsync("""{ entries(order: [{ date: DESC }, { title: ASC }], first: 3) { nodes { title date { start } } } }""");

        var nodes = result.Data.GetProperty("entries").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["2018-09-19", "2018-09", "2018-06"], nodes.Select(n => n.GetProperty("date").GetProperty("start").GetString()));
        Assert.Equal("ASEAN Ministerial Conference on Cybersecurity, Third Edition", nodes[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Cursor_paging_walks_forward_and_backward_without_gaps()
    {
        var all = Titles((await PostOkAsync("{ entries(first: 100) { nodes { title } } }")).Data.GetProperty("entries"));
        Assert.Equal(27, all.Count);

        var seen = new List<string?>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await PostOkAsync(
                "query ($after: String) { entries(first: 10, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { title } } }",
                new { after })).Data.GetProperty("entries");
            Assert.Equal(27, page.GetProperty("totalCount").GetInt32());
            Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(Titles(page));
            pages++;
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(3, pages);
        Assert.Equal(all, seen);

        var last = (await PostOkAsync("{ entries(last: 5) { pageInfo { hasNextPage hasPreviousPage startCursor } nodes { title } } }")).Data.GetProperty("entries");
        Assert.Equal(all.Skip(22), Titles(last));
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var before = last.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var previous = (await PostOkAsync("query ($before: String) { entries(last: 5, before: $before) { nodes { title } } }", new { before })).Data.GetProperty("entries");
        Assert.Equal(all.Skip(17).Take(5), Titles(previous));
    }

    [Fact]
    public async Task Edges_carry_cursors_that_match_page_info()
    {
        var page = (await PostOkAsync("{ entries(first: 2) { edges { cursor node { id } } pageInfo { startCursor endCursor } } }")).Data.GetProperty("entries");
        var edges = page.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(edges[0].GetProperty("cursor").GetString(), page.GetProperty("pageInfo").GetProperty("startCursor").GetString());
        Assert.Equal(edges[1].GetProperty("cursor").GetString(), page.GetProperty("pageInfo").GetProperty("endCursor").GetString());
    }

    [Theory]
    [InlineData("{ entries(first: 100000) { totalCount } }", "PAGING_LIMIT_EXCEEDED")]
    [InlineData("{ entries(last: 101) { totalCount } }", "PAGING_LIMIT_EXCEEDED")]
    [InlineData("{ entries(first: -1) { totalCount } }", "PAGING_LIMIT_EXCEEDED")]
    [InlineData("""{ country(code: "JP") { entries(first: 500) { totalCount } } }""", "PAGING_LIMIT_EXCEEDED")]
    [InlineData("""{ entries(after: "not-a-cursor") { totalCount } }""", "INVALID_CURSOR")]
    [InlineData("""{ connections(from: "country:KR", to: "organization:interpol", maxHops: 50) { length } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ connections(from: "country:KR", to: "organization:interpol", first: 1000) { length } }""", "PAGING_LIMIT_EXCEEDED")]
    [InlineData("""{ connections(from: "country:KR", to: "organization:interpol", via: []) { length } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ connections(from: "country:ZZ", to: "organization:interpol") { length } }""", "NODE_NOT_FOUND")]
    [InlineData("""{ connections(from: "country:KR", to: "organization:nope") { length } }""", "NODE_NOT_FOUND")]
    public async Task Arguments_beyond_the_limits_get_a_clear_error(string query, string code)
    {
        var result = await api.PostGraphQLAsync(query);

        Assert.Equal([code], result.ErrorCodes);
        Assert.DoesNotContain("   at ", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_and_nodes_resolve_every_kind_of_id()
    {
        var ids = new[]
        {
            "country:JP", "body:asean-regional-forum", "profile:asean", "place:kuala-lumpur", "organization:interpol", "theme:cybercrime", "nope:missing",
        };
        var result = await PostOkAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids });

        var nodes = result.Data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["Country", "Body", "Profile", "Place", "Organization", "Theme"], nodes.Take(6).Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(ids.Take(6), nodes.Take(6).Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, nodes[6].ValueKind);

        var entryId = (await PostOkAsync("{ entries(first: 1) { nodes { id } } }")).Data.GetProperty("entries").GetProperty("nodes")[0].GetProperty("id").GetString();
        var entry = await PostOkAsync("query ($id: ID!) { node(id: $id) { ... on Entry { title kind profile { id } } } }", new { id = entryId });
        Assert.Equal("ASEAN ICT Masterplan 2020", entry.Data.GetProperty("node").GetProperty("title").GetString());
        Assert.Equal("profile:asean", entry.Data.GetProperty("node").GetProperty("profile").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Node_and_nodes_take_ids_spelt_as_cooperation_and_connections_take_them()
    {
        // An analyst who types country:jp into cooperation(of:) gets Japan's partners; the same id in node(id:) must not be null.
        var ids = new[] { "country:jp", "Country:JPN", "PROFILE:ASEAN", "Organization:INTERPOL", "theme:CYBERCRIME", "country:ZZ", "country:jp" };
        var result = await PostOkAsync("""
            query ($ids: [ID!]!) { one: node(id: "country:jpn") { id } nodes(ids: $ids) { __typename id } }
            """, new { ids });

        Assert.Equal("country:JP", result.Data.GetProperty("one").GetProperty("id").GetString());
        var nodes = result.Data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(
            ["country:JP", "country:JP", "profile:asean", "organization:interpol", "theme:cybercrime", null, "country:JP"],
            nodes.Select(n => n.ValueKind == JsonValueKind.Null ? null : n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Connections_explain_how_Korea_reaches_INTERPOL()
    {
        var result = await PostOkAsync("""
            { connections(from: "country:KR", to: "organization:interpol", maxHops: 4, first: 5) {
                length strength nodes { id } steps { from { id } relationship to { id } forward evidence } } }
            """);

        var paths = result.Data.GetProperty("connections").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        Assert.True(paths.Count <= 5);
        var strengths = paths.Select(p => p.GetProperty("strength").GetDouble()).ToList();
        Assert.Equal(strengths.OrderDescending(), strengths);
        foreach (var path in paths)
        {
            var nodes = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
            var steps = path.GetProperty("steps").EnumerateArray().ToList();
            Assert.InRange(steps.Count, 1, 4);
            Assert.Equal("country:KR", nodes[0]);
            Assert.Equal("organization:interpol", nodes[^1]);
            for (var i = 0; i < steps.Count; i++)
            {
                Assert.Equal(nodes[i], steps[i].GetProperty("from").GetProperty("id").GetString());
                Assert.Equal(nodes[i + 1], steps[i].GetProperty("to").GetProperty("id").GetString());
                Assert.False(string.IsNullOrEmpty(steps[i].GetProperty("relationship").GetString()));
            }
        }

        Assert.Contains(paths.SelectMany(p => p.GetProperty("steps").EnumerateArray()),
            s => s.GetProperty("relationship").GetString() == "MENTIONS" && s.GetProperty("evidence").GetString()!.Contains("INTERPOL", StringComparison.Ordinal));
    }

    private async Task<GraphQLHttpResult> PostOkAsync(string query, object? variables = null)
    {
        var result = await api.PostGraphQLAsync(query, variables);
        Assert.True(result.Errors.Count == 0, result.ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, result.StatusCode);
        return result;
    }

    private static List<string?> Titles(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()).ToList();

    private static int Count(JsonElement data, string alias) => data.GetProperty(alias).GetProperty("totalCount").GetInt32();
}
