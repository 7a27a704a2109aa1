using System.Collections.Concurrent;
using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AseanCyber.Api.Tests.Browser;

/// <summary>
/// Banana Cake Pop in headless Chromium (Debian's, Playwright cannot download its own here) against the app on a real
/// port: it renders, introspects our endpoint, runs a typed query, and loads nothing from anywhere but our server.
/// The screenshot is left in the test output folder (bananacakepop.png).
/// </summary>
public sealed class BananaCakePopBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    // The canonical question: every meeting involving Japan.
    private const string Query = """{ entries(where: { kind: { eq: MEETING }, countries: { some: { code: { eq: "JP" } } } }) { totalCount nodes { title } } }""";

    // The request body carries the query JSON-encoded (quotes escaped), so match on a part without quotes.
    private const string QueryMarker = "countries: { some: { code: { eq:";

    [SkippableFact]
    public async Task Ide_renders_from_our_server_only_and_runs_a_query_against_graphql()
    {
        ExternalTools.Require(File.Exists(Chromium), $"{Chromium} is missing (apt-get install -y chromium)");

        using var api = new ApiFactory();
        var baseAddress = api.StartKestrel();
        var endpoint = new Uri(baseAddress, "graphql").ToString();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });

        // The context sees the page's requests and those of its workers, including the service worker.
        var requested = new ConcurrentQueue<string>();
        context.Request += (_, request) => requested.Enqueue(request.Url);
        await context.RouteAsync("**/*", async route =>
        {
            requested.Enqueue(route.Request.Url);
            await route.ContinueAsync();
        });
        var page = await context.NewPageAsync();
        page.Request += (_, request) => requested.Enqueue(request.Url);
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        page.FrameNavigated += (_, frame) => output.WriteLine($"navigated: {frame.Url}");

        // The redirect to /graphql/ and the IDE's first screen.
        var introspection = page.WaitForRequestAsync(
            r => r.Method == "POST" && r.Url == endpoint && (r.PostData ?? "").Contains("__schema", StringComparison.Ordinal),
            new() { Timeout = 60_000 });
        await page.GotoAsync(endpoint);
        Assert.Equal(endpoint + "/", page.Url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync(new() { Timeout = 60_000 });

        // bcp-config.json made the page's URL the endpoint; the IDE introspects it.
        await introspection;
        await Assertions.Expect(page.GetByLabel(endpoint, new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("Schema available")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.Locator("[data-uri^='file:///operations/']").ClickAsync();
        await page.Keyboard.InsertTextAsync(Query);

        // The editor hands its text to the IDE's store after a pause (longer on a busy machine); a Run before that sends
        // the empty document, so Run again until a request carries the query.
        IResponse? response = null;
        for (var attempt = 1; attempt <= 10 && response is null; attempt++)
        {
            var run = page.WaitForResponseAsync(
                r => r.Request.Method == "POST" && r.Url == endpoint && (r.Request.PostData ?? "").Contains(QueryMarker, StringComparison.Ordinal),
                new() { Timeout = 5_000 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Run" }).ClickAsync();
            try
            {
                response = await run;
            }
            catch (TimeoutException)
            {
                output.WriteLine($"Run {attempt} did not send the query yet");
            }
        }

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        using (var body = JsonDocument.Parse(await response.BodyAsync()))
        {
            Assert.Equal(2, body.RootElement.GetProperty("data").GetProperty("entries").GetProperty("totalCount").GetInt32());
        }

        // The response pane shows the result.
        await Assertions.Expect(page.Locator(".view-lines").Filter(new() { HasText = "\"totalCount\"" })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var screenshot = Path.Combine(AppContext.BaseDirectory, "bananacakepop.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine($"screenshot: {screenshot}");

        var urls = requested.Distinct(StringComparer.Ordinal).ToList();
        output.WriteLine($"{urls.Count} distinct URLs requested");
        var foreign = urls
            .Where(u => !u.StartsWith("data:", StringComparison.Ordinal) && !u.StartsWith("blob:", StringComparison.Ordinal))
            .Where(u => new Uri(u).Host != "127.0.0.1")
            .ToList();
        Assert.True(foreign.Count == 0, "Requests left the machine:\n" + string.Join('\n', foreign));
        Assert.Contains(urls, u => u.EndsWith("/graphql/bcp-config.json", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.EndsWith("/graphql/service-worker.js", StringComparison.Ordinal));
    }
}
