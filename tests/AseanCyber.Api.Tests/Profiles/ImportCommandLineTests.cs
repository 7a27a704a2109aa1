using System.Net;
using System.Net.Sockets;
using AseanCyber.Api.Cli;
using AseanCyber.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Profiles;

/// <summary>Runs alone: these tests swap the process's Console.Out and Console.Error to read what the command prints.</summary>
[CollectionDefinition(nameof(ProcessConsole), DisableParallelization = true)]
public sealed class ProcessConsole;

/// <summary>
/// <c>import</c> through the app's real entry point (Program.cs) in this process, as <c>dotnet run -- import ...</c> runs
/// it: the dispatch, the host it builds, the settings it takes from the command line, its exit codes and usage errors.
/// </summary>
[Collection(nameof(ProcessConsole))]
public sealed class ImportCommandLineTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("aseancyber-import-cli-").FullName;
    private readonly string _pages = ProfilePages.NewFolderWith(ProfilePages.Truncated, ProfilePages.Norway, ProfilePages.Pif, ProfilePages.Sco);

    public void Dispose()
    {
        Directory.Delete(_dataDirectory, recursive: true);
        Directory.Delete(_pages, recursive: true);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0()
    {
        var run = await MainAsync("import", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Usage: dotnet run --project src/AseanCyber.Api -- import [options] <file.txt or folder>...", run.Output, StringComparison.Ordinal);
        Assert.Contains("--warnings", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("", "import: no page given")]
    [InlineData("missing.txt", "import: {pages}/missing.txt: no such file or folder")]
    [InlineData("notes.md", "import: {pages}/notes.md: not a .txt file")]
    [InlineData("empty", "import: {pages}/empty: the folder has no .txt file")]
    [InlineData("--bogus pif-2020.txt", "import: unknown option '--bogus'")]
    public async Task Usage_errors_exit_2_name_the_problem_and_import_nothing(string words, string expected)
    {
        // Paths relative to the pages folder, given absolute: the test runner's working directory is not the command's.
        await File.WriteAllTextAsync(Path.Combine(_pages, "notes.md"), "# notes\n");
        Directory.CreateDirectory(Path.Combine(_pages, "empty"));
        var args = words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.StartsWith('-') ? w : Path.Combine(_pages, w))
            .Prepend($"--Graph:DataDirectory={_dataDirectory}")
            .Prepend("import")
            .ToArray();

        var run = await MainAsync(args);

        Assert.Equal(2, run.ExitCode);
        var expectedLine = expected.Replace("{pages}/", _pages + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(expectedLine, StringComparison.Ordinal));
        Assert.Equal("Run 'import --help' for the usage.", run.ErrorLines[^1]);
        Assert.Equal("", run.Output);
        Assert.Empty(Directory.GetFileSystemEntries(_dataDirectory));
    }

    [Fact]
    public async Task A_folder_with_a_broken_page_exits_1_keeps_the_others_and_opens_no_port()
    {
        // Kestrel would fail to bind this port: the command must not try.
        using var held = new TcpListener(IPAddress.Loopback, 0);
        held.Start();
        var port = ((IPEndPoint)held.LocalEndpoint).Port;

        var run = await MainAsync("import", $"--urls=http://127.0.0.1:{port}", $"--Graph:DataDirectory={_dataDirectory}", _pages);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["[1/4] coe-truncated.txt", "[2/4] norway-2019.txt", "[3/4] pif-2020.txt", "[4/4] sco-2018.txt"],
            run.ErrorLines.Where(l => l.StartsWith('[')).Select(l => l[..l.IndexOf("  ", StringComparison.Ordinal)]));
        Assert.Contains(run.OutputLines, l => l.StartsWith("coe-truncated.txt ", StringComparison.Ordinal) && l.Contains("IMPORT_REJECTED: ", StringComparison.Ordinal));
        Assert.Equal(3, run.OutputLines.Count(l => l.EndsWith("  kept", StringComparison.Ordinal)));
        Assert.Contains("4 pages: 3 kept (10 entries, 1 warning), 1 not kept.", run.OutputLines);
        Assert.DoesNotContain('\u001b', run.Output + run.Error);
        Assert.Equal(["norway.txt", "pif.txt", "sco.txt"], Directory.GetFiles(_dataDirectory, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        using var api = new ApiFactory().WithSetting("Graph:DataDirectory", _dataDirectory);
        var served = await api.PostGraphQLAsync("""{ node(id: "profile:norway") { ... on Profile { name document entries { totalCount } } } }""");
        Assert.True(served.Errors.Count == 0, served.ToString());
        var norway = served.Data.GetProperty("node");
        Assert.Equal("Norway", norway.GetProperty("name").GetString());
        Assert.Equal("norway-2019.txt", norway.GetProperty("document").GetString());
        Assert.Equal(4, norway.GetProperty("entries").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Files_named_one_by_one_all_kept_exit_0_and_a_setting_after_an_absolute_path_still_applies()
    {
        var run = await MainAsync(
            "import",
            Path.Combine(_pages, ProfilePages.Sco),
            $"--Graph:DataDirectory={_dataDirectory}",
            Path.Combine(_pages, ProfilePages.Norway),
            "--warnings");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Equal(["[1/2] sco-2018.txt  profile:sco  3 entries  0 warnings", "[2/2] norway-2019.txt  profile:norway  4 entries  0 warnings"], run.ErrorLines.Where(l => l.StartsWith('[')));
        Assert.Contains("2 pages: 2 kept (7 entries, 0 warnings), 0 not kept.", run.OutputLines);
        Assert.Equal(["norway.txt", "sco.txt"], Directory.GetFiles(_dataDirectory, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    [InlineData(new[] { "--environment", "Production" }, false)]
    [InlineData(new[] { "--urls=http://127.0.0.1:5000", "import" }, false)]
    [InlineData(new[] { "Import", "a.txt" }, false)]
    [InlineData(new[] { "import" }, true)]
    [InlineData(new[] { "import", "--help" }, true)]
    public void Only_import_as_the_first_word_runs_the_command(string[] args, bool command)
    {
        Assert.Equal(command, ImportCommand.IsInvocation(args));
    }

    [Fact]
    public async Task The_server_builder_keeps_ASP_NET_arguments_and_listens_with_Kestrel()
    {
        await using var app = ImportCommand.CreateBuilder(["--urls=http://127.0.0.1:5999", "--environment", "Staging"]).Build();

        Assert.Equal("http://127.0.0.1:5999", app.Configuration["urls"]);
        Assert.Equal("Staging", app.Environment.EnvironmentName);
        Assert.IsNotType<NoListeningServer>(app.Services.GetRequiredService<IServer>());
    }

    [Fact]
    public async Task The_command_builder_takes_only_settings_from_the_command_line_and_listens_nowhere()
    {
        await using var app = ImportCommand.CreateBuilder(["import", "/srv/pages/a.txt", "--Graph:DataDirectory=/srv/data", "--warnings", "b.txt"]).Build();

        Assert.Equal("/srv/data", app.Configuration["Graph:DataDirectory"]);
        Assert.Null(app.Configuration["srv/pages/a.txt"]);
        Assert.Null(app.Configuration["warnings"]);
        Assert.Equal("Warning", app.Configuration["Serilog:MinimumLevel:Default"]);
        Assert.IsType<NoListeningServer>(app.Services.GetRequiredService<IServer>());
    }

    /// <summary>Runs Program's entry point on a pool thread with the console captured.</summary>
    private static async Task<Run> MainAsync(params string[] args)
    {
        var entryPoint = typeof(Program).Assembly.EntryPoint!;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var result = await Task.Run(() => entryPoint.Invoke(null, [args]));
            var code = result is Task<int> task ? await task : (int)result!;
            return new Run(code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }

    private sealed record Run(int ExitCode, string Output, string Error)
    {
        public List<string> OutputLines => Lines(Output);

        public List<string> ErrorLines => Lines(Error);

        private static List<string> Lines(string text) => text.Length == 0 ? [] : [.. text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')];
    }
}
