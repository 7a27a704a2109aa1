using System.Collections.Concurrent;
using System.Net;
using AseanCyber.Api.Store;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Api.Tests.Neo4j;
using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using AseanCyber.Graph.Testing;
using AseanCyber.Neo4j.QueryApi.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Tests.Operations;

/// <summary>Start-up: the adapter Graph:Provider names, its settings checked before any request, and the seed.</summary>
public sealed class StartupTests
{
    private const string NotAProfile = "Dear colleagues,\nplease find the minutes attached.\n";

    [Fact]
    public async Task The_embedded_seed_is_in_before_the_server_listens_so_the_first_request_sees_it()
    {
        var listeningWhenSeeded = new ConcurrentQueue<int>();
        using var api = new ApiFactory().WithServices(services => services.AddSingleton<IGraphStore>(sp => new SeedWatcher(
            sp.GetRequiredService<EmbeddedGraphStore>(),
            () => listeningWhenSeeded.Enqueue(sp.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Count))));

        var address = api.StartKestrel();
        using var http = new HttpClient { BaseAddress = address };
        using var response = await http.PostAsync(
            new Uri("graphql", UriKind.Relative),
            new StringContent("""{"query":"{ entries { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal([0], listeningWhenSeeded);
        Assert.NotEmpty(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"totalCount\":27", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_seed_off_the_embedded_graph_starts_with_the_data_directory_only()
    {
        using var api = new ApiFactory().WithSetting("Graph:SeedOnStartup", "false");

        var result = await api.PostGraphQLAsync("{ profiles { id } entries { totalCount } }");

        Assert.Equal(0, result.Data.GetProperty("profiles").GetArrayLength());
        Assert.Equal(0, result.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_profile_kept_in_the_data_directory_wins_over_the_bundled_one_and_stays()
    {
        using var api = new ApiFactory();
        var text = BundledProfiles.Load().Single().Text;
        var policyOnly = text[..text.IndexOf("\nStructure\n", StringComparison.Ordinal)] + "\n";
        await File.WriteAllTextAsync(Path.Combine(api.DataDirectory, "asean.txt"), policyOnly);

        var result = await api.PostGraphQLAsync("{ profiles { id } entries { totalCount } }");

        Assert.Equal("profile:asean", Assert.Single(result.Data.GetProperty("profiles").EnumerateArray()).GetProperty("id").GetString());
        Assert.InRange(result.Data.GetProperty("entries").GetProperty("totalCount").GetInt32(), 1, 26);
        Assert.Equal(policyOnly, await File.ReadAllTextAsync(Path.Combine(api.DataDirectory, "asean.txt")));
    }

    [Theory]
    [InlineData("Embedded")]
    [InlineData("Neo4j")]
    public void A_bundled_profile_that_does_not_import_fails_start_up(string provider)
    {
        using var neo4j = new FakeNeo4jGraph(empty: true);
        using var api = new ApiFactory().WithServices(s => s.AddSingleton(new SeedProfiles([new SourceDocument("broken.txt", NotAProfile)])));
        if (provider == "Neo4j")
        {
            api.WithStandInNeo4j(neo4j);
        }

        var error = StartupFailure.Expect<GraphStoreException>(api);

        Assert.Equal(GraphErrorCodes.InvalidBundledProfile, error.Code);
        Assert.Contains("broken.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_neo4j_readiness_is_503_until_the_seed_is_in_and_the_seed_retries()
    {
        using var neo4j = new FakeNeo4jGraph(empty: true);
        var refuse = true;
        neo4j.Override = r => Volatile.Read(ref refuse) && r.Method == HttpMethod.Post && r.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal)
            ? FakeQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Transaction.Refused", "not now")
            : null;
        using var api = new ApiFactory().WithStandInNeo4j(neo4j);
        var client = api.CreateClient();

        string body;
        HttpStatusCode status;
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        do
        {
            await Task.Delay(50);
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            (status, body) = (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        while (!body.Contains("not now", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("bundled profiles are not imported yet", body, StringComparison.Ordinal);
        Volatile.Write(ref refuse, false);
        await api.WaitUntilReadyAsync(neo4j);
        var entries = await api.PostGraphQLAsync("{ entries { totalCount } }");
        Assert.Equal(27, entries.Data.GetProperty("entries").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public void An_unknown_provider_fails_start_up_naming_the_known_ones()
    {
        using var api = new ApiFactory().WithSetting("Graph:Provider", "Oracle");

        var error = StartupFailure.Expect<InvalidOperationException>(api);

        Assert.Equal("Graph:Provider 'Oracle' is not known; use 'Embedded' (the default) or 'Neo4j'.", error.Message);
    }

    [Fact]
    public void An_empty_data_directory_setting_fails_start_up()
    {
        using var api = new ApiFactory().WithSetting("Graph:DataDirectory", " ");

        var error = StartupFailure.Expect<OptionsValidationException>(api);

        Assert.Contains("Graph:DataDirectory is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Export:PageSize", "0", "Export:PageSize must be between 1 and 1000, got 0.")]
    [InlineData("Export:PageSize", "1001", "Export:PageSize must be between 1 and 1000, got 1001.")]
    [InlineData("Export:MaxConcurrent", "0", "Export:MaxConcurrent must be between 1 and 64, got 0.")]
    [InlineData("Export:MaxConcurrent", "65", "Export:MaxConcurrent must be between 1 and 64, got 65.")]
    public void Export_settings_out_of_range_fail_start_up(string key, string value, string message)
    {
        using var api = new ApiFactory().WithSetting(key, value);

        var error = StartupFailure.Expect<OptionsValidationException>(api);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    /// <summary>The app's store, noting each batch import before passing it on.</summary>
    private sealed class SeedWatcher(IGraphStore inner, Action onImport) : DelegatingGraphStore(inner)
    {
        public override Task<IReadOnlyList<ImportOutcome>> ImportProfilesAsync(IReadOnlyList<ProfileDocument> documents, CancellationToken cancellationToken)
        {
            onImport();
            return base.ImportProfilesAsync(documents, cancellationToken);
        }
    }
}
