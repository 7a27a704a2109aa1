using System.Diagnostics;
using System.Text;
using Xunit;

namespace AseanCyber.Testing;

/// <summary>Helpers for tests that drive programs outside .NET (node, npm, a browser).</summary>
public static class ExternalTools
{
    private static readonly SemaphoreSlim NpmGate = new(1, 1);

    /// <summary>True when running under CI (<c>CI=true</c>), where a missing prerequisite is a failure, not a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test when <paramref name="available"/> is false, except under CI, where it fails with the reason.</summary>
    public static void Require(bool available, string reason)
    {
        if (available)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail($"{reason} (CI=true, so this fails instead of skipping)");
        }

        Skip.If(true, reason);
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>A path in the running test project's source tree (tests run from bin/; the node scripts live in the source).</summary>
    public static string SourcePath(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.csproj").Any())
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new DirectoryNotFoundException($"No test project above {AppContext.BaseDirectory}.");
    }

    /// <summary>The repository's root: the folder holding AseanCyber.sln.</summary>
    public static string RepositoryRoot() => FindAbove("AseanCyber.sln");

    private static string FindAbove(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, fileName)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"{fileName} not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>
    /// Runs <c>npm ci</c> in <paramref name="directory"/> unless node_modules is newer than the lock. One at a time: tests
    /// running in parallel must not install into the same folder together.
    /// </summary>
    public static async Task NpmCiIfStaleAsync(string npm, string directory)
    {
        await NpmGate.WaitAsync();
        try
        {
            var installed = new FileInfo(Path.Combine(directory, "node_modules", ".package-lock.json"));
            var lockFile = new FileInfo(Path.Combine(directory, "package-lock.json"));
            if (installed.Exists && installed.LastWriteTimeUtc >= lockFile.LastWriteTimeUtc)
            {
                return;
            }

            var result = await RunAsync(npm, ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5));
            Assert.True(result.ExitCode == 0, $"npm ci in {directory} failed ({result.ExitCode}):\n{result.StandardError}");
        }
        finally
        {
            NpmGate.Release();
        }
    }

    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => new StringBuilder()
        .Append("exit ").Append(ExitCode).AppendLine()
        .AppendLine(StandardOutput)
        .AppendLine(StandardError)
        .ToString();
}
