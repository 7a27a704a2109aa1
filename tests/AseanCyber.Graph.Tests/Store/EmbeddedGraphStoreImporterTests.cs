using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Logging;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>The embedded store with the real importer: what it persists is the text the importer reads back on start-up.</summary>
public sealed class EmbeddedGraphStoreImporterTests : IDisposable
{
    private const string Testland = """
        Testland Cooperation Forum (TCF)
        Last Updated: May 2019
        Policy
        Strategy Documents
        Testland Cybersecurity Strategy
        Testland Secretariat
        Sets out the forum's priorities for capacity building.
        2019
        Cooperation
        Meetings
        Testland-Japan Cybercrime Dialogue (Bangkok)
        Discussed cooperation on cybercrime with Japan.
        12 March 2019
        """;

    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TestDirectories _directories = new();
    private readonly ProfileImporter _importer = new(ReferenceData.Default);
    private readonly List<EmbeddedGraphStore> _stores = [];

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _directories.Dispose();
    }

    [Fact]
    public async Task An_imported_page_is_read_back_from_the_data_directory_on_start_up()
    {
        var directory = _directories.Create();
        var document = _importer.Import(Testland, "testland.txt");
        await Open(directory).ImportProfileAsync(document, Ct);

        var reopened = Open(directory);

        var profile = Assert.Single(await reopened.GetProfilesAsync(ListQuery.All, Ct));
        Assert.Equal(document.Profile.Id, profile.Id);
        Assert.True(File.Exists(Path.Combine(directory, profile.Id["profile:".Length..] + ".txt")));
        var entries = await reopened.QueryEntriesAsync(EntryQuery.All, Ct);
        Assert.Equal(document.Entries.Select(e => e.Entry.Id), entries.Entries.Select(e => e.Id));
        var links = await reopened.GetEntryLinksAsync([document.Entries[^1].Entry.Id], Ct);
        Assert.Equal(document.Entries[^1].Links.Involvements, links[document.Entries[^1].Entry.Id].Involvements);
    }

    [Fact]
    public async Task The_document_name_survives_a_restart()
    {
        var directory = _directories.Create();
        var document = _importer.Import(Testland, "portal-export-2019-05.txt");
        await Open(directory).ImportProfileAsync(document, Ct);

        var reopened = Open(directory);

        Assert.Equal("portal-export-2019-05.txt", Assert.Single(await reopened.GetProfilesAsync(ListQuery.All, Ct)).Document);
        var entries = await reopened.QueryEntriesAsync(EntryQuery.All, Ct);
        Assert.All(entries.Entries, e => Assert.Equal("portal-export-2019-05.txt", e.Source.Document));
    }

    [Fact]
    public async Task A_republished_page_replaces_the_persisted_one_across_restarts()
    {
        var directory = _directories.Create();
        var text = SeedText.Asean();
        var full = _importer.Import(text, "asean.txt");
        var policyOnly = _importer.Import(text[..text.IndexOf("\nStructure\n", StringComparison.Ordinal)], "asean.txt");
        var store = Open(directory);
        await store.ImportProfileAsync(full, Ct);
        await store.ImportProfileAsync(policyOnly, Ct);

        var reopened = Open(directory);

        Assert.Equal(27, full.Entries.Count);
        var entries = await reopened.QueryEntriesAsync(EntryQuery.All, Ct);
        Assert.Equal(policyOnly.Entries.Count, entries.TotalCount);
        Assert.InRange(entries.TotalCount, 1, 26);
        Assert.Single(Directory.GetFiles(directory));
    }

    [SkippableFact]
    public async Task Open_imports_the_bundled_profiles_and_a_persisted_page_replaces_its_bundled_version()
    {
        var problem = SeedText.BundledProfilesProblem();
        Skip.If(problem is not null, problem);
        var directory = _directories.Create();
        var text = SeedText.Asean();
        await File.WriteAllTextAsync(Path.Combine(directory, "asean.txt"), text[..text.IndexOf("\nStructure\n", StringComparison.Ordinal)], Ct);

        var bundled = Open(_directories.Create(), bundled: true);
        var replaced = Open(directory, bundled: true);

        Assert.Equal(27, (await bundled.QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount);
        Assert.Equal("profile:asean", Assert.Single(await replaced.GetProfilesAsync(ListQuery.All, Ct)).Id);
        Assert.InRange((await replaced.QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount, 1, 26);
    }

    [Fact]
    public async Task A_persisted_text_the_importer_rejects_is_skipped_with_the_reason()
    {
        var directory = _directories.Create();
        await File.WriteAllTextAsync(Path.Combine(directory, "garbage.txt"), "Policy\nThis is not a profile page at all.\n", Ct);
        await File.WriteAllTextAsync(Path.Combine(directory, "testland.txt"), Testland, Ct);
        var logger = new RecordingLogger<EmbeddedGraphStore>();

        var store = Open(directory, logger);

        Assert.Single(await store.GetProfilesAsync(ListQuery.All, Ct));
        var error = Assert.Single(logger.Entries, r => r.Level == LogLevel.Error);
        Assert.EndsWith("garbage.txt", Assert.IsType<string>(error.Properties["Document"]), StringComparison.Ordinal);
        Assert.StartsWith("line ", Assert.IsType<string>(error.Properties["Reason"]), StringComparison.Ordinal);
    }

    private EmbeddedGraphStore Open(string directory, ILogger<EmbeddedGraphStore>? logger = null, bool bundled = false)
    {
        var store = bundled
            ? EmbeddedStores.OpenWithBundledProfiles(directory, logger)
            : EmbeddedGraphStore.Open(
                _importer,
                new EmbeddedStoreOptions { DataDirectory = directory },
                logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<EmbeddedGraphStore>.Instance);
        _stores.Add(store);
        return store;
    }
}
