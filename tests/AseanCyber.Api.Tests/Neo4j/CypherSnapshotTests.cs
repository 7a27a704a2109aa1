using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Graph.Testing;
using AseanCyber.Neo4j.QueryApi.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace AseanCyber.Api.Tests.Neo4j;

/// <summary>
/// What reaches Neo4j for a GraphQL document, as neo4j/graphql's translation tests pin it: each document runs through the
/// whole API on Graph:Provider=Neo4j against the stand-in, and the statements and parameters it sent, in order, are
/// compared with the snapshot in __snapshots__ (one file per document). A change in what Neo4j receives changes a
/// snapshot, which review then sees. The answers are not what is pinned here. No document writes, so the class shares one
/// app and stand-in, and each test pins the requests its document caused.
/// </summary>
public sealed class CypherSnapshotTests(SharedStandInNeo4jApi app) : IClassFixture<SharedStandInNeo4jApi>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FakeNeo4jGraph _neo4j = app.Neo4j;
    private readonly ApiFactory _api = app.Api;

    /// <summary>The README's "Example queries", in its order.</summary>
    public static TheoryData<string, string> ReadmeExamples => new()
    {
        { "readme_1_meetings_of_japan", """{ country(code: "JP") { name entries(where: { kind: { eq: MEETING } }) { totalCount nodes { title date { start end } profile { name } bodies { name } involvements { country { name } role } places { name } themes { name } } } } }""" },
        { "readme_2_meetings_with_japan_as_a_filter", """{ entries(where: { kind: { eq: MEETING }, countries: { some: { code: { eq: "JP" } } } }) { totalCount nodes { title } } }""" },
        { "readme_3_why_korea_is_linked", """{ entries(where: { countries: { some: { code: { eq: "KR" } } } }) { nodes { title source { document firstLine lastLine } involvements { country { name } role evidence line } themeMatches { theme { name } terms confidence weak } } } }""" },
        { "readme_4_korea_to_interpol", """{ connections(from: "country:KR", to: "organization:interpol", maxHops: 4, first: 5) { length strength steps { from { id } relationship to { id } forward evidence weight } } }""" },
        { "readme_4b_korea_to_interpol_via", """{ connections(from: "country:kor", to: "organization:interpol", maxHops: 6, first: 3, via: [INVOLVES, ABOUT, MENTIONS]) { strength nodes { id } } }""" },
        { "readme_6_entry_facets", """{ all: entryFacets { totalCount kinds { value count } years { value count } themes(first: 3) { value count node { ... on Theme { name } } } bodies(first: 2) { count node { ... on Body { name } } } profiles { count node { ... on Profile { name } } } } japan: entryFacets(where: { countries: { some: { code: { eq: "JP" } } } }) { totalCount partners: countries(role: PARTNER) { value count } hosts: countries(role: HOST) { value count node { ... on Country { name } } } years(order: COUNT, first: 2) { value count } } }""" },
        { "readme_search_japan_cybercrime", """{ search(query: "Japan cybercrime -\"kuala lumpur\"", where: { kind: { in: [MEETING, ACTIVITY] } }, first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { score highlights entry { title kind } } } } }""" },
        { "readme_5_sorting_and_paging", """{ entries(order: [{ date: DESC }, { title: ASC }], first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title date { text start end precision note } } } } }""" },
    };

    /// <summary>One document per filter operator and sort direction, each on a field that has it.</summary>
    public static TheoryData<string, string> Operators => new()
    {
        { "string_eq", Entries("""title: { eq: "ASEAN Regional Forum" }""") },
        { "string_neq", Entries("""section: { neq: "Meetings" }""") },
        { "string_contains", Entries("""title: { contains: "cyber" }""") },
        { "string_contains_folding", Entries("""title: { contains: "Straße ﬁnal" }""") },
        { "string_ncontains", Entries("""description: { ncontains: "dialogue" }""") },
        { "string_startsWith", Entries("""title: { startsWith: "asean" }""") },
        { "string_nstartsWith", Entries("""category: { nstartsWith: "other" }""") },
        { "string_endsWith", Entries("""title: { endsWith: "meeting" }""") },
        { "string_nendsWith", Entries("""title: { nendsWith: "meeting" }""") },
        { "string_in", Entries("""acronym: { in: ["ARF", null] }""") },
        { "string_nin", Entries("""acronym: { nin: ["ARF"] }""") },
        { "id_in", Entries("""id: { in: ["entry:asean:asean-regional-forum"] }""") },
        { "int_gt", Entries("year: { gt: 2017 }") },
        { "int_gte", Entries("year: { gte: 2017 }") },
        { "int_lt", Entries("edition: { lt: 3 }") },
        { "int_lte", Entries("edition: { lte: 3 }") },
        { "int_in", Entries("year: { in: [2017, 2018] }") },
        { "enum_eq", Entries("kind: { eq: MEETING }") },
        { "enum_in", Entries("status: { in: [IN_PROGRESS, null] }") },
        { "list_some", Entries("""countries: { some: { name: { contains: "japan" } } }""") },
        { "list_all", Entries("""bodies: { all: { name: { startsWith: "asean" } } }""") },
        { "list_none", Entries("""themes: { none: { name: { eq: "Cybercrime" } } }""") },
        { "list_any", Entries("organizations: { any: true }") },
        { "list_all_involvements", Entries("""involvements: { all: { role: { eq: HOST }, country: { code: { eq: "JP" } } } }""") },
        { "object", Entries("""profile: { acronym: { eq: "ASEAN" } }""") },
        { "and", Entries("""and: [{ kind: { eq: MEETING } }, { year: { gte: 2017 } }]""") },
        { "or", Entries("""or: [{ title: { contains: "cyber" } }, { description: { contains: "cyber" } }]""") },
        { "order_asc", """{ entries(order: [{ title: ASC }, { year: ASC }]) { totalCount nodes { id } } }""" },
        { "order_desc", """{ entries(order: [{ kind: DESC }, { date: DESC }]) { totalCount nodes { id } } }""" },
        { "countries_filtered_and_sorted", """{ countries(where: { name: { startsWith: "s" } }, order: [{ name: DESC }]) { code } }""" },
        { "profiles_filtered", """{ profiles(where: { acronym: { eq: "ASEAN" } }) { name } }""" },
    };

    [Theory]
    [MemberData(nameof(ReadmeExamples))]
    public Task Readme_examples(string name, string document) => MatchAsync(SnapshotName(name), document);

    [Theory]
    [MemberData(nameof(Operators))]
    public Task Filter_operators_and_orders(string name, string document) => MatchAsync(SnapshotName(name), document);

    private static string Entries(string where) => "{ entries(where: { " + where + " }) { totalCount nodes { id } } }";

    /// <summary>Read in the test method itself: Snapshooter finds the test by walking the stack, which an await cuts.</summary>
    private static SnapshotFullName SnapshotName(string name) => Snapshot.FullName(SnapshotNameExtension.Create(name));

    private async Task MatchAsync(SnapshotFullName snapshot, string document)
    {
        var before = await _api.WaitUntilReadyAsync(_neo4j);

        var result = await _api.PostGraphQLAsync(document);

        Assert.True(result.Errors.Count == 0, result.ToString());
        Snapshot.Match(Describe(document, _neo4j.Handler.Requests.Skip(before).ToArray()), snapshot);
    }

    /// <summary>The document, then each request: its path, its statement as sent and its parameters as indented JSON.</summary>
    internal static string Describe(string document, RecordedRequest[] requests)
    {
        var text = new StringBuilder();
        text.Append("GraphQL: ").Append(document).Append('\n');
        for (var i = 0; i < requests.Length; i++)
        {
            var request = requests[i];
            text.Append('\n').Append("---- request ").Append(i + 1).Append(": ").Append(request.Method).Append(' ').Append(request.Path)
                .Append(" (").Append(FakeNeo4jGraph.Describe(request)).Append(", accessMode ").Append(request.Body?["accessMode"]?.GetValue<string>() ?? "none").Append(")\n");
            text.Append(request.Statement?.ReplaceLineEndings("\n").TrimEnd()).Append('\n');
            text.Append("---- parameters\n").Append(request.Parameters?.ToJsonString(Indented).ReplaceLineEndings("\n") ?? "{}").Append('\n');
        }

        return text.ToString();
    }

}
