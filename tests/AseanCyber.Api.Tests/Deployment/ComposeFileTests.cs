using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AseanCyber.Api.Tests.Contract;
using AseanCyber.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using static AseanCyber.Api.Tests.Deployment.ComposeFile;

namespace AseanCyber.Api.Tests.Deployment;

/// <summary>
/// docker-compose.yml's contract: Neo4j 5 with a password from a variable (with a documented default), a named data volume
/// and a healthcheck; the API built from the root Dockerfile, started once Neo4j is healthy, pointed at it with the same
/// credentials. No Docker engine is needed: the file is read as YAML, and DCLint checks it against the Compose schema.
/// </summary>
public sealed partial class ComposeFileTests
{
    private readonly ComposeFile _compose = ComposeFile.Load();

    [Fact]
    public void Neo4j_runs_the_5_x_image_with_a_password_variable_and_a_usable_default()
    {
        var neo4j = _compose.Service("neo4j");
        Assert.StartsWith("neo4j:5", Scalar(neo4j, "image"), StringComparison.Ordinal);

        var auth = Neo4jAuth();
        Assert.Equal("neo4j", auth.User);
        Assert.True(auth.Default.Length >= 8, $"Neo4j refuses passwords shorter than 8 characters: '{auth.Default}'.");
        Assert.NotEqual("neo4j", auth.Default);
    }

    [Fact]
    public void Neo4j_keeps_its_data_on_a_named_volume()
    {
        var data = Assert.Single(Volumes(_compose.Service("neo4j")), v => v.Target == "/data");

        Assert.False(string.IsNullOrEmpty(data.Source));
        Assert.False(data.Source!.StartsWith('.') || data.Source.StartsWith('/'), $"/data is a bind mount ({data.Source}), not a named volume.");
        Assert.NotNull(Get(Get(_compose.Root, "volumes"), data.Source));
    }

    [Fact]
    public void Api_starts_once_neo4j_is_healthy()
    {
        var dependsOn = Get(_compose.Service("api"), "depends_on");

        Assert.Equal("service_healthy", Scalar(Get(dependsOn, "neo4j"), "condition"));
    }

    [Fact]
    public void Api_uses_the_neo4j_service_with_the_credentials_neo4j_was_given()
    {
        var env = ComposeFile.Environment(_compose.Service("api"));
        var auth = Neo4jAuth();

        Assert.Equal("Neo4j", env["Graph__Provider"]);
        Assert.Equal("http://neo4j:7474", env["Neo4j__Uri"]);
        Assert.Equal(auth.User, env["Neo4j__User"]);
        Assert.Equal(auth.Expression, env["Neo4j__Password"]);
        Assert.False(env.ContainsKey("Neo4j__Token"), "Basic auth and a token at once: the API would have to pick one.");
    }

    [Fact]
    public void Api_takes_its_key_from_a_variable_that_defaults_to_empty()
    {
        var env = ComposeFile.Environment(_compose.Service("api"));

        Assert.Equal("${ASEANCYBER_API_KEY:-}", env["Auth__ApiKey"]);
    }

    [Fact]
    public void Every_variable_the_compose_file_reads_is_documented()
    {
        var root = SchemaSnapshotTests.RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var envExample = Path.Combine(root, ".env.example");
        var variables = VariableReference().Matches(_compose.Text).Select(m => m.Groups["name"].Value).Distinct().ToList();

        Assert.NotEmpty(variables);
        foreach (var variable in variables)
        {
            Assert.True(readme.Contains(variable, StringComparison.Ordinal), $"README.md does not mention {variable}.");
            if (File.Exists(envExample))
            {
                Assert.Matches(new Regex($"(?m)^{variable}=", RegexOptions.CultureInvariant), File.ReadAllText(envExample));
            }
        }

        var auth = Neo4jAuth();
        Assert.True(readme.Contains(auth.Default, StringComparison.Ordinal), $"README.md does not give {auth.Variable}'s default ({auth.Default}).");
    }

    /// <summary>Runs the api healthcheck's command (on this machine, against the app on a free port instead of 8080).</summary>
    [SkippableFact]
    public async Task Api_healthcheck_passes_when_ready_and_fails_when_not_ready_or_down()
    {
        var test = Strings(Get(Get(_compose.Service("api"), "healthcheck"), "test"));
        Assert.Equal("CMD", test[0]);
        var program = ExternalTools.FindOnPath(test[1]);
        ExternalTools.Require(program is not null, $"{test[1]} is needed to run the api healthcheck's command");

        using (var ready = new ApiFactory())
        {
            var run = await RunHealthcheckAsync(program!, test, ready.StartKestrel().Port);
            Assert.True(run.ExitCode == 0, "Healthcheck failed against a ready API: " + run);
        }

        // A failing check tagged "ready" makes /health/ready answer 503; Fatal keeps its expected error logs quiet.
        using (var notReady = new ApiFactory()
                   .WithSetting("Serilog:MinimumLevel:Default", "Fatal")
                   .WithServices(s => s.AddHealthChecks().AddCheck("down", () => HealthCheckResult.Unhealthy("down"), tags: ["ready"])))
        {
            var run = await RunHealthcheckAsync(program!, test, notReady.StartKestrel().Port);
            Assert.True(run.ExitCode != 0, "Healthcheck passed although /health/ready answers 503: " + run);
        }

        // Bound but not listening: connecting is refused, and no server of a test running alongside can take the port meanwhile
        // (a port freed by a stopped app could be handed to the next app that asks for a free one).
        using var unused = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        unused.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var down = await RunHealthcheckAsync(program!, test, ((IPEndPoint)unused.LocalEndPoint!).Port);
        Assert.True(down.ExitCode != 0, "Healthcheck passed with nothing listening: " + down);
    }

    private static Task<ProcessResult> RunHealthcheckAsync(string program, IReadOnlyList<string> test, int port) =>
        ExternalTools.RunAsync(
            program,
            test.Skip(2).Select(a => a.Replace("/8080", "/" + port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)),
            Path.GetTempPath(),
            TimeSpan.FromSeconds(30));

    /// <summary>NEO4J_AUTH = "user/${VARIABLE:-default}".</summary>
    private (string User, string Expression, string Variable, string Default) Neo4jAuth()
    {
        var value = ComposeFile.Environment(_compose.Service("neo4j"))["NEO4J_AUTH"];
        var match = Neo4jAuthValue().Match(value);
        Assert.True(match.Success, $"NEO4J_AUTH should be user/${{VARIABLE:-default}}, not '{value}'.");
        return (match.Groups["user"].Value, match.Groups["expression"].Value, match.Groups["variable"].Value, match.Groups["default"].Value);
    }

    [GeneratedRegex(@"^(?<user>[^/]+)/(?<expression>\$\{(?<variable>[A-Z][A-Z0-9_]*):-(?<default>[^}]+)\})$")]
    private static partial Regex Neo4jAuthValue();

    /// <summary>Compose interpolation: $VAR, ${VAR}, ${VAR:-default}, ...; "$$" is a literal dollar.</summary>
    [GeneratedRegex(@"(?<!\$)\$(?:\{(?<name>[A-Za-z_][A-Za-z0-9_]*)|(?<name>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex VariableReference();
}
