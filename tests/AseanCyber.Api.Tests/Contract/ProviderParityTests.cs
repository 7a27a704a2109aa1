using System.Net;
using AseanCyber.Api.Tests.Export;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Api.Tests.Neo4j;
using AseanCyber.Api.Tests.Profiles;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Store;
using AseanCyber.Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Contract;

/// <summary>
/// An analyst's first questions, asked of the embedded graph and of the stand-in Neo4j holding the same seven profiles
/// (the seed, two states that name each other, three intergovernmental organizations): both adapters must answer each
/// one with the same JSON, byte for byte, errors included.
/// </summary>
public sealed class ProviderParityTests(ProviderParityTests.Apps apps) : IClassFixture<ProviderParityTests.Apps>
{
    public static TheoryData<string, string> Questions { get; } = new()
    {
        { "meetings involving Japan", """{ country(code: "jpn") { entries(where: { kind: { eq: MEETING } }) { totalCount nodes { id year profile { id } bodies { id } involvements { country { id } role } places { id } themes { id } } } } }""" },
        { "Japan's partners since 2015", """{ cooperation(of: "country:JP", where: { year: { gte: 2015 } }, first: 100) { partner { id } count strength roles firstYear lastYear entries(order: [{ date: DESC }, { id: ASC }]) { totalCount nodes { id } } } }""" },
        { "Japan's partners by kind", """{ m: cooperation(of: "country:JP", where: { kind: { eq: MEETING } }) { partner { id } count roles } a: cooperation(of: "country:JP", where: { kind: { in: [ACTIVITY, EXTERNAL_COOPERATION] } }) { partner { id } count roles } }""" },
        { "two state profiles, both ways", """{ a: cooperation(of: "profile:japan", first: 100) { partner { id } count roles } b: cooperation(of: "profile:thailand", first: 100) { partner { id } count roles } }""" },
        { "Japan to the United States, 1 to 4 hops", """{ h1: cooperationPaths(from: "country:JP", to: "country:US", maxHops: 1) { strength actors { id } } h2: cooperationPaths(from: "country:JP", to: "country:US", maxHops: 2, first: 20) { strength actors { id } } h4: cooperationPaths(from: "country:jp", to: "Country:USA", maxHops: 4, first: 20) { strength length actors { id } links { kind kinds count strength roles firstYear lastYear entries(first: 3) { id } } } }""" },
        { "Japan to Canada through meetings and activities", """{ cooperationPaths(from: "country:JP", to: "country:CA", maxHops: 4, first: 10, where: { kind: { in: [MEETING, ACTIVITY] } }) { strength actors { id } links { count evidence(first: 2) { entry { id } weight fromEvidence toEvidence } } } }""" },
        { "Norway to the Pacific Islands Forum", """{ cooperationPaths(from: "country:NO", to: "profile:pif", maxHops: 4, first: 5) { strength actors { id } links { kind kinds } } }""" },
        { "bad path arguments", """{ cooperationPaths(from: "country:JP", to: "country:US", maxHops: 5) { strength } }""" },
        { "an unknown end", """{ cooperationPaths(from: "country:JP", to: "country:ZZ") { strength } }""" },
        { "connections via involvements only", """{ connections(from: "country:JP", to: "country:TH", maxHops: 4, first: 10, via: [INVOLVES, HELD_IN, IN]) { strength nodes { id } steps { relationship forward weight evidence } } }""" },
        { "connections between two profiles", """{ connections(from: "profile:japan", to: "profile:oas", maxHops: 3, first: 10) { strength nodes { id } steps { relationship weight } } }""" },
        { "search, phrases and exclusions", """{ a: search(query: "capacity building -asean", first: 100) { totalCount nodes { entry { id } score highlights } } b: search(query: "\"incident response\"") { totalCount nodes { entry { id } score } } c: search(query: "Workshops, held in Washington!") { totalCount nodes { entry { id } score highlights } } }""" },
        { "search within a filter, paged", """{ search(query: "cyber japan", where: { profile: { id: { in: ["profile:japan", "profile:oas", "profile:thailand"] } } }, first: 2, after: "Y3Vyc29yOjA=") { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { entry { id } score } } }""" },
        { "search with nothing to look for", """{ search(query: "the of and") { totalCount } }""" },
        { "every facet", """{ entryFacets { totalCount kinds(first: 100) { value count } years { value count } statuses { value count } roles { value count } profiles { value count } countries(first: 100) { value count } hosts: countries(role: HOST) { value count } bodies(first: 100) { value count } themes(first: 100, order: VALUE) { value count } places { value count } organizations { value count } } }""" },
        { "facets of a combined filter", """{ entryFacets(where: { or: [{ kind: { eq: MEETING }, year: { gte: 2018 } }, { involvements: { some: { role: { eq: VENUE }, country: { code: { eq: "US" } } } } }] }) { totalCount kinds { value count } countries(role: PARTNER) { value count } places { value count } years(order: COUNT, first: 3) { value count } } }""" },
        { "sorting with nulls, forward", """{ entries(order: [{ status: DESC }, { edition: ASC }, { year: ASC }, { id: ASC }], first: 15) { nodes { id status edition year } } }""" },
        { "sorting by date, backward", """{ entries(order: [{ date: ASC }], last: 12, before: "Y3Vyc29yOjQw") { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id date { start } } } }""" },
        { "lists sorted on optional fields", """{ profiles(order: [{ acronym: ASC }]) { id acronym } organizations(order: [{ acronym: DESC }, { name: ASC }]) { id } countries(where: { name: { contains: "an" } }, order: [{ code3: DESC }]) { id } }""" },
        { "null and empty filters", """{ a: entries(where: { year: { eq: null } }) { totalCount } b: entries(where: { description: { neq: null }, title: { ncontains: "ASEAN" } }) { totalCount } c: entries(where: { themes: { any: false }, places: { none: { country: { code: { eq: "US" } } } } }) { totalCount } d: entries(where: { countries: { all: { code: { in: ["JP", "US"] } } }, involvements: { any: true } }) { totalCount nodes { id } } }""" },
        { "a state profile's own country", """{ profiles(where: { country: { code: { in: ["JP", "TH", "NO"] } } }) { id country { id profile { id } } } }""" },
        { "nodes of every kind, in any spelling", """{ nodes(ids: ["country:jp", "PROFILE:OAS", "place:tokyo", "organization:oas", "entry:japan:cybersecurity-strategy", "body:japan:ministry-of-foreign-affairs", "country:ZZ"]) { __typename id } }""" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Both_adapters_give_the_same_answer(string question, string document)
    {
        var embedded = await apps.Embedded.PostGraphQLAsync(document);
        var neo4j = await apps.StandIn.PostGraphQLAsync(document);

        Assert.True(embedded.StatusCode == HttpStatusCode.OK, $"{question}: {embedded}");
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", embedded.Text, StringComparison.Ordinal);
        Assert.Equal(embedded.Text, neo4j.Text);
    }

    /// <summary>The app embedded and on a seeded stand-in Neo4j, each with the same pages imported through the store port.</summary>
    public sealed class Apps : IAsyncLifetime
    {
        private static readonly string[] Fixtures = ["state-japan.txt", "state-thailand.txt", "igo-oas-new-portal.txt"];

        public Apps()
        {
            StandIn = new ApiFactory().WithStandInNeo4j(Neo4j);
        }

        public FakeNeo4jGraph Neo4j { get; } = new();

        public ApiFactory Embedded { get; } = new();

        public ApiFactory StandIn { get; }

        public async Task InitializeAsync()
        {
            foreach (var api in new[] { Embedded, StandIn })
            {
                await ExportFixture.WaitUntilReadyAsync(api);
                var importer = api.Services.GetRequiredService<ProfileImporter>();
                var documents = new[] { ProfilePages.Norway, ProfilePages.Pif, ProfilePages.Sco }
                    .Select(p => importer.Import(ProfilePages.Text(p), p))
                    .Concat(Fixtures.Select(f => importer.Import(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Profiles", "Fixtures", f)), f)))
                    .ToList();
                var outcomes = await api.Services.GetRequiredService<IGraphStore>().ImportProfilesAsync(documents, CancellationToken.None);
                Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.Message));
            }
        }

        public Task DisposeAsync()
        {
            Embedded.Dispose();
            StandIn.Dispose();
            Neo4j.Dispose();
            return Task.CompletedTask;
        }
    }
}
