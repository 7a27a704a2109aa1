using System.Net;
using System.Text.RegularExpressions;
using AseanCyber.Api.Explore;
using AseanCyber.Api.Tests.Infrastructure;

namespace AseanCyber.Api.Tests.Explore;

/// <summary>The explorer's page and files under /explore/: served by the app, strict CSP, nothing from another host.</summary>
public sealed partial class ExplorerTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Explore_without_a_slash_is_redirected_to_the_page_keeping_the_query()
    {
        var result = await api.GetAsync("/explore?x=1", ApiFactory.BrowserAccept);

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal("/explore/?x=1", result.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Page_is_html_revalidated_and_names_its_modules()
    {
        var result = await api.GetAsync("/explore/", ApiFactory.BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("text/html", result.MediaType);
        Assert.Equal("no-cache", result.Headers.CacheControl?.ToString());
        Assert.Contains("<title>AseanCyber explorer</title>", result.Text, StringComparison.Ordinal);
        Assert.Contains("""<script src="js/main.js" type="module"></script>""", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_has_a_strict_content_security_policy_and_the_app_security_headers()
    {
        var result = await api.GetAsync("/explore/", ApiFactory.BrowserAccept);

        var csp = Assert.Single(result.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);
        Assert.Equal("'none'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'self'", directives["connect-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["base-uri"]);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(result.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(result.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(result.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Every_file_the_page_loads_is_served_from_under_explore_with_its_type_and_the_policy()
    {
        var files = await CrawlAsync();

        // The page, its styles and icon, our modules, and the graph library with its layout.
        Assert.Contains("/explore/explore.css", files.Keys);
        Assert.Contains("/explore/favicon.svg", files.Keys);
        Assert.Contains("/explore/js/main.js", files.Keys);
        Assert.Contains("/explore/js/graph.js", files.Keys);
        Assert.Contains("/explore/vendor/cytoscape.esm.min.mjs", files.Keys);
        Assert.Contains("/explore/vendor/cytoscape-fcose.js", files.Keys);
        Assert.Contains("/explore/vendor/cose-base.js", files.Keys);
        Assert.Contains("/explore/vendor/layout-base.js", files.Keys);
        foreach (var (url, file) in files)
        {
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{url}: {file.StatusCode}");
            var expected = Path.GetExtension(url) switch
            {
                ".js" or ".mjs" => "text/javascript",
                ".css" => "text/css",
                ".svg" => "image/svg+xml",
                _ => "text/html",
            };
            Assert.True(expected == file.MediaType, $"{url}: {file.MediaType}, expected {expected}");
            Assert.Equal(Explorer.ContentSecurityPolicy, Assert.Single(file.Headers.GetValues("Content-Security-Policy")));
        }
    }

    [Fact]
    public async Task Nothing_the_page_loads_comes_from_another_host()
    {
        var files = await CrawlAsync();

        // Every reference (attributes and module imports) is relative to the page.
        foreach (var (url, reference) in References(files))
        {
            Assert.False(reference.Contains(':', StringComparison.Ordinal) || reference.StartsWith('/'),
                $"{url} references {reference}: not relative to the page");
        }

        // Our own files name no other host at all; the library's only in comments (licences, credits): never in code that loads.
        foreach (var (url, file) in files)
        {
            if (url.StartsWith("/explore/vendor/", StringComparison.Ordinal))
            {
                Assert.DoesNotMatch(LoadsFromAbsoluteUrl(), file.Text);
            }
            else if (!url.EndsWith(".svg", StringComparison.Ordinal))
            {
                Assert.DoesNotMatch(AbsoluteUrl(), file.Text);
            }
        }
    }

    [Fact]
    public async Task Library_licences_are_served_as_text()
    {
        foreach (var name in new[] { "cytoscape", "cytoscape-fcose", "cose-base", "layout-base" })
        {
            var result = await api.GetAsync($"/explore/vendor/{name}.LICENSE.txt", "*/*");

            Assert.Equal(HttpStatusCode.OK, result.StatusCode);
            Assert.Equal("text/plain", result.MediaType);
            Assert.Contains("MIT", result.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("/explore/js/does-not-exist.js")]
    [InlineData("/explore/..%2F..%2Fappsettings.json")]
    [InlineData("/explore/%2E%2E/%2E%2E/AseanCyber.Api.dll")]
    [InlineData("/explore/%2E%2E/BananaCakePop/index.html")]
    public async Task Files_outside_the_explorer_or_missing_are_404(string url)
    {
        var result = await api.GetAsync(url, "*/*");

        Assert.Equal(HttpStatusCode.NotFound, result.StatusCode);
    }

    [Fact]
    public async Task Home_document_points_to_the_explorer()
    {
        var result = await api.GetAsync("/", "application/json");

        Assert.Equal("/explore/", result.Json!.Value.GetProperty("explorer").GetString());
    }

    /// <summary>The page and everything it loads, following src/href attributes and module imports, by URL path.</summary>
    private async Task<Dictionary<string, GraphQLHttpResult>> CrawlAsync()
    {
        var files = new Dictionary<string, GraphQLHttpResult>(StringComparer.Ordinal);
        var pending = new Queue<Uri>([new Uri("http://localhost/explore/")]);
        while (pending.Count > 0)
        {
            var url = pending.Dequeue();
            if (files.ContainsKey(url.AbsolutePath))
            {
                continue;
            }

            var file = await api.GetAsync(url.AbsolutePath, "*/*");
            files[url.AbsolutePath] = file;
            foreach (var reference in ReferencesIn(url.AbsolutePath, file.Text))
            {
                if (!reference.Contains(':', StringComparison.Ordinal))
                {
                    pending.Enqueue(new Uri(url, reference));
                }
            }
        }

        return files;
    }

    private static IEnumerable<(string Url, string Reference)> References(Dictionary<string, GraphQLHttpResult> files) =>
        files.SelectMany(f => ReferencesIn(f.Key, f.Value.Text).Select(r => (f.Key, r)));

    /// <summary>What a file makes the browser load: attributes of the page, imports of our modules, url() in styles.</summary>
    private static IEnumerable<string> ReferencesIn(string url, string text)
    {
        if (url.EndsWith('/') || url.EndsWith(".html", StringComparison.Ordinal))
        {
            return Attribute().Matches(text).Select(m => m.Groups["ref"].Value).Where(r => !r.StartsWith('#'));
        }

        if (url.StartsWith("/explore/js/", StringComparison.Ordinal))
        {
            return Import().Matches(text).Select(m => m.Groups["ref"].Value);
        }

        return url.EndsWith(".css", StringComparison.Ordinal) ? CssUrl().Matches(text).Select(m => m.Groups["ref"].Value) : [];
    }


    [GeneratedRegex("""\b(?:src|href)="(?<ref>[^"]+)"(?=[\s>])""")]
    private static partial Regex Attribute();

    // Static imports (a statement at the start of a line, maybe over several lines) and dynamic ones.
    [GeneratedRegex("""(?:^import\b[^;]*?\bfrom\s*|\bimport\s*\(\s*)'(?<ref>[^']+)'""", RegexOptions.Multiline)]
    private static partial Regex Import();

    [GeneratedRegex("""url\(\s*['"]?(?<ref>[^'")]+)""")]
    private static partial Regex CssUrl();

    [GeneratedRegex("https?://", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();

    // Code that loads a quoted absolute URL: import, from, import(), importScripts(), fetch(), src=, href=, XHR open(), or a
    // CSS url() (quoted or not).
    [GeneratedRegex("""(?:(?:\bimport\s*\(?|\bfrom|\bimportScripts\s*\(|\bfetch\s*\(|\b(?:src|href)\s*=|\.open\(\s*['"]\w+['"]\s*,)\s*['"`]|\burl\(\s*['"]?)\s*(?:https?:)?//""")]
    private static partial Regex LoadsFromAbsoluteUrl();
}
