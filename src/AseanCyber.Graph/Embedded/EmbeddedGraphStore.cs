using System.Buffers;
using System.Globalization;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Querying.Facets;
using AseanCyber.Graph.Search;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Logging;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// The in-process graph: an immutable <see cref="GraphSnapshot"/> that every read takes once and every import replaces
/// (imports one batch at a time, each batch publishing one snapshot), with each imported profile's source text kept in
/// <see cref="EmbeddedStoreOptions.DataDirectory"/> and re-imported on start-up.
/// </summary>
public sealed partial class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly SemaphoreSlim _importGate = new(1, 1);
    private readonly string _dataDirectory;
    private readonly Dictionary<string, string> _bundled;
    private readonly Dictionary<string, string> _files;
    private readonly ILogger<EmbeddedGraphStore> _logger;
    private GraphSnapshot _snapshot;

    private EmbeddedGraphStore(
        GraphSnapshot snapshot,
        string dataDirectory,
        IEnumerable<SourceDocument> bundled,
        Dictionary<string, string> files,
        ILogger<EmbeddedGraphStore> logger)
    {
        _snapshot = snapshot;
        _dataDirectory = dataDirectory;
        _bundled = bundled.ToDictionary(b => b.Name, b => b.Text, StringComparer.Ordinal);
        _files = files;
        _logger = logger;
    }

    private readonly AsyncLocal<Pin?> _pin = new();

    /// <summary>The pinned snapshot of this flow (taken at its first read), else the latest.</summary>
    private GraphSnapshot Snapshot => _pin.Value is { } pin ? pin.Snapshot ??= Volatile.Read(ref _snapshot) : Volatile.Read(ref _snapshot);

    public IDisposable PinReads()
    {
        var previous = _pin.Value;
        _pin.Value = new Pin();
        return new Unpin(_pin, previous);
    }

    /// <summary>Shared by reference along the flow, so an import on the flow can move it to the snapshot it wrote.</summary>
    private sealed class Pin
    {
        public GraphSnapshot? Snapshot { get; set; }
    }

    private sealed class Unpin(AsyncLocal<Pin?> pin, Pin? previous) : IDisposable
    {
        public void Dispose() => pin.Value = previous;
    }

    /// <summary>
    /// Builds the graph from every <c>*.txt</c> in the data directory, in one batch. A persisted text that no longer
    /// imports (or contradicts another one) is logged and skipped. The bundled profiles are not read here: seeding is the
    /// host's job, through <see cref="ImportProfilesAsync"/>, after this.
    /// </summary>
    public static EmbeddedGraphStore Open(ProfileImporter importer, EmbeddedStoreOptions options, ILogger<EmbeddedGraphStore> logger) =>
        Open(importer.Import, options, logger);

    /// <summary>The same with any parser: tests use it to run without the real importer.</summary>
    internal static EmbeddedGraphStore Open(Func<string, string, ProfileDocument> import, EmbeddedStoreOptions options, ILogger<EmbeddedGraphStore> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        var directory = Path.GetFullPath(options.DataDirectory);
        foreach (var leftover in ProfileFiles.ListLeftovers(directory))
        {
            logger.RemovingLeftover(leftover);
            ProfileFiles.TryDelete(leftover);
        }

        var batch = GraphSnapshot.Empty.Edit();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in ProfileFiles.List(directory))
        {
            GraphSnapshot.Page page;
            try
            {
                page = batch.Prepare(import(ProfileFiles.Read(path), ProfileFiles.ReadSourceName(path) ?? Path.GetFileName(path)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A text imported under an older importer may not parse any more; the rest of the graph is still worth serving.
                logger.SkippingPersisted(e, path, e.Message);
                continue;
            }

            batch.Apply(page);
            files[page.Document.Profile.Id] = path;
        }

        var snapshot = batch.Commit();
        logger.Opened(snapshot.Profiles.Count, snapshot.Entries.Count, directory);
        return new EmbeddedGraphStore(snapshot, directory, options.Bundled, files, logger);
    }

    public Task<IReadOnlyList<Profile>> GetProfilesAsync(ListQuery query, CancellationToken cancellationToken) =>
        SelectAsync(Snapshot.Profiles, Schemas.ProfileFilter, Schemas.ProfileSort, query, cancellationToken);

    public Task<IReadOnlyDictionary<string, INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = Snapshot;
        var result = new Dictionary<string, INode>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (snapshot.Node(id) is { } node)
            {
                result[id] = node;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, INode>>(result);
    }

    public Task<IReadOnlyDictionary<string, EntryPage>> QueryEntriesAsync(EntryScope scope, EntryQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = Snapshot;
        var compiled = CompiledQuery.Of(query);
        var result = new Dictionary<string, EntryPage>(scope.NodeIds.Count, StringComparer.Ordinal);
        if (scope.Kind == EntryScopeKind.All)
        {
            result[EntryScope.AllKey] = compiled.Page(snapshot.Entries);
            return Task.FromResult<IReadOnlyDictionary<string, EntryPage>>(result);
        }

        foreach (var id in scope.NodeIds)
        {
            result[id] = !scope.Admits(id) ? EntryPage.Empty
                : scope.Kind == EntryScopeKind.Shared ? (SharedRows(snapshot, id) is { } rows ? compiled.Page(rows) : EntryPage.Empty)
                : compiled.Page(snapshot.EntriesOf(id));
        }

        return Task.FromResult<IReadOnlyDictionary<string, EntryPage>>(result);
    }

    public Task<IReadOnlyDictionary<string, EntryLinks>> GetEntryLinksAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = Snapshot;
        var result = new Dictionary<string, EntryLinks>(entryIds.Count, StringComparer.Ordinal);
        foreach (var id in entryIds)
        {
            result[id] = snapshot.Entry(id)?.Links ?? EntryLinks.Empty;
        }

        return Task.FromResult<IReadOnlyDictionary<string, EntryLinks>>(result);
    }

    public Task<SearchPage> SearchEntriesAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var query = SearchCompiler.ToLuceneQuery(request.Query);
        var hits = Snapshot.Search.Search(query, Schemas.EntryFilter.CompileOrNull(request.Where));
        if (hits.Count == 0)
        {
            return Task.FromResult(SearchPage.Empty);
        }

        var (skip, take) = request.Window.Resolve(hits.Count);
        var page = new SearchHit[take];
        for (var i = 0; i < take; i++)
        {
            var (row, score) = hits[skip + i];
            page[i] = new SearchHit(row.Entry, score, SearchHighlighter.Highlight(query, SearchDocument.Of(row.Entry, row.Links)));
        }

        return Task.FromResult(new SearchPage(page, skip, hits.Count));
    }

    public Task<IReadOnlyList<Country>> GetCountriesAsync(ListQuery query, CancellationToken cancellationToken) =>
        SelectAsync(Snapshot.Countries, Schemas.CountryFilter, Schemas.CountrySort, query, cancellationToken);

    public Task<IReadOnlyList<Body>> GetBodiesAsync(ListQuery query, CancellationToken cancellationToken) =>
        SelectAsync(Snapshot.Bodies, Schemas.BodyFilter, Schemas.BodySort, query, cancellationToken);

    public Task<IReadOnlyList<Theme>> GetThemesAsync(ListQuery query, CancellationToken cancellationToken) =>
        SelectAsync(Snapshot.Themes, Schemas.ThemeFilter, Schemas.ThemeSort, query, cancellationToken);

    public Task<IReadOnlyList<Place>> GetPlacesAsync(ListQuery query, CancellationToken cancellationToken) =>
        SelectAsync(Snapshot.Places, Schemas.PlaceFilter, Schemas.PlaceSort, query, cancellationToken);

    public Task<IReadOnlyList<Organization>> GetOrganizationsAsync(ListQuery query, CancellationToken cancellationToken) =>
        SelectAsync(Snapshot.Organizations, Schemas.OrganizationFilter, Schemas.OrganizationSort, query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Task.FromResult(Snapshot.FindPaths(query, cancellationToken));
        }
        catch (GraphStoreException e)
        {
            // As an asynchronous store fails: in the task, not at the call.
            return Task.FromException<IReadOnlyList<GraphPath>>(e);
        }
    }

    /// <summary>One pass over the snapshot's entries: the filter, then every requested facet of each entry it selects.</summary>
    public Task<EntryFacets> GetEntryFacetsAsync(EntryFacetQuery query, CancellationToken cancellationToken)
    {
        FacetRules.Validate(query);
        cancellationToken.ThrowIfCancellationRequested();
        var where = Schemas.EntryFilter.CompileOrNull(query.Where);
        var counter = new FacetCounter(query.Facets);
        foreach (var row in Snapshot.Entries)
        {
            if (where is null || where(row.Linked))
            {
                counter.Add(row.Linked);
            }
        }

        return Task.FromResult(counter.Finish());
    }

    /// <summary>
    /// Checks each page against the graph as the batch has left it, keeps its text, and takes it in; a page that fails either
    /// step is left out with its error. The batch then publishes ONE snapshot, so a reader sees the graph before or after it.
    /// Cancelled part-way, it still publishes the pages it has kept (their texts are on disk) before throwing.
    /// </summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportProfilesAsync(IReadOnlyList<ProfileDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Any(d => d is null))
        {
            throw new ArgumentException("A batch cannot hold a null document.", nameof(documents));
        }

        await _importGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The latest snapshot, never this flow's pinned one: an import builds on every import before it.
            var batch = Volatile.Read(ref _snapshot).Edit();
            var outcomes = new List<ImportOutcome>(documents.Count);
            foreach (var document in documents)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                try
                {
                    var page = batch.Prepare(document);
                    var path = Persist(document);
                    batch.Apply(page);
                    LogImported(document, path);
                    outcomes.Add(new ImportOutcome(document.Profile.Id, document.Entries.Count, null));
                }
                catch (GraphStoreException e)
                {
                    outcomes.Add(new ImportOutcome(document.Profile.Id, document.Entries.Count, e));
                }
            }

            if (batch.Count > 0)
            {
                var next = batch.Commit();
                Volatile.Write(ref _snapshot, next);
                if (_pin.Value is { } pin)
                {
                    pin.Snapshot = next;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return outcomes;
        }
        finally
        {
            _importGate.Release();
        }
    }

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = Snapshot;
        var profiles = snapshot.Profiles.Count;
        var entries = snapshot.Entries.Count;
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"embedded graph: {profiles} profile{(profiles == 1 ? "" : "s")}, {entries} entr{(entries == 1 ? "y" : "ies")}");
        return Task.FromResult(new StoreHealth(true, description));
    }

    public void Dispose() => _importGate.Dispose();

    /// <summary>
    /// Keeps the document's text (and the name it came under) in the data directory; returns the path, or null for a
    /// bundled profile imported exactly as shipped, which needs no file: the host brings it back at every start, and a
    /// persisted version that would override it then is removed.
    /// </summary>
    private string? Persist(ProfileDocument document)
    {
        var profileId = document.Profile.Id;
        var fileName = ProfileFiles.FileNameFor(profileId);
        var path = Path.Combine(_dataDirectory, fileName);
        try
        {
            if (_bundled.TryGetValue(document.Profile.Document, out var shipped) && string.Equals(shipped, document.Text, StringComparison.Ordinal))
            {
                if (_files.TryGetValue(profileId, out var persisted))
                {
                    path = persisted;
                    File.Delete(persisted);
                    _files.Remove(profileId);
                    ProfileFiles.TryDelete(persisted + ProfileFiles.SourceNameExtension);
                }

                return null;
            }

            ProfileFiles.WriteSourceName(_dataDirectory, fileName, document.Profile.Document);
            ProfileFiles.WriteAtomically(_dataDirectory, fileName, document.Text);
            _files[profileId] = path;
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            _logger.PersistenceFailed(e, profileId, path);
            throw new GraphStoreException(
                GraphErrorCodes.PersistenceFailed,
                // The path and the OS's words stay in the log: a client learns nothing of the server's file system.
                $"Could not save profile {profileId}; the graph is unchanged. The server's log has the details.",
                e);
        }
    }

    private void LogImported(ProfileDocument document, string? path)
    {
        if (path is null)
        {
            _logger.ImportedBundled(document.Profile.Id, document.Entries.Count, document.Warnings.Count);
        }
        else
        {
            _logger.Imported(document.Profile.Id, document.Entries.Count, document.Warnings.Count, path);
        }
    }

    /// <param name="all">The nodes in the default order (by name, then id), as the snapshot keeps them.</param>
    private static Task<IReadOnlyList<T>> SelectAsync<T>(IReadOnlyList<T> all, FilterSchema<T> filter, SortSchema<T> sort, ListQuery query, CancellationToken cancellationToken)
        where T : INode
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (query.Where is null && query.Order.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<T>>(all);
        }

        T[] selected = filter.CompileOrNull(query.Where) is { } where ? [.. all.Where(where)] : [.. all];
        if (query.Order.Count > 0)
        {
            Array.Sort(selected, sort.Compile<T>(query.Order, static x => x, static (a, b) => Schemas.CompareIds(a, b)));
        }

        return Task.FromResult<IReadOnlyList<T>>(selected);
    }

    /// <summary>A query's filter and order compiled once, then applied to any number of entry lists.</summary>
    private sealed class CompiledQuery(Func<LinkedEntry, bool>? where, Comparison<EntryRow>? order, Window window)
    {
        public static CompiledQuery Of(EntryQuery query) => new(
            Schemas.EntryFilter.CompileOrNull(query.Where),
            query.Order.Count > 0 ? Schemas.EntrySort.Compile<EntryRow>(query.Order, static r => r.Linked, EntryRow.CompareRank) : null,
            query.Window);

        /// <param name="rows">Entries in the default order, as the snapshot keeps them.</param>
        public EntryPage Page(EntryList rows)
        {
            if (where is null && order is null)
            {
                return Slice(rows.Count, (skip, entries) =>
                {
                    for (var i = 0; i < entries.Length; i++)
                    {
                        entries[i] = rows[skip + i].Entry;
                    }
                });
            }

            var buffer = ArrayPool<EntryRow>.Shared.Rent(Math.Max(rows.Count, 1));
            try
            {
                var count = 0;
                foreach (var row in rows)
                {
                    if (where is null || where(row.Linked))
                    {
                        buffer[count++] = row;
                    }
                }

                if (order is not null && count > 1)
                {
                    buffer.AsSpan(0, count).Sort(order);
                }

                return Slice(count, (skip, entries) =>
                {
                    for (var i = 0; i < entries.Length; i++)
                    {
                        entries[i] = buffer[skip + i].Entry;
                    }
                });
            }
            finally
            {
                ArrayPool<EntryRow>.Shared.Return(buffer, clearArray: true);
            }
        }

        /// <param name="fill">Fills the window's entries from the skip-th row of the selection.</param>
        private EntryPage Slice(int count, Action<int, Entry[]> fill)
        {
            if (count == 0)
            {
                return EntryPage.Empty;
            }

            var (skip, take) = window.Resolve(count);
            var entries = new Entry[take];
            fill(skip, entries);
            return new EntryPage(entries, skip, count);
        }
    }
}
