using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AseanCyber.Api.Tests.Http;

/// <summary>
/// The GraphQL-over-HTTP spec authors' own conformance checks (graphql-http's <c>auditServer</c>), run by node against
/// the app on a real port. MUST failures fail the test; SHOULD and MAY findings are printed.
/// </summary>
[Trait(Tier.Name, Tier.External)]
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Endpoint_passes_every_MUST_of_the_graphql_http_audit()
    {
        var node = ExternalTools.FindOnPath("node");
        var npm = ExternalTools.FindOnPath("npm");
        ExternalTools.Require(node is not null && npm is not null, "node and npm are needed for the graphql-http audit (apt-get install -y nodejs npm)");
        var auditDirectory = ExternalTools.SourcePath("Http/audit");
        await ExternalTools.NpmCiIfStaleAsync(npm!, auditDirectory);

        using var api = new ApiFactory();
        var endpoint = new Uri(api.StartKestrel(), "graphql");
        var run = await ExternalTools.RunAsync(node!, ["audit.mjs", endpoint.ToString()], auditDirectory, TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, run.ToString());

        using var report = JsonDocument.Parse(run.StandardOutput);
        var results = report.RootElement.EnumerateArray().Select(r => new AuditResult(
            r.GetProperty("id").GetString()!,
            r.GetProperty("name").GetString()!,
            r.GetProperty("status").GetString()!,
            r.TryGetProperty("reason", out var reason) ? reason.GetString() : null)).ToList();

        foreach (var group in results.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{group.Key}: {group.Count()}");
        }

        foreach (var finding in results.Where(r => r.Status != "ok"))
        {
            output.WriteLine($"  [{finding.Status}] {finding.Id} {finding.Name}: {finding.Reason}");
        }

        Assert.True(results.Count >= 50, $"The audit ran only {results.Count} checks.");
        Assert.Contains(results, r => r.Name.StartsWith("MUST", StringComparison.Ordinal) && r.Status == "ok");
        var mustFailures = results.Where(r => r.Status == "error").Select(r => $"{r.Id} {r.Name}: {r.Reason}").ToList();
        Assert.True(mustFailures.Count == 0, "MUST failures:\n" + string.Join('\n', mustFailures));
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);
}
