using System.Net;
using System.Text.Json;
using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Catalog;
using AseanCyber.Graph.Store;
using AseanCyber.Graph.Testing;
using AseanCyber.Graph.Tests.Store;
using AseanCyber.Neo4j.QueryApi;
using AseanCyber.Neo4j.QueryApi.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace AseanCyber.Graph.Tests.Neo4j;

/// <summary>
/// The Neo4j adapter against <see cref="FakeNeo4jGraph"/>: which statements it sends, with which parameters, in how many
/// requests, and that it reads the Query API's answers back into exactly the model the embedded graph holds.
/// </summary>
public sealed class Neo4jGraphStoreWireTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly FakeNeo4jGraph _neo4j = new();
    private readonly TestDirectories _directories = new();

    public void Dispose()
    {
        _neo4j.Dispose();
        _directories.Dispose();
    }

    private Neo4jGraphStore Store(Action<Neo4jOptions>? configure = null)
    {
        var options = FakeQueryApiHandler.Options(configure);
        return new Neo4jGraphStore(_neo4j.Handler.CreateClient(configure), options, NullLogger<Neo4jGraphStore>.Instance);
    }

    private EmbeddedGraphStore Embedded() => EmbeddedStores.OpenWithBundledProfiles(_directories.Create());

    private static string Dump(object value) => JsonSerializer.Serialize(value, value.GetType(), Json);

    [Fact]
    public async Task Every_seed_node_reads_back_as_the_embedded_graph_holds_it_in_one_request()
    {
        using var embedded = Embedded();
        var ids = (await embedded.QueryEntriesAsync(EntryQuery.All, Ct)).Entries.Select(e => e.Id)
            .Concat((await embedded.GetCountriesAsync(ListQuery.All, Ct)).Select(c => c.Id))
            .Concat((await embedded.GetBodiesAsync(ListQuery.All, Ct)).Select(b => b.Id))
            .Concat((await embedded.GetPlacesAsync(ListQuery.All, Ct)).Select(p => p.Id))
            .Concat((await embedded.GetThemesAsync(ListQuery.All, Ct)).Select(t => t.Id))
            .Concat((await embedded.GetOrganizationsAsync(ListQuery.All, Ct)).Select(o => o.Id))
            .Append("profile:asean")
            .Append("country:ZZ")
            .ToArray();

        var expected = await embedded.GetNodesAsync(ids, Ct);
        var actual = await Store().GetNodesAsync(ids, Ct);

        Assert.Single(_neo4j.Handler.Requests);
        Assert.Equal(CypherFiles.GetNodes, _neo4j.Statements[0]);
        Assert.Equal(expected.Count, actual.Count);
        Assert.DoesNotContain("country:ZZ", actual.Keys);
        foreach (var (id, node) in expected)
        {
            Assert.Equal(Dump(node), Dump(actual[id]));
        }

        var parameters = _neo4j.Handler.Requests[0].Parameters!;
        Assert.Equal(["country:ZZ"], parameters["countryIds"]!.AsArray().Select(n => n!.GetValue<string>()).Where(i => i == "country:ZZ"));
        Assert.Equal(["profile:asean"], parameters["profileIds"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task Entries_of_many_nodes_are_one_read_request_with_the_filter_compiled_to_parameters()
    {
        var query = new EntryQuery(new FieldFilter(EntryFields.Kind, FilterOperator.Eq, EntryKind.Meeting), [new SortField(EntryFields.Date, SortDirection.Desc)], new Window(0, 1));
        using var embedded = Embedded();
        string[] nodes = ["body:heads-of-state-government", "body:asean-regional-forum", "body:nothing-here"];
        var scope = EntryScope.Of(EntryScopeKind.Body, nodes);

        var actual = await Store().QueryEntriesAsync(scope, query, Ct);
        var expected = await embedded.QueryEntriesAsync(scope, query, Ct);

        var request = Assert.Single(_neo4j.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("Read", request.Body!["accessMode"]!.GetValue<string>());
        Assert.Equal(CypherFiles.QueryEntriesByBody, FakeNeo4jGraph.Identify(request.Statement!));
        Assert.Equal(
            """
            // A body's entries (those it issued or ran) for each of $nodeIds, counted and paged like query-entries.cypher.
            // Ids without entries yield no row.
            UNWIND $nodeIds AS nodeId
            CALL (nodeId) {
              MATCH (:Body {id: nodeId})<-[:ISSUED_BY]-(e:Entry)
              WITH DISTINCT e
              WHERE (e.kind = $p0)
              RETURN count(e) AS total
            }
            WITH nodeId, total
            WHERE total > 0
            CALL (nodeId) {
              MATCH (:Body {id: nodeId})<-[:ISSUED_BY]-(e:Entry)
              WITH DISTINCT e
              WHERE (e.kind = $p0)
              WITH e
              ORDER BY e.dateStart IS NULL, e.dateStart DESC, e.profileId, e.firstLine, e.ordinal
              SKIP $skip
              LIMIT $take
              RETURN collect(e) AS page
            }
            RETURN nodeId, total, page

            """.ReplaceLineEndings("\n"),
            request.Statement);
        Assert.Equal(
            ["nodeIds", "p0", "skip", "take"],
            request.Parameters!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("MEETING", request.Parameters["p0"]!.GetValue<string>());
        Assert.Equal(nodes, request.Parameters["nodeIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(0, request.Parameters["skip"]!.GetValue<int>());
        Assert.Equal(1, request.Parameters["take"]!.GetValue<int>());
        Assert.Equal(nodes.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var id in nodes)
        {
            Assert.Equal(Dump(expected[id]), Dump(actual[id]));
        }

        Assert.Same(EntryPage.Empty, actual["body:nothing-here"]);
        Assert.True(actual["body:asean-regional-forum"].HasNextPage);
    }

    [Fact]
    public async Task Links_of_every_seed_entry_read_back_with_their_evidence_in_one_request()
    {
        using var embedded = Embedded();
        var ids = (await embedded.QueryEntriesAsync(EntryQuery.All, Ct)).Entries.Select(e => e.Id).Append("entry:asean:unknown").ToArray();

        var actual = await Store().GetEntryLinksAsync(ids, Ct);
        var expected = await embedded.GetEntryLinksAsync(ids, Ct);

        Assert.Single(_neo4j.Handler.Requests);
        Assert.Equal(CypherFiles.GetEntryLinks, _neo4j.Statements[0]);
        Assert.Equal(ids.Length, actual.Count);
        foreach (var id in ids)
        {
            Assert.Equal(Dump(expected[id]), Dump(actual[id]));
        }
    }

    [Fact]
    public async Task A_global_page_is_read_with_skip_and_take_and_carries_its_offset_and_total()
    {
        var query = EntryQuery.All with { Window = new Window(10, 5) };
        using var embedded = Embedded();

        var actual = await Store().QueryEntriesAsync(query, Ct);
        var expected = await embedded.QueryEntriesAsync(query, Ct);

        Assert.Equal(Dump(expected), Dump(actual));
        Assert.Equal((10, 5, 27), (actual.Offset, actual.Entries.Count, actual.TotalCount));
        var request = Assert.Single(_neo4j.Handler.Requests);
        Assert.Equal(
            """
            // One page of entries, in one request: how many match the filter (the adapter puts the compiled filter in place of both
            // where markers), then the adapter's window of them: sorted (compiled sort keys go before the default order, which stays
            // as the tie-break; for a window from the end the adapter reverses every key and the page comes back last first) and cut
            // with $skip and $take, so only the page is collected.
            CALL () {
              MATCH (e:Entry)
              WHERE /*where*/ true
              RETURN count(e) AS total
            }
            CALL () {
              MATCH (e:Entry)
              WHERE /*where*/ true
              WITH e
              ORDER BY /*order*/ /*end*/ e.profileId, e.firstLine, e.ordinal
              SKIP $skip
              LIMIT $take
              RETURN collect(e) AS page
            }
            RETURN total, page

            """.ReplaceLineEndings("\n"),
            request.Statement);
        Assert.Equal(["skip", "take"], request.Parameters!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal((10, 5), (request.Parameters["skip"]!.GetValue<int>(), request.Parameters["take"]!.GetValue<int>()));
        Assert.True(actual.HasPreviousPage);
        Assert.True(actual.HasNextPage);
    }

    [Fact]
    public async Task A_page_from_the_end_is_read_in_the_reverse_order_and_comes_back_in_order()
    {
        var query = new EntryQuery(null, [new SortField(EntryFields.Date, SortDirection.Desc)], Window.Last(3));
        using var embedded = Embedded();

        var actual = await Store().QueryEntriesAsync(query, Ct);
        var expected = await embedded.QueryEntriesAsync(query, Ct);

        Assert.Equal(Dump(expected), Dump(actual));
        Assert.Equal((24, 3, 27), (actual.Offset, actual.Entries.Count, actual.TotalCount));
        var request = Assert.Single(_neo4j.Handler.Requests);
        Assert.Contains(
            "ORDER BY e.dateStart IS NULL DESC, e.dateStart, e.profileId DESC, e.firstLine DESC, e.ordinal DESC\n  SKIP $skip\n  LIMIT $take\n",
            request.Statement,
            StringComparison.Ordinal);
        Assert.Equal((0, 3), (request.Parameters!["skip"]!.GetValue<int>(), request.Parameters["take"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Lists_read_back_as_the_embedded_graph_orders_them()
    {
        using var embedded = Embedded();
        var store = Store();

        Assert.Equal(Dump(await embedded.GetProfilesAsync(ListQuery.All, Ct)), Dump(await store.GetProfilesAsync(ListQuery.All, Ct)));
        Assert.Equal(Dump(await embedded.GetCountriesAsync(ListQuery.All, Ct)), Dump(await store.GetCountriesAsync(ListQuery.All, Ct)));
        Assert.Equal(Dump(await embedded.GetBodiesAsync(ListQuery.All, Ct)), Dump(await store.GetBodiesAsync(ListQuery.All, Ct)));
        Assert.Equal(Dump(await embedded.GetThemesAsync(ListQuery.All, Ct)), Dump(await store.GetThemesAsync(ListQuery.All, Ct)));
        Assert.Equal(Dump(await embedded.GetPlacesAsync(ListQuery.All, Ct)), Dump(await store.GetPlacesAsync(ListQuery.All, Ct)));
        Assert.Equal(Dump(await embedded.GetOrganizationsAsync(ListQuery.All, Ct)), Dump(await store.GetOrganizationsAsync(ListQuery.All, Ct)));
        Assert.Equal(
            [CypherFiles.GetProfiles, CypherFiles.GetCountries, CypherFiles.GetBodies, CypherFiles.GetThemes, CypherFiles.GetPlaces, CypherFiles.GetOrganizations],
            _neo4j.Statements);
    }

    /// <summary>
    /// The embedded graph's best-first search against the stand-in's full enumeration and sort, on pairs of seed nodes of
    /// every kind, with and without 'via': the same paths, in the same order, explained and weighed the same.
    /// </summary>
    [Fact]
    public async Task Ranked_paths_agree_with_the_embedded_graph_across_the_seed()
    {
        using var embedded = Embedded();
        var store = Store();
        var pairs = new (string From, string To, int Hops, int First, LinkKind[]? Via)[]
        {
            ("country:KR", "organization:interpol", 6, 30, null),
            ("country:JP", "country:SG", 4, 25, null),
            ("body:asean-regional-forum", "country:KR", 5, 20, null),
            ("theme:cybercrime", "place:seoul", 5, 15, null),
            ("country:JP", "organization:interpol", 6, 10, [LinkKind.Involves, LinkKind.About, LinkKind.Mentions]),
            ("profile:asean", "country:VN", 3, 40, [LinkKind.MemberOf, LinkKind.InProfile, LinkKind.Involves]),
            ("entry:asean:asean-cyber-norms-workshop", "entry:asean:asean-japan-2nd-cybercrime-dialogue", 4, 50, null),
        };

        foreach (var (from, to, hops, first, via) in pairs)
        {
            var query = new PathQuery(from, to, hops, first) { Via = via?.ToHashSet() };
            var expected = await embedded.FindPathsAsync(query, Ct);
            var actual = await store.FindPathsAsync(query, Ct);

            Assert.True(expected.Count > 1, $"{from} -> {to}: {expected.Count} paths");
            Assert.Equal(Dump(expected), Dump(actual));
        }
    }

    [Fact]
    public async Task Paths_read_back_with_each_hop_explained_in_two_requests()
    {
        using var embedded = Embedded();

        var expected = await embedded.FindPathsAsync("country:KR", "organization:interpol", 4, 5, Ct);
        var actual = await Store().FindPathsAsync("country:KR", "organization:interpol", 4, 5, Ct);

        Assert.NotEmpty(expected);
        Assert.Equal(Dump(expected), Dump(actual));
        Assert.Equal([CypherFiles.FindPaths, CypherFiles.GetNodes], _neo4j.Statements);
        var parameters = _neo4j.Handler.Requests[0].Parameters!;
        Assert.Equal("country:KR", parameters["fromId"]!.GetValue<string>());
        Assert.Equal(4, parameters["maxHops"]!.GetValue<int>());
        Assert.Contains("SHORTEST 6 GROUPS (source)-[]-{1,4}(target)", _neo4j.Handler.Requests[0].Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_is_one_transaction_whose_statements_carry_every_value_as_a_parameter()
    {
        var importer = new ProfileImporter(ReferenceData.Default);
        var source = Assert.Single(BundledProfiles.Load());
        var document = importer.Import(source.Text, source.Name);

        await Store().ImportProfileAsync(document, Ct);

        Assert.Equal(
            [
                "tx:open", CypherFiles.ImportLock, CypherFiles.ImportFindConflicts, CypherFiles.ImportDeleteEntries, CypherFiles.ImportUpsertProfile,
                CypherFiles.ImportCreateEntries, CypherFiles.ImportRemoveOrphans, CypherFiles.ImportRemoveOrphanCountries, "tx:commit",
            ],
            _neo4j.Statements);
        var requests = _neo4j.Handler.Requests;
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.All(requests.Skip(1).Take(7), r => Assert.Equal("/db/neo4j/query/v2/tx/tx1", r.Path));
        Assert.Equal("/db/neo4j/query/v2/tx/tx1/commit", requests[^1].Path);

        var create = requests[5];
        var rows = create.Parameters!["entries"]!.AsArray();
        Assert.Equal(document.Entries.Count, rows.Count);
        var first = rows[0]!;
        Assert.Equal(document.Entries[0].Entry.Title, first["properties"]!["title"]!.GetValue<string>());
        Assert.Equal(document.Entries[0].Entry.Source.FirstLine, first["properties"]!["firstLine"]!.GetValue<int>());
        Assert.Equal(source.Text, requests[4].Parameters!["profile"]!["text"]!.GetValue<string>());
        foreach (var request in requests.Where(r => r.Statement is not null))
        {
            Assert.DoesNotContain("ASEAN Regional Forum", request.Statement, StringComparison.Ordinal);
            Assert.DoesNotContain(document.Entries[0].Entry.Title, request.Statement, StringComparison.Ordinal);
        }

        // Executed, the re-import replaced the seed with itself: the orphan clean-up kept every node that is still linked.
        Assert.Equal(27L, _neo4j.Graph.Run("MATCH (e:Entry) RETURN count(e)").Single());
        Assert.Equal(7L, _neo4j.Graph.Run("MATCH (b:Body) RETURN count(b)").Single());
    }

    [Fact]
    public async Task An_import_clashing_with_another_profile_rolls_back_and_changes_nothing()
    {
        var importer = new ProfileImporter(ReferenceData.Default);
        var source = Assert.Single(BundledProfiles.Load());
        var document = importer.Import(source.Text, source.Name);
        var claimed = document.Entries[0].Entry.Id;
        _neo4j.Graph.Run("MATCH (e:Entry {id: $id}) SET e.profileId = 'profile:other'", new Dictionary<string, object?> { ["id"] = claimed });
        var before = GraphCounts();

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store().ImportProfileAsync(document, Ct));

        Assert.Equal("INVALID_DOCUMENT", error.Code);
        Assert.Contains("profile:other", error.Message, StringComparison.Ordinal);
        Assert.Equal(["tx:open", CypherFiles.ImportLock, CypherFiles.ImportFindConflicts, "tx:rollback"], _neo4j.Statements);
        Assert.Equal(before, GraphCounts());
        Assert.Empty(_neo4j.Handler.OpenTransactions);
    }

    [Fact]
    public async Task A_batch_shares_one_transaction_its_lock_and_its_orphan_clean_up_and_checks_each_page_before_writing_it()
    {
        var store = Store();
        var clashing = Fixtures.Document(
            new Profile("profile:gamma", "Gamma", null, null, "gamma.txt", []),
            [Fixtures.Beta.Entries[0] with { Entry = Fixtures.Beta.Entries[0].Entry with { Id = "entry:asean:asean-ict-masterplan-2020", ProfileId = "profile:gamma" } }]);

        var outcomes = await store.ImportProfilesAsync([Fixtures.Alpha, clashing, Fixtures.Beta, Fixtures.AlphaReduced], Ct);

        Assert.Equal([null, "INVALID_DOCUMENT", null, null], outcomes.Select(o => o.Error?.Code));
        string[] page = [CypherFiles.ImportFindConflicts, CypherFiles.ImportDeleteEntries, CypherFiles.ImportUpsertProfile, CypherFiles.ImportCreateEntries];
        Assert.Equal(
            ["tx:open", CypherFiles.ImportLock, .. page, CypherFiles.ImportFindConflicts, .. page, .. page,
                CypherFiles.ImportRemoveOrphans, CypherFiles.ImportRemoveOrphanCountries, "tx:commit"],
            _neo4j.Statements);
        Assert.Equal(27L + 3 + 2, _neo4j.Graph.Run("MATCH (e:Entry) RETURN count(e)").Single());
        Assert.Equal(0L, _neo4j.Graph.Run("MATCH (p:Place {id: 'place:tokyo'}) RETURN count(p)").Single());
        Assert.Equal(0L, _neo4j.Graph.Run("MATCH (p:Profile {id: 'profile:gamma'}) RETURN count(p)").Single());
    }

    [Fact]
    public async Task When_neo4j_refuses_a_page_of_a_batch_the_pages_are_written_alone_and_only_that_one_is_left_out()
    {
        _neo4j.Override = r => FakeNeo4jGraph.Describe(r) == CypherFiles.ImportCreateEntries && r.Parameters!["profileId"]!.GetValue<string>() == Fixtures.AlphaId
            ? FakeQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", "refused")
            : null;

        var outcomes = await Store().ImportProfilesAsync([Fixtures.Beta, Fixtures.Alpha, Fixtures.AlphaReduced], Ct);

        Assert.Equal([null, "NEO4J_ERROR", "NEO4J_ERROR"], outcomes.Select(o => o.Error?.Code));
        Assert.Equal(4, _neo4j.Statements.Count(s => s == "tx:open"));
        Assert.Equal(3, _neo4j.Statements.Count(s => s == "tx:rollback"));
        Assert.Equal(1, _neo4j.Statements.Count(s => s == "tx:commit"));
        Assert.Equal(0L, _neo4j.Graph.Run("MATCH (p:Profile {id: $id}) RETURN count(p)", new Dictionary<string, object?> { ["id"] = Fixtures.AlphaId }).Single());
        Assert.Equal(2L, _neo4j.Graph.Run("MATCH (e:Entry {profileId: $id}) RETURN count(e)", new Dictionary<string, object?> { ["id"] = Fixtures.BetaId }).Single());
    }

    [Fact]
    public async Task When_neo4j_is_unreachable_every_page_from_there_on_fails_alike_without_a_request_each()
    {
        _neo4j.Override = _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)");
        // Three pages too large to share a transaction: three groups, of which only the first reaches for Neo4j.
        var large = Enumerable.Range(0, 3).Select(p => Large($"profile:large{p}", Neo4jGraphStore.MaxEntriesPerTransaction * 2 / 3)).ToList();

        var outcomes = await Store(o => o.MaxRetries = 0).ImportProfilesAsync(large, Ct);

        Assert.All(outcomes, o => Assert.Equal("NEO4J_UNAVAILABLE", o.Error?.Code));
        Assert.Single(_neo4j.Handler.Requests);
    }

    private static ProfileDocument Large(string profileId, int entries)
    {
        var profile = new Profile(profileId, profileId, null, null, "large.txt", []);
        var template = Fixtures.Beta.Entries[0].Entry;
        return Fixtures.Document(profile, [.. Enumerable.Range(0, entries).Select(i => new ImportedEntry(
            template with { Id = $"entry:{NodeIds.ProfileKey(profileId)}:e{i}", ProfileId = profileId }, EntryLinks.Empty))]);
    }

    private string GraphCounts() => string.Join(
        ",",
        _neo4j.Graph.Run("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships, collect(DISTINCT n.at) AS locks", null, AseanCyber.Testing.Cypher.CypherAccessMode.Read)
            .Rows[0].Select(v => v is IEnumerable<object?> list ? string.Join("|", list) : v?.ToString()));

    [Fact]
    public async Task Initialising_an_empty_database_applies_the_schema_and_nothing_else()
    {
        using var empty = new FakeNeo4jGraph(empty: true);
        var store = new Neo4jGraphStore(empty.Handler.CreateClient(), FakeQueryApiHandler.Options(), NullLogger<Neo4jGraphStore>.Instance);

        var before = await store.CheckHealthAsync(Ct);
        await store.InitializeAsync(Ct);
        var after = await store.CheckHealthAsync(Ct);

        var schema = CypherFiles.Statements(CypherFiles.Schema);
        Assert.Equal(schema, empty.Handler.Requests.Skip(1).Take(schema.Count).Select(r => r.Statement));
        Assert.All(empty.Handler.Requests.Skip(1).Take(schema.Count), r => Assert.Equal("Write", r.Body!["accessMode"]!.GetValue<string>()));
        Assert.Equal([CypherFiles.CountGraph, .. Enumerable.Repeat(CypherFiles.Schema, schema.Count), CypherFiles.CountGraph], empty.Statements);
        Assert.False(before.IsReady);
        Assert.Contains("not initialised", before.Description, StringComparison.Ordinal);
        Assert.True(after.IsReady, after.Description);
        Assert.Contains("0 profiles", after.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_imports_the_bundled_profiles_an_empty_database_lacks_in_one_transaction()
    {
        using var empty = new FakeNeo4jGraph(empty: true);
        var store = new Neo4jGraphStore(empty.Handler.CreateClient(), FakeQueryApiHandler.Options(), NullLogger<Neo4jGraphStore>.Instance);
        await store.InitializeAsync(Ct);
        var bundled = GraphSeed.Parse(BundledProfiles.Load(), new ProfileImporter(ReferenceData.Default).Import);
        var before = empty.Handler.Requests.Count;

        var outcomes = await GraphSeed.SeedAsync(store, bundled, Ct);

        Assert.Equal(["profile:asean"], outcomes.Select(o => o.ProfileId));
        Assert.Equal(27, Assert.Single(outcomes).EntryCount);
        var sent = empty.Statements.Skip(before).ToArray();
        Assert.Equal(CypherFiles.GetProfiles, sent[0]);
        Assert.Single(sent, "tx:open");
        Assert.Single(sent, "tx:commit");
        Assert.Equal(27L, empty.Graph.Run("MATCH (e:Entry) RETURN count(e)").Single());
    }

    [Fact]
    public async Task The_seed_leaves_a_database_that_holds_the_bundled_profiles_as_it_is()
    {
        var bundled = GraphSeed.Parse(BundledProfiles.Load(), new ProfileImporter(ReferenceData.Default).Import);

        var outcomes = await GraphSeed.SeedAsync(Store(), bundled, Ct);

        Assert.Empty(outcomes);
        Assert.Equal([CypherFiles.GetProfiles], _neo4j.Statements);
    }

    [Fact]
    public async Task Readiness_reports_wrong_credentials_as_a_configuration_problem()
    {
        _neo4j.Override = _ => FakeNeo4jGraph.Unauthorized();

        var health = await Store().CheckHealthAsync(Ct);

        Assert.False(health.IsReady);
        Assert.Contains("Neo4j:User", health.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeQueryApiHandler.TestPassword, health.Description, StringComparison.Ordinal);
        Assert.Single(_neo4j.Handler.Requests);
    }

    [Fact]
    public async Task Readiness_reports_an_unreachable_server_after_bounded_retries()
    {
        _neo4j.Override = _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)");

        var health = await Store(o => o.MaxRetries = 2).CheckHealthAsync(Ct);

        Assert.False(health.IsReady);
        Assert.Contains("unreachable", health.Description, StringComparison.Ordinal);
        Assert.Contains("http://neo4j.test:7474", health.Description, StringComparison.Ordinal);
        Assert.Equal(3, _neo4j.Handler.Requests.Count);
    }

    [Fact]
    public async Task Client_errors_surface_with_neo4j_code_and_message()
    {
        _neo4j.Override = _ => FakeQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'");

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store().GetThemesAsync(ListQuery.All, Ct));

        Assert.Equal("NEO4J_ERROR", error.Code);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid input 'MATC'", error.Message, StringComparison.Ordinal);
        Assert.Single(_neo4j.Handler.Requests);
    }

    [Fact]
    public async Task Data_the_model_cannot_read_is_a_clear_store_error()
    {
        _neo4j.Graph.Run("CREATE (:Theme {name: 'No id'})");

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => Store().GetThemesAsync(ListQuery.All, Ct));

        Assert.Equal("NEO4J_ERROR", error.Code);
        Assert.Contains("'id'", error.Message, StringComparison.Ordinal);
    }
}
