using System.Net;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Api.Tests.Neo4j;
using AseanCyber.Api.Tests.Profiles;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Store;
using AseanCyber.Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Export;

/// <summary>
/// The app twice, embedded and on a seeded stand-in Neo4j, each holding the seed (ASEAN), three more profile pages
/// (Norway, a state; the Pacific Islands Forum and the SCO, with members) and <see cref="HostileProfile"/>, imported
/// through the store port; exports are read in pages of 7 entries, so every export takes many pages. The stand-in's
/// database is the source the exports are compared with: what the Neo4j adapter wrote, read with Cypher, not through
/// the port the exports use.
/// </summary>
public sealed class ExportFixture : IAsyncLifetime
{
    public const int PageSize = 7;

    public ExportFixture()
    {
        Embedded = new ApiFactory().WithSetting("Export:PageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        StandIn = new ApiFactory().WithStandInNeo4j(Neo4j).WithSetting("Export:PageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string> Providers => ["Embedded", "Neo4j"];

    public static IReadOnlyList<string> Pages { get; } = [ProfilePages.Norway, ProfilePages.Pif, ProfilePages.Sco];

    public FakeNeo4jGraph Neo4j { get; } = new();

    public ApiFactory Embedded { get; }

    public ApiFactory StandIn { get; }

    /// <summary>The stand-in database after the imports, as the tests compare exports with it.</summary>
    public TestGraph Source { get; private set; } = null!;

    public ApiFactory Api(string provider) => provider == "Neo4j" ? StandIn : Embedded;

    public async Task InitializeAsync()
    {
        foreach (var api in new[] { Embedded, StandIn })
        {
            await WaitUntilReadyAsync(api);
            var importer = api.Services.GetRequiredService<ProfileImporter>();
            var documents = Pages.Select(p => importer.Import(ProfilePages.Text(p), p)).Append(HostileProfile.Document).ToList();
            var outcomes = await api.Services.GetRequiredService<IGraphStore>().ImportProfilesAsync(documents, CancellationToken.None);
            Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.Message));
        }

        Source = TestGraph.FromDatabase(Neo4j.Graph);
    }

    public Task DisposeAsync()
    {
        Embedded.Dispose();
        StandIn.Dispose();
        Neo4j.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>GETs an export and checks it succeeded.</summary>
    public async Task<GraphQLHttpResult> ExportAsync(string provider, string file, string? profile = null)
    {
        var result = await GetAsync(Api(provider), file, profile);
        Assert.True(result.StatusCode == HttpStatusCode.OK, $"{file} ({profile}) on {provider}: {(int)result.StatusCode} {result.Text}");
        return result;
    }

    public static Task<GraphQLHttpResult> GetAsync(ApiFactory api, string file, string? profile = null)
    {
        var url = "/export/" + file + (profile is null ? "" : "?profile=" + Uri.EscapeDataString(profile));
        return api.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative)));
    }

    public static async Task WaitUntilReadyAsync(ApiFactory api)
    {
        using var client = api.CreateClient();
        // A deadline rather than a number of polls: the seed on the stand-in Neo4j is slow on a loaded machine.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The API was not ready within 2 minutes.");
    }
}

[CollectionDefinition(Name)]
public sealed class ExportCollection : ICollectionFixture<ExportFixture>
{
    public const string Name = "Exports";
}
