using System.Globalization;
using System.Net;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Api.Tests.Profiles;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Querying;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Export;

/// <summary>The export endpoints over HTTP: names, media types, refusals with codes, streaming, one version, cancellation, failures.</summary>
[Collection(ExportCollection.Name)]
public sealed class ExportHttpTests(ExportFixture fixture)
{
    [Theory]
    [InlineData("graph.graphml", "application/graphml+xml", null, "aseancyber-graph.graphml")]
    [InlineData("nodes.csv", "text/csv", null, "aseancyber-nodes.csv")]
    [InlineData("edges.csv", "text/csv", null, "aseancyber-edges.csv")]
    [InlineData("graph.cypher", "text/plain", null, "aseancyber-graph.cypher")]
    [InlineData("graph.graphml", "application/graphml+xml", "profile:asean", "aseancyber-asean-graph.graphml")]
    [InlineData("nodes.csv", "text/csv", "profile:asean", "aseancyber-asean-nodes.csv")]
    [InlineData("edges.csv", "text/csv", "profile:norway", "aseancyber-norway-edges.csv")]
    [InlineData("graph.cypher", "text/plain", HostileProfile.Id, "aseancyber-hostile-graph.cypher")]
    public async Task Each_export_is_a_download_with_its_name_and_media_type(string file, string mediaType, string? profile, string fileName)
    {
        var export = await fixture.ExportAsync("Neo4j", file, profile);

        Assert.Equal(mediaType, export.MediaType);
        Assert.Contains("charset=utf-8", export.ContentType, StringComparison.Ordinal);
        Assert.Equal("attachment", export.ContentHeaders.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, export.ContentHeaders.ContentDisposition?.FileName);
        Assert.Equal("nosniff", export.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("Embedded", "profile:nowhere")]
    [InlineData("Neo4j", "profile:nowhere")]
    public async Task An_unknown_profile_is_404_NODE_NOT_FOUND(string provider, string profile)
    {
        var result = await ExportFixture.GetAsync(fixture.Api(provider), "graph.graphml", profile);

        Assert.Equal(HttpStatusCode.NotFound, result.StatusCode);
        Assert.Equal("application/json", result.MediaType);
        Assert.Equal([GraphErrorCodes.NodeNotFound], result.ErrorCodes);
        Assert.Contains(profile, result.ErrorMessages[0], StringComparison.Ordinal);
        Assert.Null(result.ContentHeaders.ContentDisposition);
    }

    [Theory]
    [InlineData("Embedded", "PROFILE:ASEAN")]
    [InlineData("Neo4j", "Profile:Asean")]
    [InlineData("Embedded", " profile:asean ")]
    public async Task A_profile_id_is_read_in_any_case_as_queries_read_it(string provider, string profile)
    {
        var spelt = await fixture.ExportAsync(provider, "nodes.csv", profile);
        var canonical = await fixture.ExportAsync(provider, "nodes.csv", "profile:asean");

        Assert.Equal("aseancyber-asean-nodes.csv", spelt.ContentHeaders.ContentDisposition?.FileName);
        Assert.Equal(canonical.Text, spelt.Text);
    }

    [Theory]
    [InlineData("?profile=")]
    [InlineData("?profile=asean")]
    [InlineData("?profile=country:JP")]
    [InlineData("?profile=profile:asean&profile=profile:norway")]
    [InlineData("?profil=profile:asean")]
    [InlineData("?format=csv")]
    public async Task A_bad_query_string_is_400_INVALID_ARGUMENT(string query)
    {
        var result = await fixture.Embedded.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("/export/nodes.csv" + query, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([ApiErrors.InvalidArgument], result.ErrorCodes);
    }

    [Fact]
    public async Task The_export_is_sent_while_the_store_is_still_being_read()
    {
        using var app = await GatedApp.StartAsync();
        var (api, gated) = (app.Api, app.Store);
        using var client = api.CreateClient();

        using var response = await client.GetAsync(new Uri("/export/graph.graphml", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        var start = await ReadSomeAsync(stream);

        // The first pages arrived while the store holds back a later one: nothing waited for the whole file.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<graphml", start, StringComparison.Ordinal);
        await gated.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(gated.Gate.Task.IsCompleted);
        gated.Gate.SetResult();
        var rest = await new StreamReader(stream).ReadToEndAsync();
        Assert.EndsWith("</graphml>", (start + rest).TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_the_reads()
    {
        using var app = await GatedApp.StartAsync();
        var (api, gated) = (app.Api, app.Store);
        using var client = api.CreateClient();
        using var cancel = new CancellationTokenSource();

        var response = await client.GetAsync(new Uri("/export/nodes.csv", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        await ReadSomeAsync(await response.Content.ReadAsStreamAsync());
        var token = await gated.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();
        response.Dispose();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(TimeSpan.FromSeconds(30), token));
    }

    [Fact]
    public async Task An_export_beyond_Export_MaxConcurrent_is_refused_with_429_and_a_slot_frees_when_one_ends()
    {
        using var app = await GatedApp.StartAsync(maxConcurrentExports: 1);
        var (api, gated) = (app.Api, app.Store);
        using var client = api.CreateClient();

        using var running = await client.GetAsync(new Uri("/export/edges.csv", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var stream = await running.Content.ReadAsStreamAsync();
        await ReadSomeAsync(stream);
        await gated.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var refused = await ExportFixture.GetAsync(api, "graph.graphml");

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal([ApiErrors.ExportBusy], refused.ErrorCodes);
        Assert.Equal("1", refused.Headers.RetryAfter?.ToString());

        gated.Holding = false;
        gated.Gate.SetResult();
        await new StreamReader(stream).ReadToEndAsync();
        Assert.Equal(HttpStatusCode.OK, (await ExportFixture.GetAsync(api, "graph.graphml")).StatusCode);
    }

    [Fact]
    public async Task An_import_during_an_export_is_not_in_it()
    {
        using var app = await GatedApp.StartAsync();
        var (api, gated) = (app.Api, app.Store);
        gated.Holding = false;
        var before = await ExportFixture.GetAsync(api, "nodes.csv");
        gated.Holding = true;
        using var client = api.CreateClient();

        using var response = await client.GetAsync(new Uri("/export/nodes.csv", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        var start = await ReadSomeAsync(stream);
        await gated.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var importer = api.Services.GetRequiredService<ProfileImporter>();
        await api.Services.GetRequiredService<IGraphStore>().ImportProfileAsync(importer.Import(ProfilePages.Text(ProfilePages.Norway), ProfilePages.Norway), CancellationToken.None);
        gated.Gate.SetResult();
        var during = start + await new StreamReader(stream).ReadToEndAsync();
        var after = await ExportFixture.GetAsync(api, "nodes.csv");

        Assert.Equal(before.Text, during);
        Assert.DoesNotContain("profile:norway", during, StringComparison.Ordinal);
        Assert.Contains("profile:norway", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_failure_before_the_first_page_is_a_JSON_error_with_its_code()
    {
        FailingStore? failing = null;
        using var api = new ApiFactory().WithServices(s => DelegatingGraphStore.Decorate(s, inner => failing = new FailingStore(inner, failAtOffset: -1)));
        await ExportFixture.WaitUntilReadyAsync(api);
        failing!.Failing = true;

        var result = await ExportFixture.GetAsync(api, "graph.cypher");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.StatusCode);
        Assert.Equal([GraphErrorCodes.Neo4jUnavailable], result.ErrorCodes);
    }

    [Fact]
    public async Task A_store_failure_after_the_first_page_cuts_the_download_off()
    {
        FailingStore? failing = null;
        using var api = new ApiFactory()
            .WithSetting("Export:PageSize", "5")
            .WithServices(s => DelegatingGraphStore.Decorate(s, inner => failing = new FailingStore(inner, failAtOffset: 10)));
        await ExportFixture.WaitUntilReadyAsync(api);
        failing!.Failing = true;
        using var client = api.CreateClient();

        // A file that ends early must not look whole: the transfer fails instead of ending.
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            using var response = await client.GetAsync(new Uri("/export/edges.csv", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            await response.Content.ReadAsStringAsync();
        });
    }

    private static async Task<string> ReadSomeAsync(Stream stream)
    {
        var buffer = new byte[8192];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(read > 0, "The export sent nothing.");
        return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }

    /// <summary>A started app that reads exports 5 entries a page through a <see cref="GatedStore"/>.</summary>
    private sealed class GatedApp : IDisposable
    {
        private GatedStore? _store;

        private GatedApp(int? maxConcurrentExports)
        {
            var api = new ApiFactory()
                .WithSetting("Export:PageSize", "5")
                .WithServices(s => DelegatingGraphStore.Decorate(s, inner => _store = new GatedStore(inner)));
            Api = maxConcurrentExports is { } max ? api.WithSetting("Export:MaxConcurrent", max.ToString(CultureInfo.InvariantCulture)) : api;
        }

        public ApiFactory Api { get; }

        public GatedStore Store => _store ?? throw new InvalidOperationException("The app has not started.");

        public static async Task<GatedApp> StartAsync(int? maxConcurrentExports = null)
        {
            var app = new GatedApp(maxConcurrentExports);
            try
            {
                await ExportFixture.WaitUntilReadyAsync(app.Api);
                return app;
            }
            catch
            {
                app.Dispose();
                throw;
            }
        }

        public void Dispose() => Api.Dispose();
    }

    /// <summary>
    /// While <see cref="Holding"/>, holds back every entry page after the first until <see cref="Gate"/> opens;
    /// <see cref="Waiting"/> gets the held read's cancellation token.
    /// </summary>
    private sealed class GatedStore(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        public bool Holding { get; set; } = true;

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<CancellationToken> Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task<IReadOnlyDictionary<string, EntryPage>> QueryEntriesAsync(EntryScope scope, EntryQuery query, CancellationToken cancellationToken)
        {
            if (Holding && query.Window.Offset > 0)
            {
                Waiting.TrySetResult(cancellationToken);
                await Gate.Task.WaitAsync(cancellationToken);
            }

            return await base.QueryEntriesAsync(scope, query, cancellationToken);
        }
    }

    /// <summary>Neo4j going away once <see cref="Failing"/>: listing profiles fails (offset -1), or reading the entry page at the offset does.</summary>
    private sealed class FailingStore(IGraphStore inner, int failAtOffset) : DelegatingGraphStore(inner)
    {
        public bool Failing { get; set; }

        public override Task<IReadOnlyList<Profile>> GetProfilesAsync(ListQuery query, CancellationToken cancellationToken) =>
            Failing && failAtOffset < 0 ? throw Unavailable() : base.GetProfilesAsync(query, cancellationToken);

        public override Task<IReadOnlyDictionary<string, EntryPage>> QueryEntriesAsync(EntryScope scope, EntryQuery query, CancellationToken cancellationToken) =>
            Failing && failAtOffset >= 0 && query.Window.Offset >= failAtOffset ? throw Unavailable() : base.QueryEntriesAsync(scope, query, cancellationToken);

        private static GraphStoreException Unavailable() => new(GraphErrorCodes.Neo4jUnavailable, "Neo4j at http://127.0.0.1:1 cannot be reached.");
    }
}
