using System.Net;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Graph.Store;
using AseanCyber.Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Operations;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_answers_while_the_process_runs_even_if_the_store_is_down()
    {
        using var api = NoSeed().WithServices(s => s.AddSingleton<IGraphStore>(new HealthOnlyStore(new StoreHealth(false, "down"))));

        var result = await GetAsync(api, "/health/live");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("application/json", result.MediaType);
        Assert.Equal("Healthy", result.Json!.Value.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(result.Json.Value.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Ready_with_the_real_store_is_200_and_describes_the_graph()
    {
        using var api = new ApiFactory();

        var result = await GetAsync(api, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("Healthy", result.Json!.Value.GetProperty("status").GetString());
        Assert.Contains("profile", result.Json.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_reports_the_store_description_when_ready()
    {
        using var api = NoSeed().WithServices(s => s.AddSingleton<IGraphStore>(new HealthOnlyStore(new StoreHealth(true, "3 profiles loaded"))));

        var result = await GetAsync(api, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("Healthy", result.Json!.Value.GetProperty("status").GetString());
        Assert.Equal("3 profiles loaded", result.Json.Value.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Ready_is_503_with_the_reason_when_the_store_is_not_ready()
    {
        using var api = NoSeed().WithServices(s => s.AddSingleton<IGraphStore>(new HealthOnlyStore(new StoreHealth(false, "Neo4j at bolt://db is unreachable"))));

        var result = await GetAsync(api, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.StatusCode);
        Assert.Equal("Unhealthy", result.Json!.Value.GetProperty("status").GetString());
        Assert.Equal("Neo4j at bolt://db is unreachable", result.Json.Value.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Ready_is_503_when_the_store_check_throws()
    {
        using var api = NoSeed().WithServices(s => s.AddSingleton<IGraphStore>(new HealthOnlyStore(null)));

        var result = await GetAsync(api, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.StatusCode);
        Assert.Contains("could not be checked", result.Json!.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A fake store cannot be seeded: the seeder would ask it for its profiles.</summary>
    private static ApiFactory NoSeed() => new ApiFactory().WithSetting("Graph:SeedOnStartup", "false");

    private static async Task<GraphQLHttpResult> GetAsync(ApiFactory api, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await api.SendAsync(request);
    }

    /// <summary>A store that only answers the health check (throws from it when <paramref name="health"/> is null).</summary>
    private sealed class HealthOnlyStore(StoreHealth? health) : UnansweringGraphStore
    {
        public override Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken) =>
            health is null ? throw new IOException("disk gone") : Task.FromResult(health);
    }
}
