using System.Text.RegularExpressions;
using AseanCyber.Api.Cli;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Api.Tests.Neo4j;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using AseanCyber.Graph.Testing;

namespace AseanCyber.Api.Tests.Profiles;

/// <summary>
/// The import command on the app's own services (the host the command starts, here started by the test factory with its
/// temporary data directory): what it keeps, what it reports, its exit code, and what the API serves afterwards.
/// </summary>
public sealed partial class ImportCommandTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("aseancyber-import-command-").FullName;
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders.Append(_dataDirectory))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Good_pages_are_kept_reported_one_by_one_and_served_by_the_API_then_and_after_a_restart()
    {
        var folder = Pages(ProfilePages.Norway, ProfilePages.Pif, ProfilePages.Sco);

        using (var api = Api())
        {
            var run = await RunAsync(api.Services, showWarnings: false, folder);

            Assert.Equal(ImportCommand.Success, run.ExitCode);
            Assert.Equal(
                [
                    "[1/3] norway-2019.txt  profile:norway  4 entries  0 warnings",
                    "[2/3] pif-2020.txt  profile:pif  3 entries  1 warning",
                    "[3/3] sco-2018.txt  profile:sco  3 entries  0 warnings",
                ],
                run.ProgressLines);
            Assert.Equal(["Page", "Profile", "Entries", "Warnings", "Result"], Cells(run.Output[0]));
            Assert.Equal(["norway-2019.txt", "profile:norway", "4", "0", "kept"], Cells(run.Output[1]));
            Assert.Equal(["pif-2020.txt", "profile:pif", "3", "1", "kept"], Cells(run.Output[2]));
            Assert.Equal(["sco-2018.txt", "profile:sco", "3", "0", "kept"], Cells(run.Output[3]));
            Assert.Equal("3 pages: 3 kept (10 entries, 1 warning), 0 not kept.", run.Output[5]);
            Assert.DoesNotContain("Warnings:", run.Output);

            var served = await api.PostGraphQLAsync("{ profiles { id } entries { totalCount } }");
            Assert.Equal(["profile:asean", "profile:norway", "profile:pif", "profile:sco"], Ids(served.Data.GetProperty("profiles")));
            Assert.Equal(27 + 10, served.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
        }

        Assert.Equal(["norway.txt", "pif.txt", "sco.txt"], KeptFiles());
        using var restarted = Api();
        var after = await restarted.PostGraphQLAsync("""
            { profiles { id document } entries { totalCount }
              pif: node(id: "profile:pif") { ... on Profile { name lastUpdated entries { totalCount } } } }
            """);
        Assert.True(after.Errors.Count == 0, after.ToString());
        var documents = after.Data.GetProperty("profiles").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("document").GetString());
        Assert.Equal("norway-2019.txt", documents["profile:norway"]);
        Assert.Equal("pif-2020.txt", documents["profile:pif"]);
        Assert.Equal(37, after.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
        var pif = after.Data.GetProperty("pif");
        Assert.Equal("Pacific Islands Forum", pif.GetProperty("name").GetString());
        Assert.Equal("2020-08", pif.GetProperty("lastUpdated").GetString());
        Assert.Equal(3, pif.GetProperty("entries").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_page_that_is_not_a_profile_page_is_reported_with_its_line_and_the_others_are_kept()
    {
        var folder = Pages(ProfilePages.Truncated, ProfilePages.Norway, ProfilePages.Pif, ProfilePages.Sco);
        using var api = Api();

        var run = await RunAsync(api.Services, showWarnings: false, folder);

        Assert.Equal(ImportCommand.Failure, run.ExitCode);
        Assert.StartsWith("[1/4] coe-truncated.txt  IMPORT_REJECTED  This text is not a Cyber Policy Portal profile page: line 2: ", run.ProgressLines[0], StringComparison.Ordinal);
        Assert.Equal(4, run.ProgressLines.Count);
        var rejected = Cells(run.Output[1]);
        Assert.Equal(["coe-truncated.txt", "-", "-", "-"], rejected[..4]);
        Assert.StartsWith("IMPORT_REJECTED: This text is not a Cyber Policy Portal profile page: line 2: ", rejected[4], StringComparison.Ordinal);
        Assert.Equal("kept", Cells(run.Output[2])[4]);
        Assert.Equal("4 pages: 3 kept (10 entries, 1 warning), 1 not kept.", run.Output[6]);

        var served = await api.PostGraphQLAsync("{ profiles { id } }");
        Assert.Equal(["profile:asean", "profile:norway", "profile:pif", "profile:sco"], Ids(served.Data.GetProperty("profiles")));
        Assert.Equal(["norway.txt", "pif.txt", "sco.txt"], KeptFiles());
    }

    [Fact]
    public async Task A_page_the_store_cannot_keep_is_reported_with_the_store_code_and_the_batch_goes_to_the_store_in_one_call()
    {
        FailingPersistenceStore? store = null;
        using var api = Api().WithServices(s => DelegatingGraphStore.Decorate(s, inner => store = new FailingPersistenceStore(inner, "profile:pif")));
        var folder = Pages(ProfilePages.Norway, ProfilePages.Pif, ProfilePages.Sco);

        var run = await RunAsync(api.Services, showWarnings: false, folder);

        Assert.Equal(ImportCommand.Failure, run.ExitCode);
        Assert.Equal([1, 3], store!.BatchSizes); // the start-up seed's batch (the bundled page), then the command's one call
        var failed = Cells(run.Output[2]);
        Assert.Equal(["pif-2020.txt", "profile:pif", "3", "1"], failed[..4]);
        Assert.StartsWith("PERSISTENCE_FAILED: The page was not imported; its profile is as it was. Could not save profile profile:pif", failed[4], StringComparison.Ordinal);
        Assert.Equal("3 pages: 2 kept (7 entries, 0 warnings), 1 not kept.", run.Output[5]);
        var served = await api.PostGraphQLAsync("{ profiles { id } }");
        Assert.Equal(["profile:asean", "profile:norway", "profile:sco"], Ids(served.Data.GetProperty("profiles")));
    }

    [Fact]
    public async Task When_the_data_directory_cannot_be_written_every_page_fails_with_PERSISTENCE_FAILED_and_the_graph_is_unchanged()
    {
        var blocker = Path.Combine(_dataDirectory, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x");
        using var api = new ApiFactory().WithSetting("Graph:DataDirectory", Path.Combine(blocker, "profiles"));

        var run = await RunAsync(api.Services, showWarnings: false, Pages(ProfilePages.Norway, ProfilePages.Sco));

        Assert.Equal(ImportCommand.Failure, run.ExitCode);
        Assert.All(run.Output[1..3], row => Assert.StartsWith("PERSISTENCE_FAILED: ", Cells(row)[4], StringComparison.Ordinal));
        Assert.Equal("2 pages: 0 kept (0 entries, 0 warnings), 2 not kept.", run.Output[4]);
        var served = await api.PostGraphQLAsync("{ profiles { id } entries { totalCount } }");
        Assert.Equal(["profile:asean"], Ids(served.Data.GetProperty("profiles")));
        Assert.Equal(27, served.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Two_pages_of_one_profile_are_both_refused_and_the_rest_kept()
    {
        var folder = Pages(ProfilePages.Norway, ProfilePages.Sco);
        await File.WriteAllTextAsync(
            Path.Combine(folder, "sco-2019.txt"),
            ProfilePages.Text(ProfilePages.Sco).Replace("Last Updated: December 2018", "Last Updated: June 2019", StringComparison.Ordinal));
        using var api = Api();

        var run = await RunAsync(api.Services, showWarnings: false, folder);

        Assert.Equal(ImportCommand.Failure, run.ExitCode);
        Assert.Equal("kept", Cells(run.Output[1])[4]);
        foreach (var row in run.Output[2..4])
        {
            var cells = Cells(row);
            Assert.Equal("profile:sco", cells[1]);
            Assert.StartsWith("DUPLICATE_PROFILE: Another page of this batch is also profile:sco", cells[4], StringComparison.Ordinal);
        }

        var served = await api.PostGraphQLAsync("{ profiles { id } }");
        Assert.Equal(["profile:asean", "profile:norway"], Ids(served.Data.GetProperty("profiles")));
    }

    [Fact]
    public async Task The_warnings_option_lists_each_warning_with_its_page_and_line()
    {
        using var api = Api();

        var run = await RunAsync(api.Services, showWarnings: true, Pages(ProfilePages.Sco, ProfilePages.Pif));

        Assert.Equal(ImportCommand.Success, run.ExitCode);
        var heading = run.Output.IndexOf("Warnings:");
        Assert.True(heading > 0, string.Join('\n', run.Output));
        var warning = Assert.Single(run.Output[(heading + 1)..]);
        Assert.StartsWith("  pif-2020.txt line 4: ", warning, StringComparison.Ordinal);
        Assert.Contains("'Micronezia'", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_never_becomes_ready_gets_no_page_and_the_exit_code_is_1()
    {
        NeverReadyStore? store = null;
        // No seed: it would import at start-up, before the command waits.
        using var api = Api().WithSetting("Graph:SeedOnStartup", "false").WithServices(s => DelegatingGraphStore.Decorate(s, inner => store = new NeverReadyStore(inner)));

        var run = await RunAsync(api.Services, showWarnings: false, Pages(ProfilePages.Norway), readyTimeout: TimeSpan.FromMilliseconds(300));

        Assert.Equal(ImportCommand.Failure, run.ExitCode);
        Assert.Contains("Waiting for the graph store: still starting (test)", run.Progress);
        Assert.Contains(run.Progress, l => l.StartsWith("import: the graph store is not ready after ", StringComparison.Ordinal) && l.EndsWith("nothing was imported.", StringComparison.Ordinal));
        Assert.Empty(run.Output);
        Assert.Equal(0, store!.ImportCalls);
        Assert.Empty(KeptFiles());
    }

    [Fact]
    public async Task On_Neo4j_the_command_waits_for_the_start_up_seed_and_imports_into_the_database()
    {
        using var neo4j = new FakeNeo4jGraph(empty: true);
        using var api = new ApiFactory().WithStandInNeo4j(neo4j);

        var run = await RunAsync(api.Services, showWarnings: false, Pages(ProfilePages.Norway, ProfilePages.Pif, ProfilePages.Sco));

        Assert.True(run.ExitCode == ImportCommand.Success, string.Join('\n', run.Progress.Concat(run.Output)));
        Assert.Contains(run.Progress, l => l.StartsWith("Store: Neo4j at ", StringComparison.Ordinal) && l.EndsWith(": 1 profile, 27 entries", StringComparison.Ordinal));
        var served = await api.PostGraphQLAsync("{ profiles { id } entries { totalCount } }");
        Assert.Equal(["profile:asean", "profile:norway", "profile:pif", "profile:sco"], Ids(served.Data.GetProperty("profiles")));
        Assert.Equal(37, served.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
    }

    private ApiFactory Api() => new ApiFactory().WithSetting("Graph:DataDirectory", _dataDirectory);

    [Fact]
    public void A_relative_path_that_is_not_there_names_the_folder_it_was_read_from()
    {
        // dotnet run --project src/AseanCyber.Api runs the command in the project's folder, not the shell's: "pages/" from
        // the repository root was "no such file or folder" with nothing to say where it had looked.
        var folder = Pages(ProfilePages.Norway);

        var (_, errors) = PageFiles.Read(["pages/missing.txt", Path.Combine(folder, "gone.txt")], folder);

        Assert.Equal(
            [
                $"pages/missing.txt: no such file or folder (relative paths are read from {folder}; give an absolute path)",
                $"{Path.Combine(folder, "gone.txt")}: no such file or folder",
            ],
            errors);
    }

    private string Pages(params string[] names)
    {
        var folder = ProfilePages.NewFolderWith(names);
        _folders.Add(folder);
        return folder;
    }

    private List<string> KeptFiles() =>
        [.. Directory.GetFiles(_dataDirectory, "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static async Task<Run> RunAsync(IServiceProvider services, bool showWarnings, string folder, TimeSpan? readyTimeout = null)
    {
        var (pages, errors) = PageFiles.Read([folder], Directory.GetCurrentDirectory());
        Assert.Empty(errors);
        using var output = new StringWriter();
        using var progress = new StringWriter();
        var code = await ImportCommand.RunAsync(services, pages, showWarnings, output, progress, readyTimeout ?? TimeSpan.FromSeconds(30), CancellationToken.None);
        return new Run(code, Lines(output), Lines(progress));
    }

    private static List<string> Lines(StringWriter writer) =>
        writer.ToString() is { Length: > 0 } text ? [.. text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')] : [];

    /// <summary>A summary row's cells: columns are separated by two spaces or more, the last cell (the result) is the rest.</summary>
    private static string[] Cells(string row) => ColumnGap().Split(row.Trim(), 5);

    private static List<string?> Ids(System.Text.Json.JsonElement list) =>
        [.. list.EnumerateArray().Select(p => p.GetProperty("id").GetString()).Order(StringComparer.Ordinal)];

    [GeneratedRegex(" {2,}")]
    private static partial Regex ColumnGap();

    private sealed record Run(int ExitCode, List<string> Output, List<string> Progress)
    {
        public List<string> ProgressLines => [.. Progress.Where(l => l.StartsWith('['))];
    }

    private sealed class NeverReadyStore(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        public int ImportCalls { get; private set; }

        public override Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new StoreHealth(false, "still starting (test)"));

        public override Task<IReadOnlyList<ImportOutcome>> ImportProfilesAsync(IReadOnlyList<ProfileDocument> documents, CancellationToken cancellationToken)
        {
            ImportCalls++;
            return base.ImportProfilesAsync(documents, cancellationToken);
        }
    }
}
