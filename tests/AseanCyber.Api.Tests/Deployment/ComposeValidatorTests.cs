using Xunit.Abstractions;

namespace AseanCyber.Api.Tests.Deployment;

/// <summary>
/// DCLint (npm, pinned in compose-lint/package-lock.json) validates docker-compose.yml offline against the Compose
/// Specification's JSON schema, which it bundles, plus the rules in compose-lint/dclint.yaml. `docker compose config`
/// would need the Compose plugin, which is not installable here; Debian's docker-compose 1.29 predates the current spec.
/// </summary>
[Trait(Tier.Name, Tier.External)]
public sealed class ComposeValidatorTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Compose_file_passes_the_compose_spec_schema_and_the_lint_rules()
    {
        var run = await DclintAsync(ComposeFile.FilePath);
        output.WriteLine(run.ToString());

        Assert.True(run.ExitCode == 0, "DCLint rejected docker-compose.yml:\n" + run);
    }

    [SkippableFact]
    public async Task Validator_rejects_a_compose_file_that_breaks_the_schema()
    {
        var broken = Path.Combine(Directory.CreateTempSubdirectory("aseancyber-compose-").FullName, "docker-compose.yml");
        try
        {
            var text = await File.ReadAllTextAsync(ComposeFile.FilePath);
            Assert.Contains("condition: service_healthy", text, StringComparison.Ordinal);
            await File.WriteAllTextAsync(broken, text.Replace("condition: service_healthy", "condition: service_heathy", StringComparison.Ordinal));

            var run = await DclintAsync(broken);

            Assert.True(run.ExitCode != 0, "DCLint accepted an unknown depends_on condition:\n" + run);
            Assert.Contains("invalid-schema", run.StandardOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(broken)!, recursive: true);
        }
    }

    private static async Task<ProcessResult> DclintAsync(string composeFile)
    {
        var node = ExternalTools.FindOnPath("node");
        var npm = ExternalTools.FindOnPath("npm");
        ExternalTools.Require(node is not null && npm is not null, "node and npm are needed for DCLint (apt-get install -y nodejs npm)");
        var version = await ExternalTools.RunAsync(node!, ["--version"], Path.GetTempPath(), TimeSpan.FromSeconds(30));
        // DCLint 3 needs Node.js 20.19+; Debian 12's nodejs is 18, so .ci/run cannot promise it: skip rather than fail.
        Skip.IfNot(
            Version.TryParse(version.StandardOutput.Trim().TrimStart('v'), out var nodeVersion) && nodeVersion >= new Version(20, 19),
            $"DCLint needs Node.js 20.19 or later; this is {version.StandardOutput.Trim()}");

        var directory = ExternalTools.SourcePath("Deployment/compose-lint");
        await ExternalTools.NpmCiIfStaleAsync(npm!, directory);
        return await ExternalTools.RunAsync(
            node!,
            ["node_modules/dclint/bin/dclint.cjs", composeFile, "--config", "dclint.yaml", "--no-color"],
            directory,
            TimeSpan.FromMinutes(1));
    }
}
