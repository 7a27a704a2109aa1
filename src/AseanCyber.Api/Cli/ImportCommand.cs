using System.Diagnostics;
using System.Globalization;
using AseanCyber.Api.Operations;
using AseanCyber.Api.Profiles;
using AseanCyber.Api.Store;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Cli;

/// <summary>
/// <c>import &lt;files or folders&gt;</c>: imports profile pages into the configured store without serving HTTP. It runs the
/// app's own host (the same registrations as the server, built by Program.cs) with a server that listens nowhere, so
/// whatever the host starts (the Neo4j schema and seed, a store's loading) runs as it does for the server; it then waits
/// until the store reports ready, reads every page, and hands the pages read to the store in one
/// <see cref="IGraphStore.ImportProfilesAsync"/> call. Progress goes to standard error, the summary to standard output.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    /// <summary>How long the command waits for the store to report ready (Neo4j starting, its schema being applied).</summary>
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    // Defaults before the user's settings, which come later on the same command line and so win.
    private static readonly string[] QuietLog =
    [
        "--Serilog:MinimumLevel:Default=Warning",
        "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning",
        $"--{SerilogConsole.StandardErrorFromLevelKey}=Verbose",
    ];

    public const string Usage = """
        Usage: dotnet run --project src/AseanCyber.Api -- import [options] <file.txt or folder>...

        Imports Cyber Policy Portal profile pages (plain-text exports) into the graph store the server is configured
        with (Graph:Provider: the embedded graph, kept in Graph:DataDirectory, or Neo4j), without starting the web
        server. A folder stands for its *.txt files (not its subfolders), in name order. Each page is kept whole or not
        at all; a page that fails does not stop the others. A page replaces the profile of the same name. Two pages of
        one run that are the same profile are both refused (DUPLICATE_PROFILE).

        Progress (a line per page as it is read) goes to standard error; the summary (a row per page, then the totals)
        goes to standard output.

        Options:
          --warnings     after the summary, print every warning with its page and line
          --Key=value    a setting, as on the server's command line (environment variables work too):
                         --Graph:DataDirectory=/srv/profiles, --Graph:Provider=Neo4j --Neo4j:Uri=http://localhost:7474,
                         --environment=Production. The log shows warnings and errors only, on standard error,
                         unless --Serilog:MinimumLevel:Default=Information.
          --             every word after it is a path, even one that begins with '-'
          -h, --help     this text

        Exit codes: 0 every page kept; 1 some page not kept, or the store not ready within 60 s;
                    2 usage error (no page given, a missing path, a file that is not .txt, an unknown option).

        """;

    /// <summary>Whether the process was started as the command (<c>import</c> first) rather than as the server.</summary>
    public static bool IsInvocation(IReadOnlyList<string> args) => args is [Name, ..];

    /// <summary>
    /// The server's builder for the server; for the command, a builder that gets only the command's <c>--Key=value</c>
    /// settings (never its paths) and whose server listens nowhere. Program.cs then registers the app on either.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!IsInvocation(args))
        {
            return WebApplication.CreateBuilder(args);
        }

        var arguments = ImportArguments.Parse(args.Skip(1));
        var builder = WebApplication.CreateBuilder([.. QuietLog, .. arguments.Settings]);
        builder.Services.AddSingleton<IServer, NoListeningServer>();
        return builder;
    }

    /// <summary>Runs the command on the app Program.cs built with <see cref="CreateBuilder"/>, then disposes it; returns the exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var output = Console.Out;
        var progress = Console.Error;
        await using (app)
        {
            var arguments = ImportArguments.Parse(args.Skip(1));
            if (arguments.Help)
            {
                await output.WriteAsync(Usage);
                return Success;
            }

            var (pages, pathErrors) = PageFiles.Read(arguments.Paths, Directory.GetCurrentDirectory());
            List<string> errors = [.. arguments.Errors, .. pathErrors];
            if (arguments.Paths.Count == 0)
            {
                errors.Add("no page given: name .txt files or folders of them");
            }

            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    await progress.WriteLineAsync($"import: {error}");
                }

                await progress.WriteLineAsync("Run 'import --help' for the usage.");
                return UsageError;
            }

            try
            {
                await app.StartAsync();
            }
            catch (Exception e) when (e is InvalidOperationException or OptionsValidationException or GraphStoreException)
            {
                await progress.WriteLineAsync($"import: the app cannot start: {e.Message}");
                return Failure;
            }

            var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            try
            {
                return await RunAsync(app.Services, pages, arguments.ShowWarnings, output, progress, ReadyTimeout, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                await progress.WriteLineAsync("import: cancelled; any page the store had already kept stays kept.");
                return Failure;
            }
            finally
            {
                await app.StopAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>The command on a started host's services: reads every page, then imports those read in one store call.</summary>
    public static async Task<int> RunAsync(
        IServiceProvider services,
        IReadOnlyList<PageFile> pages,
        bool showWarnings,
        TextWriter output,
        TextWriter progress,
        TimeSpan readyTimeout,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(progress);

        var importer = services.GetRequiredService<ProfileImporter>();
        var read = new List<PageImport>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = ProfileBatchImport.Parse(importer, i, new ProfilePage(pages[i].Text, pages[i].DocumentName));
            read.Add(page);
            await progress.WriteLineAsync(ImportReport.ProgressLine(i + 1, pages.Count, pages[i].Display, page));
        }

        IReadOnlyList<PageImport> results = read;
        if (read.Any(p => p.Document is not null))
        {
            IGraphStore store;
            try
            {
                store = services.GetRequiredService<IGraphStore>();
            }
            catch (Exception e) when (e is InvalidOperationException or GraphStoreException)
            {
                await progress.WriteLineAsync($"import: the graph store cannot start: {e.Message}; nothing was imported.");
                return Failure;
            }

            var health = await WaitUntilReadyAsync(store, services.GetService<GraphSeeder>(), readyTimeout, progress, cancellationToken);
            if (!health.IsReady)
            {
                await progress.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"import: the graph store is not ready after {readyTimeout.TotalSeconds:0} s ({health.Description}); nothing was imported."));
                return Failure;
            }

            await progress.WriteLineAsync($"Store: {health.Description}");
            var clock = Stopwatch.StartNew();
            results = await ProfileBatchImport.ImportAsync(store, read, cancellationToken);
            var after = await CheckHealthAsync(store, cancellationToken);
            await progress.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Imported in {clock.Elapsed.TotalSeconds:0.00} s. Store: {after.Description}"));
        }

        ImportReport.WriteSummary(output, [.. pages.Select(p => p.Display)], results, showWarnings);
        return results.All(r => r.Kept) ? Success : Failure;
    }

    /// <summary>Until the store can answer and the start-up seed is in, so the seed never lands over a page of this run.</summary>
    private static async Task<StoreHealth> WaitUntilReadyAsync(IGraphStore store, GraphSeeder? seeder, TimeSpan timeout, TextWriter progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            var health = await CheckHealthAsync(store, cancellationToken);
            if (health.IsReady && seeder?.NotReadyReason is { } seeding)
            {
                health = new StoreHealth(false, $"{health.Description}; {seeding}");
            }

            if (health.IsReady)
            {
                return health;
            }

            // Told before the deadline is checked, so a first check slower than the timeout still says what it waits for.
            if (!told)
            {
                await progress.WriteLineAsync($"Waiting for the graph store: {health.Description}");
                told = true;
            }

            if (clock.Elapsed >= timeout)
            {
                return health;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    private static async Task<StoreHealth> CheckHealthAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await store.CheckHealthAsync(cancellationToken);
        }
        catch (GraphStoreException e)
        {
            return new StoreHealth(false, $"{e.Code}: {e.Message}");
        }
    }
}
