using System.Globalization;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Search;
using AseanCyber.Graph.Store;
using AseanCyber.Neo4j.QueryApi;
using Microsoft.Extensions.Logging;

namespace AseanCyber.Graph.Neo4j;

/// <summary>
/// The store port on Neo4j, over its HTTP Query API. Every read is one statement from cypher/ in one request (batched
/// reads take all their keys at once); an import is one explicit transaction. Filters and sorts are compiled to Cypher
/// with every value a parameter.
/// </summary>
public sealed partial class Neo4jGraphStore(QueryApiClient client, Neo4jOptions options, ILogger<Neo4jGraphStore> logger) : IGraphStore
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    private volatile string? _initializationProblem = "the schema has not been applied yet";

    /// <summary>
    /// Applies cypher/schema.cypher; until it has, readiness says the store is not initialised. Safe to run from several
    /// replicas at once: every statement is idempotent. Seeding is the host's job, through <see cref="ImportProfilesAsync"/>.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var statement in CypherFiles.Statements(CypherFiles.Schema))
            {
                await RunAsync(statement, NoParameters, AccessMode.Write, cancellationToken).ConfigureAwait(false);
            }

            _initializationProblem = null;
        }
        catch (GraphStoreException e)
        {
            _initializationProblem = e.Message;
            throw;
        }
    }

    public async Task<IReadOnlyList<Profile>> GetProfilesAsync(ListQuery query, CancellationToken cancellationToken)
    {
        var parameters = new CypherParameters();
        var statement = Compose(CypherFiles.GetProfiles, CypherSchemas.ProfileFilter, CypherSchemas.ProfileSort, "p", query, parameters);
        var result = await ReadAsync(statement, parameters.Values, cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(r => Neo4jMapping.ToProfile(AsMap(r["profile"]), r["members"], r["country"]))];
    }

    public async Task<IReadOnlyDictionary<string, INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, INode>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return result;
        }

        var byPrefix = ids.Distinct(StringComparer.Ordinal).ToLookup(id => NodeIds.PrefixOf(id) ?? "", StringComparer.Ordinal);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["profileIds"] = byPrefix[NodeIds.ProfilePrefix].ToList(),
            ["entryIds"] = byPrefix[NodeIds.EntryPrefix].ToList(),
            ["countryIds"] = byPrefix[NodeIds.CountryPrefix].ToList(),
            ["bodyIds"] = byPrefix[NodeIds.BodyPrefix].ToList(),
            ["themeIds"] = byPrefix[NodeIds.ThemePrefix].ToList(),
            ["placeIds"] = byPrefix[NodeIds.PlacePrefix].ToList(),
            ["organizationIds"] = byPrefix[NodeIds.OrganizationPrefix].ToList(),
        };
        if (parameters.Values.All(v => v is List<string> { Count: 0 }))
        {
            return result;
        }

        var records = await ReadAsync(CypherFiles.Get(CypherFiles.GetNodes), parameters, cancellationToken).ConfigureAwait(false);
        foreach (var record in records.Records)
        {
            var node = record["node"] is Neo4jNode found
                ? Neo4jMapping.ToNode(found, record["country"], record["members"])
                : Neo4jMapping.ToProfile(AsMap(record["node"]), record["members"], record["country"]);
            result[node.Id] = node;
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, EntryPage>> QueryEntriesAsync(EntryScope scope, EntryQuery query, CancellationToken cancellationToken)
    {
        var parameters = new CypherParameters();
        if (scope.Kind == EntryScopeKind.All)
        {
            var all = ComposeEntryQuery(CypherFiles.QueryEntries, query, parameters);
            var records = (await ReadAsync(all, parameters.Values, cancellationToken).ConfigureAwait(false)).Records;
            return new Dictionary<string, EntryPage>(StringComparer.Ordinal)
            {
                [EntryScope.AllKey] = records.Count == 0 ? EntryPage.Empty : ToPage(records[0], query.Window),
            };
        }

        var pages = scope.NodeIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => EntryPage.Empty, StringComparer.Ordinal);
        var asked = pages.Keys.Where(scope.Admits).ToList();
        if (asked.Count == 0)
        {
            return pages;
        }

        var statement = ComposeEntryQuery(ScopeFile(scope.Kind), query, parameters);
        parameters.Values["nodeIds"] = asked;
        var result = await ReadAsync(statement, parameters.Values, cancellationToken).ConfigureAwait(false);
        foreach (var record in result.Records)
        {
            pages[(string)record["nodeId"]!] = ToPage(record, query.Window);
        }

        return pages;
    }

    /// <summary>Each scope kind reads its own pattern only: a fixed file per kind, never text from a request.</summary>
    private static string ScopeFile(EntryScopeKind kind) => kind switch
    {
        EntryScopeKind.Profile => CypherFiles.QueryEntriesByProfile,
        EntryScopeKind.Country => CypherFiles.QueryEntriesByCountry,
        EntryScopeKind.Body => CypherFiles.QueryEntriesByBody,
        EntryScopeKind.Theme => CypherFiles.QueryEntriesByTheme,
        EntryScopeKind.Place => CypherFiles.QueryEntriesByPlace,
        EntryScopeKind.Organization => CypherFiles.QueryEntriesByOrganization,
        EntryScopeKind.Shared => CypherFiles.QueryEntriesShared,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public async Task<IReadOnlyDictionary<string, EntryLinks>> GetEntryLinksAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken)
    {
        var links = entryIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => EntryLinks.Empty, StringComparer.Ordinal);
        if (links.Count == 0)
        {
            return links;
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["entryIds"] = links.Keys.ToList() };
        var result = await ReadAsync(CypherFiles.Get(CypherFiles.GetEntryLinks), parameters, cancellationToken).ConfigureAwait(false);
        foreach (var record in result.Records)
        {
            links[(string)record["entryId"]!] = new EntryLinks(
                Maps(record["bodies"]).Select(m => new BodyLink((Body)Neo4jMapping.ToNode(AsNode(m["node"])), Evidence(m), Line(m))).ToArray(),
                Maps(record["involvements"]).Select(m => new Involvement(
                    Neo4jMapping.ToCountry(AsNode(m["node"])),
                    CypherEnums.Parse<InvolvementRole>(Neo4jMapping.OptionalString(m, "role") ?? throw Neo4jMapping.Unexpected("an INVOLVES link without a role")),
                    Evidence(m),
                    Line(m))).ToArray(),
                Maps(record["places"]).Select(m => new PlaceLink((Place)Neo4jMapping.ToNode(AsNode(m["node"]), m["country"]), Evidence(m), Line(m))).ToArray(),
                Maps(record["themes"]).Select(m =>
                {
                    var (terms, confidence, weak) = Neo4jMapping.ThemeEvidence(m);
                    return new ThemeLink((Theme)Neo4jMapping.ToNode(AsNode(m["node"])), terms, confidence, weak, Line(m));
                }).ToArray(),
                Maps(record["organizations"]).Select(m => new OrganizationLink((Organization)Neo4jMapping.ToNode(AsNode(m["node"])), Evidence(m), Line(m))).ToArray());
        }

        return links;
    }

    public async Task<SearchPage> SearchEntriesAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = new CypherParameters();
        var where = request.Where is null ? null : CypherSchemas.EntryFilter.Compile(request.Where, "e", parameters);
        var statement = CypherFiles.Compose(CypherFiles.Search, where, []);
        parameters.Values["query"] = SearchCompiler.ToQueryString(request.Query);
        parameters.Values["skip"] = request.Window.Offset;
        parameters.Values["take"] = request.Window.Size;
        var records = (await ReadAsync(statement, parameters.Values, cancellationToken).ConfigureAwait(false)).Records;
        var record = records.Count == 1 ? records[0] : throw Neo4jMapping.Unexpected($"{records.Count} rows from search.cypher");
        var total = Neo4jMapping.ToInt(record["total"]) ?? 0;
        if (total == 0)
        {
            return SearchPage.Empty;
        }

        var nodes = record["entries"] as IReadOnlyList<object?> ?? throw Neo4jMapping.Unexpected("search entries that are not a list");
        var scores = record["scores"] as IReadOnlyList<object?> ?? throw Neo4jMapping.Unexpected("search scores that are not a list");
        var (skip, take) = request.Window.Resolve(total);
        var query = SearchCompiler.ToLuceneQuery(request.Query);
        var hits = new SearchHit[Math.Min(take, nodes.Count)];
        for (var i = 0; i < hits.Length; i++)
        {
            var node = AsNode(nodes[i]);
            var entry = Neo4jMapping.ToEntry(node);
            var text = new SearchDocument(
                entry.Title,
                entry.Description,
                Neo4jMapping.OptionalText(node, SearchText.ItemsField),
                Neo4jMapping.OptionalText(node, SearchText.NamesField));
            var score = Convert.ToDouble(scores[i] ?? throw Neo4jMapping.Unexpected("a search hit without a score"), CultureInfo.InvariantCulture);
            hits[i] = new SearchHit(entry, score, SearchHighlighter.Highlight(query, text));
        }

        return new SearchPage(hits, skip, total);
    }

    public Task<IReadOnlyList<Country>> GetCountriesAsync(ListQuery query, CancellationToken cancellationToken) =>
        ReadFilteredAsync<Country>(CypherFiles.GetCountries, CypherSchemas.CountryFilter, CypherSchemas.CountrySort, "c", query, cancellationToken);

    public Task<IReadOnlyList<Body>> GetBodiesAsync(ListQuery query, CancellationToken cancellationToken) =>
        ReadFilteredAsync<Body>(CypherFiles.GetBodies, CypherSchemas.BodyFilter, CypherSchemas.BodySort, "b", query, cancellationToken);

    public Task<IReadOnlyList<Theme>> GetThemesAsync(ListQuery query, CancellationToken cancellationToken) =>
        ReadFilteredAsync<Theme>(CypherFiles.GetThemes, CypherSchemas.ThemeFilter, CypherSchemas.ThemeSort, "t", query, cancellationToken);

    public Task<IReadOnlyList<Place>> GetPlacesAsync(ListQuery query, CancellationToken cancellationToken) =>
        ReadFilteredAsync<Place>(CypherFiles.GetPlaces, CypherSchemas.PlaceFilter, CypherSchemas.PlaceSort, "p", query, cancellationToken);

    public Task<IReadOnlyList<Organization>> GetOrganizationsAsync(ListQuery query, CancellationToken cancellationToken) =>
        ReadFilteredAsync<Organization>(CypherFiles.GetOrganizations, CypherSchemas.OrganizationFilter, CypherSchemas.OrganizationSort, "o", query, cancellationToken);

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.First <= 0 || query.MaxHops < 0)
        {
            return [];
        }

        var fromId = NodeIdSpelling.Canonical(query.FromId);
        var toId = NodeIdSpelling.Canonical(query.ToId);
        var hops = Math.Min(query.MaxHops, CypherFiles.MaxHops);
        if (string.Equals(fromId, toId, StringComparison.Ordinal))
        {
            var nodes = await GetNodesAsync([fromId], cancellationToken).ConfigureAwait(false);
            return nodes.TryGetValue(fromId, out var node) ? [new GraphPath([node], [])] : throw PathErrors.NodeNotFound(query, false, false);
        }

        if (hops == 0 || query.Via is { Count: 0 })
        {
            await EnsureEndsExistAsync(query, fromId, toId, cancellationToken).ConfigureAwait(false);
            return [];
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["fromId"] = fromId,
            ["toId"] = toId,
            ["maxHops"] = hops,
            ["first"] = query.First,
            ["weights"] = HopWeights.ByRelationship.ToDictionary(p => p.Key, p => (object?)(long)p.Value, StringComparer.Ordinal),
            ["roleWeights"] = Enum.GetValues<InvolvementRole>().ToDictionary(CypherEnums.Name, r => (object?)(long)HopWeights.Of(r), StringComparer.Ordinal),
        };
        var result = await ReadAsync(CypherFiles.FindPathsWithin(hops, query.Via), parameters, cancellationToken).ConfigureAwait(false);
        var paths = result.Records.Select(r => (Ids: Strings(r["ids"]).ToArray(), Steps: Maps(r["steps"]).ToArray(), Strength: r["strength"])).ToArray();
        if (paths.Length == 0)
        {
            // No row says no path or no such node: only the look-up of the two ends tells which.
            await EnsureEndsExistAsync(query, fromId, toId, cancellationToken).ConfigureAwait(false);
            return [];
        }

        // A path comes as its node ids and hops; the nodes (places with their country, profiles with their members) in
        // one look-up for all paths.
        var byId = await GetNodesAsync(paths.SelectMany(p => p.Ids).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken).ConfigureAwait(false);
        return [.. paths.Select(p => Checked(ToGraphPath(p.Ids, p.Steps, byId), p.Strength))];

        // The statement ranked by its own product of the weights: it must be the one the hops read back give.
        static GraphPath Checked(GraphPath path, object? strength) =>
            strength is long ranked && ranked == HopWeights.Rank(path.Product, path.Length)
                ? path
                : throw Neo4jMapping.Unexpected($"a path ranked {strength ?? "null"} whose hops weigh {HopWeights.Rank(path.Product, path.Length)}");
    }

    private async Task EnsureEndsExistAsync(PathQuery query, string fromId, string toId, CancellationToken cancellationToken)
    {
        var nodes = await GetNodesAsync([fromId, toId], cancellationToken).ConfigureAwait(false);
        var (hasSource, hasTarget) = (nodes.ContainsKey(fromId), nodes.ContainsKey(toId));
        if (!hasSource || !hasTarget)
        {
            throw PathErrors.NodeNotFound(query, hasSource, hasTarget);
        }
    }

    /// <summary>
    /// Writes the pages in order, grouped into transactions of up to <see cref="MaxEntriesPerTransaction"/> entries: each
    /// transaction takes the import lock once, checks and writes its pages one after another (a page whose entry ids
    /// another profile holds is left out, before anything of it is written), and drops the orphans once. When Neo4j
    /// refuses a statement, the group is rolled back and its pages written one per transaction, so only the page at fault
    /// is left out; when Neo4j is unreachable or refuses the credentials, that page and every later one fail alike.
    /// </summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportProfilesAsync(IReadOnlyList<ProfileDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Any(d => d is null))
        {
            throw new ArgumentException("A batch cannot hold a null document.", nameof(documents));
        }

        var errors = new GraphStoreException?[documents.Count];
        var valid = new List<int>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            try
            {
                documents[i].Validate();
                valid.Add(i);
            }
            catch (GraphStoreException e)
            {
                errors[i] = e;
            }
        }

        GraphStoreException? outage = null;
        foreach (var group in Groups(documents, valid))
        {
            if (outage is not null)
            {
                group.ForEach(i => errors[i] = outage);
                continue;
            }

            try
            {
                foreach (var (i, error) in await WriteAsync(documents, group, cancellationToken).ConfigureAwait(false))
                {
                    errors[i] = error;
                }
            }
            catch (GraphStoreException e) when (e.Code == GraphErrorCodes.Neo4jError && group.Count > 1)
            {
                foreach (var i in group)
                {
                    try
                    {
                        errors[i] = (await WriteAsync(documents, [i], cancellationToken).ConfigureAwait(false))[i];
                    }
                    catch (GraphStoreException alone)
                    {
                        errors[i] = alone;
                    }
                }
            }
            catch (GraphStoreException e)
            {
                outage = e.Code == GraphErrorCodes.Neo4jError ? null : e;
                group.ForEach(i => errors[i] = e);
            }
        }

        var outcomes = new ImportOutcome[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            outcomes[i] = new ImportOutcome(document.Profile.Id, document.Entries.Count, errors[i]);
            if (errors[i] is null)
            {
                LogImported(logger, document.Profile.Id, document.Entries.Count, document.Warnings.Count);
            }
        }

        return outcomes;
    }

    /// <summary>The most entries one import transaction writes (a larger page goes alone): bounds what a rollback and a retry redo.</summary>
    internal const int MaxEntriesPerTransaction = 5000;

    private static IEnumerable<List<int>> Groups(IReadOnlyList<ProfileDocument> documents, List<int> pages)
    {
        var group = new List<int>();
        var entries = 0;
        foreach (var i in pages)
        {
            var size = documents[i].Entries.Count;
            if (group.Count > 0 && entries + size > MaxEntriesPerTransaction)
            {
                yield return group;
                group = [];
                entries = 0;
            }

            group.Add(i);
            entries += size;
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    /// <summary>One transaction for <paramref name="group"/>: each page's error, null when it was written.</summary>
    private async Task<Dictionary<int, GraphStoreException?>> WriteAsync(IReadOnlyList<ProfileDocument> documents, List<int> group, CancellationToken cancellationToken)
    {
        try
        {
            return await ExecuteWriteAsync(async (tx, ct) =>
            {
                var results = new Dictionary<int, GraphStoreException?>();
                var candidates = new HashSet<string>(StringComparer.Ordinal);
                await tx.RunAsync(CypherFiles.Get(CypherFiles.ImportLock), NoParameters, ct).ConfigureAwait(false);
                foreach (var i in group)
                {
                    results[i] = await WritePageAsync(tx, documents[i], candidates, ct).ConfigureAwait(false);
                }

                if (results.Values.All(e => e is not null))
                {
                    // Nothing to commit: roll the lock back too.
                    throw new NothingWrittenException(results);
                }

                if (candidates.Count > 0)
                {
                    var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["candidateIds"] = candidates.ToList() };
                    await tx.RunAsync(CypherFiles.Get(CypherFiles.ImportRemoveOrphans), parameters, ct).ConfigureAwait(false);
                    await tx.RunAsync(CypherFiles.Get(CypherFiles.ImportRemoveOrphanCountries), parameters, ct).ConfigureAwait(false);
                }

                return results;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (NothingWrittenException e)
        {
            return e.Results;
        }
    }

    /// <summary>
    /// Replaces one profile inside the group's transaction, after checking that no other profile holds its entry ids (then
    /// it writes nothing and returns INVALID_DOCUMENT). Adds the nodes its old entries, members and own country linked to <paramref name="candidates"/>.
    /// </summary>
    private static async Task<GraphStoreException?> WritePageAsync(QueryApiTransaction tx, ProfileDocument document, HashSet<string> candidates, CancellationToken ct)
    {
        var profileId = document.Profile.Id;
        var profile = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["profileId"] = profileId,
            ["entryIds"] = document.Entries.Select(e => e.Entry.Id).ToList(),
        };
        var conflicts = await tx.RunAsync(CypherFiles.Get(CypherFiles.ImportFindConflicts), profile, ct).ConfigureAwait(false);
        if (conflicts.Records.Count > 0)
        {
            var taken = string.Join(", ", conflicts.Records.Select(r => $"{r["entryId"]} (in {r["profileId"]})"));
            return new GraphStoreException(GraphErrorCodes.InvalidDocument, $"Invalid profile document: entry ids already used by another profile: {taken}.");
        }

        var deleted = await tx.RunAsync(CypherFiles.Get(CypherFiles.ImportDeleteEntries), profile, ct).ConfigureAwait(false);
        var upserted = await tx.RunAsync(
            CypherFiles.Get(CypherFiles.ImportUpsertProfile),
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["profile"] = Neo4jMapping.ProfileParameters(document),
                ["members"] = Neo4jMapping.MemberParameters(document.Profile),
                ["countries"] = Neo4jMapping.OwnCountryParameters(document.Profile),
            },
            ct).ConfigureAwait(false);
        await tx.RunAsync(
            CypherFiles.Get(CypherFiles.ImportCreateEntries),
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["profileId"] = profileId,
                ["entries"] = Neo4jMapping.EntryParameters(document),
            },
            ct).ConfigureAwait(false);

        candidates.UnionWith(Strings(deleted.Records.Count > 0 ? deleted.Records[0]["linked"] : null));
        candidates.UnionWith(Strings(upserted.Records.Count > 0 ? upserted.Records[0]["formerCountries"] : null));
        return null;
    }

    /// <summary>Carries a group's results out of its unit of work, so the transaction is rolled back instead of committed.</summary>
    private sealed class NothingWrittenException(Dictionary<int, GraphStoreException?> results) : Exception("No page of the group was written.")
    {
        public Dictionary<int, GraphStoreException?> Results { get; } = results;
    }

    /// <summary>
    /// Nothing to pin: each Query API request reads the latest committed state, so an operation that spans several
    /// requests can see an import that commits between two of them (never half of one: an import is one transaction).
    /// </summary>
    public IDisposable PinReads() => NoPin.Instance;

    private sealed class NoPin : IDisposable
    {
        public static readonly NoPin Instance = new();

        public void Dispose()
        {
        }
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var where = $"Neo4j at {options.Uri} (database '{options.Database}')";
        try
        {
            var (profiles, entries) = await CountAsync(cancellationToken).ConfigureAwait(false);
            if (_initializationProblem is { } problem)
            {
                return new StoreHealth(false, $"{where} is reachable but not initialised yet: {problem}");
            }

            return new StoreHealth(true, string.Create(
                CultureInfo.InvariantCulture,
                $"{where}: {profiles} profile{(profiles == 1 ? "" : "s")}, {entries} entr{(entries == 1 ? "y" : "ies")}"));
        }
        catch (GraphStoreException e)
        {
            return new StoreHealth(false, e.Message);
        }
    }

    private async Task<(long Profiles, long Entries)> CountAsync(CancellationToken cancellationToken)
    {
        var result = await ReadAsync(CypherFiles.Get(CypherFiles.CountGraph), NoParameters, cancellationToken).ConfigureAwait(false);
        var record = result.Records.Count == 1 ? result.Records[0] : throw new GraphStoreException(GraphErrorCodes.Neo4jError, "count-graph.cypher returned no row.");
        return ((long)record["profiles"]!, (long)record["entries"]!);
    }

    /// <summary>
    /// The template with the query's filter and order, and the window as $skip and $take: a forward window is read as it is;
    /// a window from the end is read in the reverse order from its first row (see <see cref="ToPage"/>).
    /// </summary>
    private static string ComposeEntryQuery(string file, EntryQuery query, CypherParameters parameters)
    {
        var where = query.Where is null ? null : CypherSchemas.EntryFilter.Compile(query.Where, "e", parameters);
        var order = CypherSchemas.EntrySort.Compile(query.Order, "e");
        var window = query.Window;
        parameters.Values["skip"] = window.FromEnd ? 0 : window.Offset;
        parameters.Values["take"] = window.Size;
        return window.FromEnd ? CypherFiles.ComposeReversed(file, where, order) : CypherFiles.Compose(file, where, order);
    }

    /// <summary>A row's page: in order from the window's offset, or (from the end) last first, then cut to the window.</summary>
    private static EntryPage ToPage(QueryRecord record, Window window)
    {
        var total = Neo4jMapping.ToInt(record["total"]) ?? 0;
        if (total == 0)
        {
            return EntryPage.Empty;
        }

        var rows = record["page"] as IReadOnlyList<object?> ?? throw Neo4jMapping.Unexpected("a page that is not a list");
        var (skip, take) = window.Resolve(total);
        var entries = new Entry[Math.Min(take, rows.Count)];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = Neo4jMapping.ToEntry(AsNode(window.FromEnd ? rows[entries.Length - 1 - i] : rows[i]));
        }

        return new EntryPage(entries, skip, total);
    }

    private static GraphPath ToGraphPath(string[] ids, IReadOnlyDictionary<string, object?>[] hops, IReadOnlyDictionary<string, INode> byId)
    {
        if (ids.Length != hops.Length + 1)
        {
            throw Neo4jMapping.Unexpected($"a path of {ids.Length} nodes and {hops.Length} relationships");
        }

        var nodes = ids.Select(id => byId.TryGetValue(id, out var node) ? node : throw Neo4jMapping.Unexpected($"a path through {id}, which is gone")).ToArray();
        var steps = new PathStep[hops.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            var hop = hops[i];
            var type = Neo4jMapping.OptionalString(hop, "type") ?? throw Neo4jMapping.Unexpected("a path hop without its type");
            var forward = string.Equals(Neo4jMapping.OptionalString(hop, "fromId"), ids[i], StringComparison.Ordinal);
            var (evidence, weight) = StepEvidence(type, hop);
            steps[i] = new PathStep(nodes[i], type, nodes[i + 1], forward, evidence, weight);
        }

        return new GraphPath(nodes, steps);
    }

    /// <summary>What explains a hop and what it weighs, worded and weighed as the embedded graph does.</summary>
    private static (string? Evidence, int Permille) StepEvidence(string type, IReadOnlyDictionary<string, object?> hop)
    {
        switch (type)
        {
            case Relationships.Involves:
                var role = Neo4jMapping.OptionalString(hop, "role") ?? throw Neo4jMapping.Unexpected("an INVOLVES link without a role");
                return ($"{role}: {Neo4jMapping.OptionalString(hop, "evidence")}", HopWeights.Of(CypherEnums.Parse<InvolvementRole>(role)));
            case Relationships.About:
                var (terms, confidence, weak) = Neo4jMapping.ThemeEvidence(hop);
                return (PathEvidence.OfTheme(terms, weak), HopWeights.OfTheme(confidence));
            default:
                return LinkKinds.TryParse(type, out _)
                    ? (Neo4jMapping.OptionalString(hop, "evidence"), HopWeights.Of(type))
                    : throw Neo4jMapping.Unexpected($"a path through a {type} relationship, which the graph model does not have");
        }
    }

    /// <summary>A list template (its node is <paramref name="variable"/>) with the query's filter and order compiled in.</summary>
    private async Task<IReadOnlyList<T>> ReadFilteredAsync<T>(
        string file,
        CypherFilterSchema filter,
        CypherSortSchema sort,
        string variable,
        ListQuery query,
        CancellationToken cancellationToken)
        where T : INode
    {
        var parameters = new CypherParameters();
        var statement = Compose(file, filter, sort, variable, query, parameters);
        var result = await ReadAsync(statement, parameters.Values, cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(r => (T)Neo4jMapping.ToNode(AsNode(r["node"]), r.Fields.Contains("country") ? r["country"] : null))];
    }

    private static string Compose(string file, CypherFilterSchema filter, CypherSortSchema sort, string variable, ListQuery query, CypherParameters parameters) =>
        CypherFiles.Compose(file, query.Where is null ? null : filter.Compile(query.Where, variable, parameters), sort.Compile(query.Order, variable));

    private Task<QueryResult> ReadAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        RunAsync(statement, parameters, AccessMode.Read, cancellationToken);

    private async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, AccessMode mode, CancellationToken cancellationToken)
    {
        try
        {
            return await client.RunAsync(statement, parameters, mode, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e)
        {
            throw Translate(e);
        }
    }

    private async Task<T> ExecuteWriteAsync<T>(Func<QueryApiTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await client.ExecuteWriteAsync(work, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e)
        {
            throw Translate(e);
        }
    }

    private GraphStoreException Translate(Neo4jException e)
    {
        var (code, message) = e.Kind switch
        {
            Neo4jErrorKind.Unauthorized => (GraphErrorCodes.Neo4jUnauthorized,
                $"Neo4j at {options.Uri} refused the credentials: check Neo4j:User and Neo4j:Password (or Neo4j:Token). {e.Message}"),
            Neo4jErrorKind.Unavailable => (GraphErrorCodes.Neo4jUnavailable, e.Message),
            _ => (GraphErrorCodes.Neo4jError, $"Neo4j refused the request ({e.Code}): {e.Message}"),
        };
        LogNeo4jError(logger, e, e.Code, e.Kind);
        return new GraphStoreException(code, message, e);
    }

    private static IReadOnlyDictionary<string, object?> AsMap(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw Neo4jMapping.Unexpected($"{value?.GetType().Name ?? "null"} where a map was expected");

    private static Neo4jNode AsNode(object? value) => value as Neo4jNode ?? throw Neo4jMapping.Unexpected($"{value?.GetType().Name ?? "null"} where a node was expected");

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Maps(object? value) =>
        value is IReadOnlyList<object?> list ? list.Cast<IReadOnlyDictionary<string, object?>>() : [];

    private static IEnumerable<string> Strings(object? value) => value is IReadOnlyList<object?> list ? list.OfType<string>() : [];

    private static string Evidence(IReadOnlyDictionary<string, object?> map) => Neo4jMapping.OptionalString(map, "evidence") ?? "";

    private static int Line(IReadOnlyDictionary<string, object?> map) => Neo4jMapping.ToInt(map.TryGetValue("line", out var v) ? v : null) ?? 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported profile {ProfileId} into Neo4j: {EntryCount} entries, {WarningCount} warnings")]
    private static partial void LogImported(ILogger logger, string profileId, int entryCount, int warningCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j request failed with {Neo4jCode} ({Kind})")]
    private static partial void LogNeo4jError(ILogger logger, Exception exception, string neo4jCode, Neo4jErrorKind kind);
}
