using System.Net;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Graph.Testing;
using AseanCyber.Neo4j.QueryApi.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Neo4j;

/// <summary>The whole app with Graph:Provider=Neo4j, talking to a stand-in Neo4j.</summary>
internal static class StandInNeo4jApi
{
    public static ApiFactory WithStandInNeo4j(this ApiFactory api, FakeNeo4jGraph neo4j) => api
        .WithSetting("Graph:Provider", "Neo4j")
        .WithSetting("Neo4j:Uri", FakeQueryApiHandler.TestUri.ToString())
        .WithSetting("Neo4j:User", FakeQueryApiHandler.TestUser)
        .WithSetting("Neo4j:Password", FakeQueryApiHandler.TestPassword)
        .WithServices(services => services.AddSingleton(_ => neo4j.Handler.CreateClient()));

    /// <summary>Waits for the start-up initialiser (schema, seed), then returns how many requests Neo4j has seen.</summary>
    public static async Task<int> WaitUntilReadyAsync(this ApiFactory api, FakeNeo4jGraph neo4j)
    {
        var client = api.CreateClient();
        // A deadline rather than a number of polls: the seed runs on the in-memory Cypher engine, slow on a loaded machine.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return neo4j.Handler.Requests.Count;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The API on the stand-in Neo4j was not ready within 2 minutes: " + string.Join(", ", neo4j.Statements));
    }
}

/// <summary>
/// One app on one seeded stand-in for a test class whose tests only read (an xunit class fixture): started and waited for
/// once instead of once per test. A test still counts the requests it caused from <see cref="StandInNeo4jApi.WaitUntilReadyAsync"/>.
/// </summary>
public sealed class SharedStandInNeo4jApi : IDisposable
{
    public SharedStandInNeo4jApi()
    {
        Api = new ApiFactory().WithStandInNeo4j(Neo4j);
    }

    public FakeNeo4jGraph Neo4j { get; } = new();

    public ApiFactory Api { get; }

    public void Dispose()
    {
        Api.Dispose();
        Neo4j.Dispose();
    }
}
