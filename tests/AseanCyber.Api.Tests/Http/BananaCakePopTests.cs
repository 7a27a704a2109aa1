using System.Net;
using System.Text.RegularExpressions;
using AseanCyber.Api.Tests.Infrastructure;

namespace AseanCyber.Api.Tests.Http;

/// <summary>The self-hosted IDE under /graphql/ and how it shares the path with the GraphQL endpoint.</summary>
public sealed partial class BananaCakePopTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Browser_opening_graphql_is_redirected_to_the_ide()
    {
        var result = await api.GetAsync("/graphql", ApiFactory.BrowserAccept);

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal("/graphql/", result.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Ide_page_is_served_at_graphql_slash_and_revalidated()
    {
        var result = await api.GetAsync("/graphql/", ApiFactory.BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("text/html", result.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", result.Text, StringComparison.Ordinal);
        Assert.Equal("no-cache", result.Headers.CacheControl?.ToString());
        // Relative asset URLs are what make the page work under /graphql/.
        Assert.Matches(MainScript(), result.Text);
    }

    [Fact]
    public async Task Browser_url_with_a_query_parameter_is_still_graphql()
    {
        var result = await api.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"), ApiFactory.BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("application/json", result.MediaType);
        Assert.Equal("Query", result.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Config_tells_the_ide_to_use_the_page_url_as_endpoint_and_not_to_phone_home()
    {
        var result = await api.GetAsync("/graphql/bcp-config.json", "*/*");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("application/json", result.MediaType);
        Assert.True(result.Json!.Value.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(result.Json.Value.GetProperty("disableTelemetry").GetBoolean());
    }

    [Fact]
    public async Task Hashed_static_asset_is_served_with_a_long_cache_lifetime()
    {
        var page = await api.GetAsync("/graphql/", ApiFactory.BrowserAccept);
        var script = MainScript().Match(page.Text).Groups["src"].Value;

        var result = await api.GetAsync("/graphql/" + script, "*/*");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.EndsWith("javascript", result.MediaType, StringComparison.Ordinal);
        Assert.Equal("public, max-age=31536000, immutable", result.Headers.CacheControl?.ToString());
        Assert.True(result.Text.Length > 1000);
    }

    [Theory]
    [InlineData("/graphql/service-worker.js", "javascript")]
    [InlineData("/graphql/manifest.webmanifest", "application/manifest+json")]
    [InlineData("/graphql/favicon.svg", "image/svg+xml")]
    public async Task Unhashed_files_are_revalidated(string url, string mediaType)
    {
        var result = await api.GetAsync(url, "*/*");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.EndsWith(mediaType, result.MediaType, StringComparison.Ordinal);
        Assert.Equal("no-cache", result.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Ide_page_may_not_be_framed_and_loads_only_from_this_origin()
    {
        var result = await api.GetAsync("/graphql/", ApiFactory.BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var csp = Assert.Single(result.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'unsafe-eval';", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(result.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(result.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(result.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Service_worker_is_ours_and_never_claims_the_page()
    {
        var result = await api.GetAsync("/graphql/service-worker.js", "*/*");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("text/javascript", result.MediaType);
        // Claiming the page is what made the IDE reload itself on a first visit.
        Assert.DoesNotContain("claim", result.Text, StringComparison.Ordinal);
        Assert.Contains("self.registration.unregister()", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Licence_is_served_as_text()
    {
        var result = await api.GetAsync("/graphql/LICENSE", "*/*");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("text/plain", result.MediaType);
        Assert.Contains("ChilliCream License", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql/static/js/does-not-exist.js")]
    [InlineData("/graphql/..%2F..%2Fappsettings.json")]
    [InlineData("/graphql/%2E%2E/%2E%2E/AseanCyber.Api.dll")]
    public async Task Files_outside_the_ide_or_missing_are_404(string url)
    {
        var result = await api.GetAsync(url, "*/*");

        Assert.Equal(HttpStatusCode.NotFound, result.StatusCode);
    }

    [Fact]
    public async Task Conditional_request_for_an_unchanged_file_gets_304()
    {
        var first = await api.GetAsync("/graphql/favicon.svg", "*/*");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/favicon.svg");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Disabled_ide_leaves_graphql_to_the_endpoint()
    {
        using var factory = new ApiFactory().WithSetting("Ide:Enabled", "false");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", ApiFactory.BrowserAccept);

        var page = await factory.SendAsync(request);
        using var fileRequest = new HttpRequestMessage(HttpMethod.Get, "/graphql/favicon.svg");
        var file = await factory.SendAsync(fileRequest);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("QUERY_MISSING", Assert.Single(page.ErrorCodes));
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }


    [GeneratedRegex(@"src=""(?<src>static/js/main\.[0-9a-f]+\.js)""")]
    private static partial Regex MainScript();
}
