using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Logging;
using static AseanCyber.Graph.Tests.Store.Fixtures;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>What only the embedded adapter promises: its data directory, its logs, its health text.</summary>
public sealed class EmbeddedGraphStoreTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TestDirectories _directories = new();
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
    public async Task An_imported_profile_is_there_after_reopening_the_data_directory()
    {
        var directory = _directories.Create();
        var first = Open(directory);
        await first.ImportProfileAsync(EmbeddedStores.Register(Alpha), Ct);
        await first.ImportProfileAsync(EmbeddedStores.Register(Beta), Ct);
        await first.ImportProfileAsync(EmbeddedStores.Register(AlphaReduced), Ct);

        var second = Open(directory);

        Assert.Equal(["alpha.txt", "beta.txt"], Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(AlphaReduced.Text, await File.ReadAllTextAsync(Path.Combine(directory, "alpha.txt"), Ct));
        Assert.Equal(
            Ids(await first.QueryEntriesAsync(EntryQuery.All, Ct)),
            Ids(await second.QueryEntriesAsync(EntryQuery.All, Ct)));
        Assert.Equal(5, (await second.QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount);
    }

    [Fact]
    public async Task Writes_leave_no_temporary_files_and_create_the_directory()
    {
        var directory = Path.Combine(_directories.Create(), "nested", "profiles");
        var store = Open(directory);

        for (var i = 0; i < 3; i++)
        {
            await store.ImportProfileAsync(EmbeddedStores.Register(i % 2 == 0 ? Alpha : AlphaReduced), Ct);
        }

        Assert.Equal(["alpha.txt"], Directory.GetFiles(directory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_persisted_profile_replaces_the_bundled_one_with_the_same_id()
    {
        var directory = _directories.Create();
        var first = Open(directory, Alpha);
        await first.ImportProfileAsync(EmbeddedStores.Register(AlphaReduced), Ct);

        var second = Open(directory, Alpha, Beta);

        var entries = await second.QueryEntriesAsync(EntryQuery.All, Ct);
        Assert.Equal([A.Strategy, A.Handbook, A.InterpolOperation, B.Statement, B.ExpertGroup], Ids(entries));
    }

    [Fact]
    public async Task A_persisted_text_that_no_longer_imports_is_logged_and_skipped()
    {
        var directory = _directories.Create();
        await File.WriteAllTextAsync(Path.Combine(directory, "broken.txt"), "not a profile page", Ct);
        await File.WriteAllTextAsync(Path.Combine(directory, "beta.txt"), EmbeddedStores.Register(Beta).Text, Ct);
        var logger = new RecordingLogger<EmbeddedGraphStore>();

        var store = Open(directory, logger, Alpha);

        Assert.Equal(["Alpha Forum", "Beta Council"], (await store.GetProfilesAsync(ListQuery.All, Ct)).Select(p => p.Name));
        var error = Assert.Single(logger.Entries, r => r.Level == LogLevel.Error);
        Assert.EndsWith("broken.txt", Assert.IsType<string>(error.Properties["Document"]), StringComparison.Ordinal);
        Assert.Contains("not a known test document", Assert.IsType<string>(error.Properties["Reason"]), StringComparison.Ordinal);
        Assert.IsType<AseanCyber.Graph.Import.ProfileFormatException>(error.Exception);
    }

    [Fact]
    public async Task A_temporary_file_left_by_a_crash_is_removed_on_open_and_never_imported()
    {
        var directory = _directories.Create();
        await File.WriteAllTextAsync(Path.Combine(directory, "alpha.txt.tmp"), EmbeddedStores.Register(Alpha).Text, Ct);
        var logger = new RecordingLogger<EmbeddedGraphStore>();

        var store = Open(directory, logger);

        Assert.Empty(await store.GetProfilesAsync(ListQuery.All, Ct));
        Assert.Empty(Directory.GetFiles(directory));
        Assert.Single(logger.Entries, r => r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task A_failed_write_logs_the_path_tells_the_caller_nothing_of_it_and_leaves_graph_and_folder_unchanged()
    {
        var root = _directories.Create();
        var file = Path.Combine(root, "file");
        await File.WriteAllTextAsync(file, "", Ct);
        var directory = Path.Combine(file, "profiles");
        var logger = new RecordingLogger<EmbeddedGraphStore>();
        var store = Open(directory, logger, Alpha);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.ImportProfileAsync(EmbeddedStores.Register(Beta), Ct));

        Assert.Equal("PERSISTENCE_FAILED", error.Code);
        Assert.DoesNotContain(root, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Not a directory", error.Message, StringComparison.Ordinal);
        Assert.Equal(["file"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
        Assert.Single(await store.GetProfilesAsync(ListQuery.All, Ct));
        Assert.Empty(await store.GetNodesAsync([B.Statement, BetaSecretariat.Id], Ct));
        Assert.Contains(logger.Entries, r => r.Level == LogLevel.Error && r.Properties.TryGetValue("ProfileId", out var id) && Equals(id, BetaId)
            && Equals(r.Properties["Path"], Path.Combine(directory, "beta.txt")));
    }

    [Fact]
    public async Task An_invalid_document_is_not_written()
    {
        var directory = _directories.Create();
        var store = Open(directory);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.ImportProfileAsync(Alpha with { Text = " " }, Ct));

        Assert.Equal("INVALID_DOCUMENT", error.Code);
        Assert.Empty(Directory.GetFiles(directory));
    }

    [Theory]
    [InlineData("profile:../escape")]
    [InlineData("profile:Alpha")]
    [InlineData("profile:")]
    [InlineData("alpha")]
    public async Task A_profile_id_that_is_not_a_slug_is_rejected_before_naming_a_file(string profileId)
    {
        var directory = _directories.Create();
        var store = Open(directory);
        var profile = Alpha.Profile with { Id = profileId };
        var document = Alpha with { Profile = profile, Entries = [.. Alpha.Entries.Select(e => e with { Entry = e.Entry with { ProfileId = profileId } })] };

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.ImportProfileAsync(document, Ct));

        Assert.Equal("INVALID_DOCUMENT", error.Code);
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(directory)!, "escape*"));
        Assert.Empty(Directory.GetFiles(directory));
    }

    [Fact]
    public async Task A_cancelled_import_changes_nothing()
    {
        var directory = _directories.Create();
        var store = Open(directory);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ImportProfileAsync(Alpha, cancelled.Token));

        Assert.Empty(await store.GetProfilesAsync(ListQuery.All, Ct));
        Assert.Empty(Directory.GetFiles(directory));
    }

    [Fact]
    public async Task Health_counts_profiles_and_entries()
    {
        var empty = Open(_directories.Create());
        var one = Open(_directories.Create(), Alpha);
        var two = Open(_directories.Create(), Alpha, Beta);

        Assert.Equal(new StoreHealth(true, "embedded graph: 0 profiles, 0 entries"), await empty.CheckHealthAsync(Ct));
        Assert.Equal(new StoreHealth(true, "embedded graph: 1 profile, 9 entries"), await one.CheckHealthAsync(Ct));
        Assert.Equal(new StoreHealth(true, "embedded graph: 2 profiles, 11 entries"), await two.CheckHealthAsync(Ct));
    }

    [Fact]
    public async Task A_shared_node_spelled_differently_is_one_node_named_by_the_first_profile()
    {
        var respelled = new Body(RegionalForum.Id, "ALPHA Regional Forum");
        var beta = Document(Beta.Profile, [.. Beta.Entries.Select(e => e.Entry.Id == B.Statement
            ? e with { Links = e.Links with { Bodies = [new BodyLink(respelled, "ALPHA Regional Forum", 5)] } }
            : e)]) with
        { Text = Beta.Text + "(respelled)\n" };
        var store = Open(_directories.Create(), Alpha, beta);

        var links = await store.GetEntryLinksAsync([B.Statement], Ct);
        var nodes = await store.GetNodesAsync([RegionalForum.Id], Ct);

        Assert.Equal(RegionalForum, nodes[RegionalForum.Id]);
        var link = Assert.Single(links[B.Statement].Bodies);
        Assert.Equal(RegionalForum, link.Body);
        Assert.Equal("ALPHA Regional Forum", link.Evidence);
    }

    [Fact]
    public async Task Paths_across_a_large_graph_with_hubs_stay_bounded()
    {
        var documents = Enumerable.Range(0, 20).Select(SyntheticProfile).ToArray();
        var store = Open(_directories.Create(), documents);

        var near = await store.FindPathsAsync("country:KR", "country:JP", 2, 10, Ct);
        var far = await store.FindPathsAsync("country:KR", "theme:t-0", 6, 25, Ct);
        var none = await store.FindPathsAsync("country:KR", "country:TH", 1, 10, Ct);

        Assert.Equal(10, near.Count);
        Assert.All(near, p => Assert.Equal(2, p.Length));
        Assert.Equal(25, far.Count);
        Assert.Equal(far.Select(p => p.Strength).OrderDescending(), far.Select(p => p.Strength));

        // The strongest paths to a theme: a partner entry of Korea about it (1.0, then 0.1 times the link's 0.8).
        Assert.All(far, p => Assert.Equal((2, HopWeights.Partner * 80L), (p.Length, p.Product)));
        Assert.Empty(none);
        Assert.Equal(4000, (await store.QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount);
    }

    [Fact]
    public async Task A_batch_is_published_once_so_a_reader_sees_all_of_its_pages_or_none()
    {
        var store = Open(_directories.Create(), Alpha, Beta);
        var betaReduced = Document(Beta.Profile, [.. Beta.Entries.Where(e => e.Entry.Id == B.ExpertGroup)]);
        using var done = new CancellationTokenSource();

        var writer = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < 20; i++)
                {
                    await store.ImportProfilesAsync(i % 2 == 0 ? [AlphaReduced, betaReduced] : [Alpha, Beta], Ct);
                }
            }
            finally
            {
                await done.CancelAsync();
            }
        });
        var reader = Task.Run(async () =>
        {
            var reads = 0;
            while (!done.IsCancellationRequested || reads < 50)
            {
                reads++;
                var total = (await store.QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount;
                Assert.True(total is 11 or 4, $"{total} entries: half a batch");
            }
        });

        await Task.WhenAll(writer, reader);
    }

    [Fact]
    public async Task A_page_whose_text_cannot_be_kept_is_left_out_and_the_others_go_in()
    {
        var directory = _directories.Create();
        Directory.CreateDirectory(Path.Combine(directory, "beta.txt"));
        var store = Open(directory);

        var outcomes = await store.ImportProfilesAsync([EmbeddedStores.Register(Alpha), EmbeddedStores.Register(Beta)], Ct);

        Assert.Equal([null, "PERSISTENCE_FAILED"], outcomes.Select(o => o.Error?.Code));
        Assert.Equal([AlphaId], (await store.GetProfilesAsync(ListQuery.All, Ct)).Select(p => p.Id));
        Assert.Equal(["alpha.txt"], Directory.GetFiles(directory).Select(Path.GetFileName));
        Assert.Equal(9, (await Open(directory).QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount);
    }

    [Fact]
    public async Task A_bundled_profile_imported_as_shipped_writes_no_file_and_removes_the_version_that_overrode_it()
    {
        var directory = _directories.Create();
        var store = Open(directory, Alpha);
        Assert.Empty(Directory.GetFiles(directory));

        await store.ImportProfileAsync(EmbeddedStores.Register(AlphaReduced), Ct);
        Assert.Equal(3, (await Open(directory, Alpha).QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount);
        await store.ImportProfileAsync(Alpha, Ct);

        Assert.Empty(Directory.GetFiles(directory));
        Assert.Equal(9, (await store.QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount);
        Assert.Equal(9, (await Open(directory, Alpha).QueryEntriesAsync(EntryQuery.All, Ct)).TotalCount);
        Assert.Empty(await Open(directory).GetProfilesAsync(ListQuery.All, Ct));
    }

    [Fact]
    public async Task Persisted_texts_that_contradict_each_other_keep_the_first_and_log_the_other()
    {
        var directory = _directories.Create();
        var gamma = EmbeddedStores.Register(Document(
            new Profile("profile:gamma", "Gamma", null, null, "gamma.txt", []),
            [Alpha.Entries[0] with { Entry = Alpha.Entries[0].Entry with { ProfileId = "profile:gamma" } }]));
        await File.WriteAllTextAsync(Path.Combine(directory, "alpha.txt"), EmbeddedStores.Register(Alpha).Text, Ct);
        await File.WriteAllTextAsync(Path.Combine(directory, "gamma.txt"), gamma.Text, Ct);
        var logger = new RecordingLogger<EmbeddedGraphStore>();

        var store = Open(directory, logger);

        Assert.Equal([AlphaId], (await store.GetProfilesAsync(ListQuery.All, Ct)).Select(p => p.Id));
        var error = Assert.Single(logger.Entries, r => r.Level == LogLevel.Error);
        Assert.EndsWith("gamma.txt", Assert.IsType<string>(error.Properties["Document"]), StringComparison.Ordinal);
        Assert.Contains("used by two profiles", Assert.IsType<string>(error.Properties["Reason"]), StringComparison.Ordinal);
    }

    private static ProfileDocument SyntheticProfile(int p)
    {
        var countries = new[] { Japan, Korea, Thailand, VietNam };
        var profile = new Profile($"profile:p{p:D2}", $"Profile {p:D2}", null, null, $"p{p:D2}.txt", [countries[p % 4]]);
        var entries = Enumerable.Range(0, 200).Select(i => new ImportedEntry(
            new Entry($"entry:p{p:D2}:e{i:D3}", profile.Id, (EntryKind)(i % 10), "Cooperation", "Meetings", $"Entry {p}-{i}", null, null, null, null, [],
                [new DateSpan("2017", "2017", null, DatePrecision.Year, null)], new SourceSpan(profile.Document, i * 3 + 3, i * 3 + 4)),
            new EntryLinks(
                [],
                [new Involvement(countries[i % 4], InvolvementRole.Partner, "x", i), new Involvement(countries[(i + 1) % 4], InvolvementRole.Host, "y", i)],
                [],
                [new ThemeLink(new Theme($"theme:t-{i % 7}", $"T{i % 7}"), ["t"], 0.8, Weak: false, i)],
                []))).ToList();
        return Document(profile, entries);
    }

    private EmbeddedGraphStore Open(string directory, params ProfileDocument[] bundled) =>
        Open(directory, null, bundled);

    private EmbeddedGraphStore Open(string directory, ILogger<EmbeddedGraphStore>? logger, params ProfileDocument[] bundled)
    {
        var store = EmbeddedStores.Open(directory, bundled, logger);
        _stores.Add(store);
        return store;
    }

    private static List<string> Ids(EntryPage page) => [.. page.Entries.Select(e => e.Id)];
}
