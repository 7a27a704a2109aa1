using System.Collections.Concurrent;
using System.Text.Json;
using AseanCyber.Api.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AseanCyber.Api.Tests.Browser;

/// <summary>
/// Banana Cake Pop in headless Chromium (Debian's: Playwright cannot download its own here) against the app on a real
/// port. The screenshot is left in the test output folder (bananacakepop.png).
/// </summary>
[Trait(Tier.Name, Tier.External)]
public sealed class BananaCakePopBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = HeadlessChromium.Executable;
    // The canonical question: every meeting involving Japan.
    private const string Query = """{ entries(where: { kind: { eq: MEETING }, countries: { some: { code: { eq: "JP" } } } }) { totalCount nodes { title } } }""";

    // The request body carries the query JSON-encoded (quotes escaped), so match on a part without quotes.
    private const string QueryMarker = "countries: { some: { code: { eq:";

    private readonly ConcurrentQueue<string> _cspViolations = new();

    [SkippableFact]
    public async Task Ide_keeps_text_typed_on_a_first_visit_loads_only_from_our_server_and_runs_a_query()
    {
        ExternalTools.Require(File.Exists(Chromium), $"{Chromium} is missing (apt-get install -y chromium)");

        using var api = new ApiFactory();
        var endpoint = new Uri(api.StartKestrel(), "graphql").ToString();
        var netLog = Path.Combine(AppContext.BaseDirectory, "chromium-netlog.json");
        var seenByPlaywright = new ConcurrentQueue<string>();
        using var playwright = await Playwright.CreateAsync();
        await using (var browser = await HeadlessChromium.LaunchAsync(playwright, netLog))
        {
            // Bounded, so a stuck browser fails the test instead of hanging the run.
            await FirstVisitKeepsWhatIsTypedAsync(browser, endpoint, seenByPlaywright).WaitAsync(TimeSpan.FromMinutes(2));
            await RunsAQueryAsync(browser, endpoint, seenByPlaywright).WaitAsync(TimeSpan.FromMinutes(3));
            await browser.CloseAsync();
        }

        var netLogRequests = HeadlessChromium.NetLogRequests(netLog);
        var fromPages = netLogRequests.Where(r => r.IsFromPage).Select(r => r.Url).Distinct(StringComparer.Ordinal).ToList();
        output.WriteLine($"Chromium's net log: {fromPages.Count} distinct URLs requested by the pages and their workers, "
            + $"{netLogRequests.Count(r => !r.IsFromPage)} browser-internal requests (not resolvable here); "
            + $"Playwright saw {seenByPlaywright.Distinct().Count()}");
        var foreign = HeadlessChromium.Foreign(fromPages.Concat(seenByPlaywright));
        Assert.True(foreign.Count == 0, "The IDE requested other hosts:\n" + string.Join('\n', foreign));
        Assert.True(_cspViolations.IsEmpty, "The IDE broke its Content Security Policy:\n" + string.Join('\n', _cspViolations));
        Assert.Contains(fromPages, u => u.EndsWith("/graphql/service-worker.js", StringComparison.Ordinal));
        Assert.Contains(fromPages, u => u.EndsWith("/graphql/bcp-config.json", StringComparison.Ordinal));
        Assert.Contains(fromPages, u => u.Contains("/graphql/static/js/main.", StringComparison.Ordinal));
        Assert.Contains(fromPages, u => u == endpoint);
    }

    /// <summary>
    /// A first visit, as a person's would be, with service workers allowed: the IDE registers its worker at once, and a
    /// query typed while that happens must still be there once the worker has run its course. Banana Cake Pop's own worker
    /// claimed the page on activation and the IDE reloaded itself, losing the text; ours unregisters itself instead, so
    /// "no registration left" marks the end of its life.
    /// </summary>
    private async Task FirstVisitKeepsWhatIsTypedAsync(IBrowser browser, string endpoint, ConcurrentQueue<string> seen)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        context.Request += (_, request) => seen.Enqueue(request.Url);
        // Sets window.__workerGone once the page has registered a worker and no registration is left.
        await context.AddInitScriptAsync("""
            const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
            navigator.serviceWorker.register = (...args) => {
              const registering = register(...args);
              const poll = () => navigator.serviceWorker.getRegistrations()
                .then(all => all.length === 0 ? (window.__workerGone = true) : setTimeout(poll, 200));
              registering.then(poll, poll);
              return registering;
            };
            """);
        var page = await context.NewPageAsync();
        var loads = 0;
        page.Load += (_, _) => Interlocked.Increment(ref loads);
        WatchConsole(page);

        await page.GotoAsync(endpoint);
        Assert.Equal(endpoint + "/", page.Url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();
        await page.Locator("[data-uri^='file:///operations/']").ClickAsync();
        await page.Keyboard.InsertTextAsync(Query);

        await page.WaitForFunctionAsync("() => window.__workerGone === true", null, new PageWaitForFunctionOptions { PollingInterval = 250 });
        // The package's worker reloaded the page right after activating: give a reload time to show.
        await page.WaitForTimeoutAsync(2_000);

        Assert.Equal(1, Volatile.Read(ref loads));
        Assert.False(await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"), "A service worker controls the IDE page.");
        await Assertions.Expect(page.Locator(".view-lines").Filter(new() { HasText = "countries: { some" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    /// <summary>Page errors go to the test output; a Content Security Policy violation fails the test.</summary>
    private void WatchConsole(IPage page)
    {
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        page.Console += (_, message) =>
        {
            output.WriteLine($"console.{message.Type}: {message.Text}");
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _cspViolations.Enqueue(message.Text);
            }
        };
    }

    /// <summary>With service workers blocked, so that Playwright sees every request and the page never reloads.</summary>
    private async Task RunsAQueryAsync(IBrowser browser, string endpoint, ConcurrentQueue<string> seen)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        context.SetDefaultTimeout(60_000);
        context.Request += (_, request) => seen.Enqueue(request.Url);
        var page = await context.NewPageAsync();
        WatchConsole(page);

        try
        {
            await RunsAQueryAsync(page, endpoint);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "bananacakepop-failure.png") });
            throw;
        }
    }

    private async Task RunsAQueryAsync(IPage page, string endpoint)
    {
        var introspection = page.WaitForRequestAsync(
            r => r.Method == "POST" && r.Url == endpoint && (r.PostData ?? "").Contains("__schema", StringComparison.Ordinal));
        await page.GotoAsync(endpoint);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();

        // bcp-config.json made the page's URL the endpoint; the IDE introspects it.
        await introspection;
        await Assertions.Expect(page.GetByLabel(endpoint, new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("Schema available")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.Locator("[data-uri^='file:///operations/']").ClickAsync();
        await page.Keyboard.InsertTextAsync(Query);

        // The editor hands its text to the IDE's store after a pause (longer on a busy machine); a Run before that sends
        // the empty document, so Run again until a request carries the query.
        IResponse? response = null;
        for (var attempt = 0; attempt < 12 && response is null; attempt++)
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
                output.WriteLine($"Run {attempt + 1} did not send the query yet");
            }
        }

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        using (var body = JsonDocument.Parse(await response.BodyAsync()))
        {
            Assert.Equal(2, body.RootElement.GetProperty("data").GetProperty("entries").GetProperty("totalCount").GetInt32());
        }

        await Assertions.Expect(page.Locator(".view-lines").Filter(new() { HasText = "\"totalCount\"" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var screenshot = Path.Combine(AppContext.BaseDirectory, "bananacakepop.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine($"screenshot: {screenshot}");
    }
}
