using System.Buffers;
using System.Globalization;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Logging;

namespace AseanCyber.Graph.Embedded;

/// <summary>
/// The in-process graph: an immutable <see cref="GraphSnapshot"/> that every read takes once and every import replaces
/// whole (imports one at a time), with each imported profile's source text kept in <see cref="EmbeddedStoreOptions.DataDirectory"/>
/// and re-imported on start-up.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly SemaphoreSlim _importGate = new(1, 1);
    private readonly string _dataDirectory;
    private readonly ILogger<EmbeddedGraphStore> _logger;
    private GraphSnapshot _snapshot;

    private EmbeddedGraphStore(GraphSnapshot snapshot, string dataDirectory, ILogger<EmbeddedGraphStore> logger)
    {
        _snapshot = snapshot;
        _dataDirectory = dataDirectory;
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
    /// Builds the graph from the bundled profiles (unless switched off) and then every <c>*.txt</c> in the data directory,
    /// a persisted profile replacing the bundled one with the same id. A persisted text that no longer imports is logged and skipped.
    /// </summary>
    /// <exception cref="GraphStoreException">INVALID_BUNDLED_PROFILE when a profile shipped in the assembly does not import.</exception>
    public static EmbeddedGraphStore Open(ProfileImporter importer, EmbeddedStoreOptions options, ILogger<EmbeddedGraphStore> logger) =>
        Open(importer.Import, options.IncludeBundledProfiles ? LoadBundled(logger) : [], options, logger);

    private static IReadOnlyList<SourceDocument> LoadBundled(ILogger logger)
    {
        var bundled = BundledProfiles.Load();
        if (bundled.Count == 0)
        {
            logger.NoBundledProfiles();
        }

        return bundled;
    }

    /// <summary>The same with any parser and bundled set: tests use it to run without the real importer.</summary>
    internal static EmbeddedGraphStore Open(
        Func<string, string, ProfileDocument> import,
        IEnumerable<SourceDocument> bundled,
        EmbeddedStoreOptions options,
        ILogger<EmbeddedGraphStore> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        var directory = Path.GetFullPath(options.DataDirectory);
        var documents = new Dictionary<string, ProfileDocument>(StringComparer.Ordinal);
        foreach (var source in bundled)
        {
            ProfileDocument document;
            try
            {
                document = import(source.Text, source.Name);
                document.Validate();
            }
            catch (Exception e) when (e is ProfileFormatException or GraphStoreException)
            {
                throw new GraphStoreException(GraphErrorCodes.InvalidBundledProfile, $"The bundled profile {source.Name} does not import: {e.Message}", e);
            }

            documents[document.Profile.Id] = document;
        }

        foreach (var leftover in ProfileFiles.ListLeftovers(directory))
        {
            logger.RemovingLeftover(leftover);
            ProfileFiles.TryDelete(leftover);
        }

        foreach (var path in ProfileFiles.List(directory))
        {
            ProfileDocument document;
            try
            {
                document = import(ProfileFiles.Read(path), ProfileFiles.ReadSourceName(path) ?? Path.GetFileName(path));
                document.Validate();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A text imported under an older importer may not parse any more; the rest of the graph is still worth serving.
                logger.SkippingPersisted(e, path, e.Message);
                continue;
            }

            if (documents.ContainsKey(document.Profile.Id))
            {
                logger.PersistedReplaces(path, document.Profile.Id);
            }

            documents[document.Profile.Id] = document;
        }

        var snapshot = GraphSnapshot.Build(documents.Values);
        logger.Opened(snapshot.Profiles.Length, snapshot.Entries.Length, directory);
        return new EmbeddedGraphStore(snapshot, directory, logger);
    }

    public Task<IReadOnlyList<Profile>> GetProfilesAsync(ListQuery query, CancellationToken cancellationToken) =>
        SelectAsync(Snapshot.Profiles, Schemas.ProfileFilter, Schemas.ProfileSort, query, cancellationToken);

    public Task<IReadOnlyDictionary<string, INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var nodes = Snapshot.Nodes;
        var result = new Dictionary<string, INode>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (nodes.TryGetValue(id, out var node))
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
            result[id] = scope.Admits(id) && snapshot.EntriesByNode.TryGetValue(id, out var rows)
                ? compiled.Page(rows)
                : EntryPage.Empty;
        }

        return Task.FromResult<IReadOnlyDictionary<string, EntryPage>>(result);
    }

    public Task<IReadOnlyDictionary<string, EntryLinks>> GetEntryLinksAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entries = Snapshot.EntriesById;
        var result = new Dictionary<string, EntryLinks>(entryIds.Count, StringComparer.Ordinal);
        foreach (var id in entryIds)
        {
            result[id] = entries.TryGetValue(id, out var row) ? row.Links : EntryLinks.Empty;
        }

        return Task.FromResult<IReadOnlyDictionary<string, EntryLinks>>(result);
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
            return Task.FromResult(Snapshot.Paths.FindPaths(query, cancellationToken));
        }
        catch (GraphStoreException e)
        {
            // As an asynchronous store fails: in the task, not at the call.
            return Task.FromException<IReadOnlyList<GraphPath>>(e);
        }
    }

    /// <exception cref="GraphStoreException">
    /// INVALID_DOCUMENT when the document contradicts itself or the graph; PERSISTENCE_FAILED when its text cannot be saved.
    /// Either way the graph and the data directory are as they were.
    /// </exception>
    public async Task ImportProfileAsync(ProfileDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await _importGate.WaitAsync(cancellationToken);
        try
        {
            // The latest snapshot, never this flow's pinned one: an import builds on every import before it.
            var next = Volatile.Read(ref _snapshot).With(document);
            cancellationToken.ThrowIfCancellationRequested();
            var path = Persist(document);
            Volatile.Write(ref _snapshot, next);
            if (_pin.Value is { } pin)
            {
                pin.Snapshot = next;
            }

            _logger.Imported(document.Profile.Id, document.Entries.Count, document.Warnings.Count, path);
        }
        finally
        {
            _importGate.Release();
        }
    }

    public async Task<IReadOnlyList<ImportOutcome>> ImportProfilesAsync(IReadOnlyList<ProfileDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var outcomes = new List<ImportOutcome>(documents.Count);
        foreach (var document in documents)
        {
            try
            {
                await ImportProfileAsync(document, cancellationToken).ConfigureAwait(false);
                outcomes.Add(new ImportOutcome(document.Profile.Id, document.Entries.Count, null));
            }
            catch (GraphStoreException e)
            {
                outcomes.Add(new ImportOutcome(document.Profile.Id, document.Entries.Count, e));
            }
        }

        return outcomes;
    }

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = Snapshot;
        var profiles = snapshot.Profiles.Length;
        var entries = snapshot.Entries.Length;
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"embedded graph: {profiles} profile{(profiles == 1 ? "" : "s")}, {entries} entr{(entries == 1 ? "y" : "ies")}");
        return Task.FromResult(new StoreHealth(true, description));
    }

    public void Dispose() => _importGate.Dispose();

    private string Persist(ProfileDocument document)
    {
        var fileName = ProfileFiles.FileNameFor(document.Profile.Id);
        try
        {
            ProfileFiles.WriteSourceName(_dataDirectory, fileName, document.Profile.Document);
            return ProfileFiles.WriteAtomically(_dataDirectory, fileName, document.Text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            var path = Path.Combine(_dataDirectory, fileName);
            _logger.PersistenceFailed(e, document.Profile.Id, path);
            throw new GraphStoreException(
                GraphErrorCodes.PersistenceFailed,
                // The path and the OS's words stay in the log: a client learns nothing of the server's file system.
                $"Could not save profile {document.Profile.Id}; the graph is unchanged. The server's log has the details.",
                e);
        }
    }

    /// <param name="all">The nodes in the default order (by name, then id), as the snapshot keeps them.</param>
    private static Task<IReadOnlyList<T>> SelectAsync<T>(T[] all, FilterSchema<T> filter, SortSchema<T> sort, ListQuery query, CancellationToken cancellationToken)
        where T : INode
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (query.Where is null && query.Order.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<T>>(all);
        }

        var selected = filter.CompileOrNull(query.Where) is { } where ? Array.FindAll(all, new Predicate<T>(where)) : [.. all];
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
        public EntryPage Page(EntryRow[] rows)
        {
            if (where is null && order is null)
            {
                return Slice(rows, rows.Length);
            }

            var buffer = ArrayPool<EntryRow>.Shared.Rent(Math.Max(rows.Length, 1));
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

                return Slice(buffer, count);
            }
            finally
            {
                ArrayPool<EntryRow>.Shared.Return(buffer, clearArray: true);
            }
        }

        private EntryPage Slice(EntryRow[] rows, int count)
        {
            if (count == 0)
            {
                return EntryPage.Empty;
            }

            var (skip, take) = window.Resolve(count);
            var entries = new Entry[take];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = rows[skip + i].Entry;
            }

            return new EntryPage(entries, skip, count);
        }
    }
}
