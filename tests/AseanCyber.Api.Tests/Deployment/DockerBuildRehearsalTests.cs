using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AseanCyber.Api.Tests.Contract;
using Xunit.Abstractions;

namespace AseanCyber.Api.Tests.Deployment;

/// <summary>
/// No Docker engine runs here, so the Dockerfile is rehearsed on this machine instead of read as text: each stage gets a
/// folder as its file system, COPY copies from the build context as .dockerignore leaves it (or from an earlier stage),
/// RUN runs its command there (absolute paths rebased into the stage's folder), ENV, WORKDIR and USER apply as Docker
/// applies them, and the final stage's ENTRYPOINT is started as its USER. What the rehearsal cannot check is the base
/// images themselves; what it does check is everything this repository decides: that the restore layer has every
/// project it needs, that every copied path exists and is in the context, that the publish step works without npm's
/// own install, and that the image's app answers on its declared port as a non-root user that can write App_Data.
/// </summary>
[Trait(Tier.Name, Tier.External)]
public sealed partial class DockerBuildRehearsalTests(ITestOutputHelper output)
{
    // The aspnet and sdk images' own ENV (mcr.microsoft.com/dotnet/aspnet:10.0 defines APP_UID for its non-root user).
    private static readonly Dictionary<string, string> BaseImageEnvironment = new(StringComparer.Ordinal)
    {
        ["APP_UID"] = "1654",
        ["ASPNETCORE_HTTP_PORTS"] = "8080",
    };

    private readonly string _root = SchemaSnapshotTests.RepositoryRoot();

    [SkippableFact]
    public async Task Rehearsed_image_serves_the_api_on_its_declared_port_as_a_non_root_user()
    {
        ExternalTools.Require(ExternalTools.FindOnPath("npm") is not null, "npm is needed to rehearse the Dockerfile's npm stage");
        ExternalTools.Require(OperatingSystem.IsLinux() && Environment.UserName == "root", "rehearsing USER needs root (setpriv) on Linux");
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var dockerfile = Dockerfile.Load();
        var work = Directory.CreateTempSubdirectory("aseancyber-image-");
        try
        {
            var final = await RehearseAsync(dockerfile, work.FullName);

            var declaredPort = final.Environment["ASPNETCORE_HTTP_PORTS"];
            Assert.Contains(declaredPort, final.Exposed);
            Assert.False(final.User is null or "root" or "0", $"The image runs as {final.User ?? "root"}.");
            await ServesAsync(final);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private async Task<Stage> RehearseAsync(Dockerfile dockerfile, string work)
    {
        var stages = new List<Stage>();
        Stage? current = null;
        foreach (var instruction in dockerfile.Instructions)
        {
            switch (instruction.Keyword)
            {
                case "FROM":
                    var words = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var name = words.Length >= 3 && words[^2].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[^1] : null;
                    current = new Stage(name, Path.Combine(work, "stage" + stages.Count.ToString(CultureInfo.InvariantCulture)), new(BaseImageEnvironment, StringComparer.Ordinal));
                    Directory.CreateDirectory(current.Root);
                    stages.Add(current);
                    break;
                case "WORKDIR":
                    current!.WorkDir = Path.IsPathRooted(instruction.Arguments) ? instruction.Arguments : Path.Combine(current.WorkDir, instruction.Arguments);
                    Directory.CreateDirectory(current.InRoot(current.WorkDir));
                    break;
                case "ENV":
                    foreach (Match m in EnvAssignment().Matches(instruction.Arguments))
                    {
                        current!.Environment[m.Groups["key"].Value] = current.Expand(m.Groups["value"].Value);
                    }

                    break;
                case "COPY":
                    Copy(dockerfile, instruction, current!, stages);
                    break;
                case "RUN":
                    await RunAsync(current!, instruction.Arguments);
                    break;
                case "USER":
                    current!.User = current.Expand(instruction.Arguments);
                    break;
                case "EXPOSE":
                    current!.Exposed.AddRange(instruction.Words.Select(w => w.Split('/')[0]));
                    break;
                case "ENTRYPOINT":
                    current!.Entrypoint = instruction.Words;
                    break;
                default:
                    Assert.Fail($"The rehearsal does not know {instruction.Keyword}; teach it before using it in the Dockerfile.");
                    break;
            }
        }

        return current ?? throw new InvalidOperationException("The Dockerfile has no FROM.");
    }

    private void Copy(Dockerfile dockerfile, Dockerfile.Instruction instruction, Stage stage, List<Stage> stages)
    {
        var from = instruction.Flag("from");
        var source = from is null ? null : stages.Single(s => s.Name == from);
        var destination = stage.InRoot(Path.IsPathRooted(instruction.Destination)
            ? instruction.Destination
            : Path.Combine(stage.WorkDir, instruction.Destination));
        foreach (var path in instruction.Sources)
        {
            string full;
            if (source is null)
            {
                Assert.False(dockerfile.IsIgnored(path.TrimEnd('/')), $"COPY {path}: .dockerignore leaves it out of the build context.");
                full = Path.Combine(_root, path);
            }
            else
            {
                full = source.InRoot(path);
            }

            if (Directory.Exists(full))
            {
                CopyDirectory(dockerfile, full, destination, source is null ? path.TrimEnd('/') : null);
            }
            else
            {
                Assert.True(File.Exists(full), $"COPY {path}: no such path in {(source is null ? "the build context" : "stage " + from)}.");
                var target = instruction.Destination.EndsWith('/') || instruction.Sources.Count > 1 ? Path.Combine(destination, Path.GetFileName(full)) : destination;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(full, target, overwrite: true);
            }
        }
    }

    /// <summary>A directory's contents (not the directory itself, as Docker copies), less what .dockerignore excludes.</summary>
    private static void CopyDirectory(Dockerfile dockerfile, string from, string to, string? contextPath)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in Directory.EnumerateFileSystemEntries(from))
        {
            var name = Path.GetFileName(entry);
            var entryContextPath = contextPath is null ? null : contextPath + "/" + name;
            if (entryContextPath is not null && dockerfile.IsIgnored(entryContextPath))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                CopyDirectory(dockerfile, entry, Path.Combine(to, name), entryContextPath);
            }
            else
            {
                File.Copy(entry, Path.Combine(to, name), overwrite: true);
            }
        }
    }

    private async Task RunAsync(Stage stage, string command)
    {
        // Absolute paths in the command ("-o /app") live in the stage's file system.
        var rebased = AbsolutePath().Replace(command, m => m.Groups["lead"].Value + stage.Root + m.Groups["path"].Value);
        var environment = stage.Environment.Select(p => $"{p.Key}={ShellQuote(p.Value)} ");
        var result = await ExternalTools.RunAsync(
            "bash",
            ["-c", "export " + string.Concat(environment) + "; " + rebased],
            stage.InRoot(stage.WorkDir),
            TimeSpan.FromMinutes(10));
        output.WriteLine($"RUN {command}: exit {result.ExitCode}");
        Assert.True(result.ExitCode == 0, $"RUN {command} failed:\n{result}");
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static async Task ServesAsync(Stage final)
    {
        var port = FreePort();
        var uid = final.User!;
        MakeReadableBy(final.Root);
        var arguments = new List<string> { $"--reuid={uid}", $"--regid={uid}", "--clear-groups", "--" };
        arguments.AddRange(final.Entrypoint);
        var start = new System.Diagnostics.ProcessStartInfo("setpriv")
        {
            WorkingDirectory = final.InRoot(final.WorkDir),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        arguments.ForEach(start.ArgumentList.Add);
        foreach (var (key, value) in final.Environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["HOME"] = final.InRoot(final.WorkDir);
        using var app = System.Diagnostics.Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        app.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        app.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
            var ready = false;
            for (var attempt = 0; attempt < 120 && !ready && !app.HasExited; attempt++)
            {
                try
                {
                    using var health = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                    ready = health.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet, or too busy starting to answer within the client's 10 s: poll again.
                }

                if (!ready)
                {
                    await Task.Delay(500);
                }
            }

            Assert.True(ready, "The rehearsed image never became ready:\n" + log);

            using var ide = new HttpRequestMessage(HttpMethod.Get, new Uri("graphql/", UriKind.Relative));
            ide.Headers.Accept.ParseAdd("text/html");
            using var page = await http.SendAsync(ide);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Banana Cake Pop", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // The explorer's page and its graph library are published too.
            using var explorer = await http.GetAsync(new Uri("explore/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, explorer.StatusCode);
            Assert.Contains("AseanCyber explorer", await explorer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var library = await http.GetAsync(new Uri("explore/vendor/cytoscape.esm.min.mjs", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, library.StatusCode);

            using var body = new StringContent("""{"query":"{ country(code: \"JP\") { name } }"}""", System.Text.Encoding.UTF8, "application/json");
            using var query = await http.PostAsync(new Uri("graphql", UriKind.Relative), body);
            Assert.Equal(HttpStatusCode.OK, query.StatusCode);
            Assert.Contains("\"Japan\"", await query.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void MakeReadableBy(string root)
    {
        // The temp folder is private to root; the image's user only needs to pass through it and read the app.
        for (var dir = new DirectoryInfo(root); dir is not null && dir.FullName != Path.GetTempPath().TrimEnd('/'); dir = dir.Parent)
        {
            dir.UnixFileMode |= UnixFileMode.OtherExecute | UnixFileMode.OtherRead;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>""[^""]*""|\S+)")]
    private static partial Regex EnvAssignment();

    [GeneratedRegex(@"(?<lead>^|\s)(?<path>/[A-Za-z][^\s]*)")]
    private static partial Regex AbsolutePath();

    private sealed class Stage(string? name, string root, Dictionary<string, string> environment)
    {
        public string? Name { get; } = name;

        public string Root { get; } = root;

        public Dictionary<string, string> Environment { get; } = environment;

        public string WorkDir { get; set; } = "/";

        public string? User { get; set; }

        public List<string> Exposed { get; } = [];

        public IReadOnlyList<string> Entrypoint { get; set; } = [];

        public string InRoot(string absolute) => Path.Combine(Root, absolute.TrimStart('/'));

        public string Expand(string value) => Variable().Replace(value.Trim('"'), m =>
            Environment.TryGetValue(m.Groups["name"].Value, out var v) ? v : "");
    }

    [GeneratedRegex(@"\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)\}?")]
    private static partial Regex Variable();
}
