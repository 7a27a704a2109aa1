using System.Collections.Concurrent;
using System.Globalization;
using AseanCyber.Api.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AseanCyber.Api.Tests.Browser;

/// <summary>
/// The explorer in headless Chromium against the app (seeded with the ASEAN profile) on a real port, on a 1366x768
/// screen: the network is drawn, search finds the Japan cybercrime dialogue and its panel shows evidence and source lines,
/// Korea to INTERPOL is three clicks, a copied URL reopens the same view, keys work, errors show, and no request leaves
/// 127.0.0.1. Screenshots go to the test output folder (explore.png, explore-path.png).
/// </summary>
[Trait(Tier.Name, Tier.External)]
public sealed class ExplorerBrowserTests(ITestOutputHelper output)
{
    private const string Dialogue = "ASEAN-Japan 2nd Cybercrime Dialogue";
    private const string DialogueId = "entry:asean:asean-japan-2nd-cybercrime-dialogue";
    private const string KoreaToInterpol = "country:KR profile:asean organization:interpol";

    private readonly ConcurrentQueue<string> _pageProblems = new();
    private readonly ConcurrentQueue<string> _seen = new();

    [SkippableFact]
    public async Task Explorer_draws_the_network_finds_explains_and_paths_from_our_server_alone()
    {
        ExternalTools.Require(File.Exists(HeadlessChromium.Executable), $"{HeadlessChromium.Executable} is missing (apt-get install -y chromium)");
        // Expectations wait 5 s by default: too short for a first request on a busy 2-core machine.
        Assertions.SetDefaultExpectTimeout(30_000);

        using var api = new ApiFactory();
        var root = api.StartKestrel();
        var netLog = Path.Combine(AppContext.BaseDirectory, "chromium-netlog-explorer.json");
        using var playwright = await Playwright.CreateAsync();
        await using (var browser = await HeadlessChromium.LaunchAsync(playwright, netLog))
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            });
            context.SetDefaultTimeout(30_000);
            context.Request += (_, request) => _seen.Enqueue(request.Url);
            var page = await NewPageAsync(context);
            try
            {
                // Bounded, so a stuck browser fails the test instead of hanging the run.
                await ExploreAsync(context, page, root).WaitAsync(TimeSpan.FromMinutes(3));
            }
            catch
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "explore-failure.png") });
                throw;
            }

            await browser.CloseAsync();
        }

        var fromPages = HeadlessChromium.NetLogRequests(netLog).Where(r => r.IsFromPage).Select(r => r.Url).Distinct(StringComparer.Ordinal).ToList();
        output.WriteLine($"Chromium's net log: {fromPages.Count} distinct URLs requested by the pages; Playwright saw {_seen.Distinct().Count()}");
        var foreign = HeadlessChromium.Foreign(fromPages.Concat(_seen));
        Assert.True(foreign.Count == 0, "The explorer requested other hosts:\n" + string.Join('\n', foreign));
        Assert.True(_pageProblems.IsEmpty, "The explorer logged errors or broke its Content Security Policy:\n" + string.Join('\n', _pageProblems));
        Assert.Contains(fromPages, u => u.EndsWith("/explore/vendor/cytoscape.esm.min.mjs", StringComparison.Ordinal));
        Assert.Contains(fromPages, u => u.EndsWith("/explore/vendor/cytoscape-fcose.js", StringComparison.Ordinal));
        Assert.Contains(fromPages, u => u == new Uri(root, "graphql").ToString());
    }

    private async Task ExploreAsync(IBrowserContext context, IPage page, Uri root)
    {
        // Opening /explore lands on the page, and the seed's network is drawn.
        await page.GotoAsync(new Uri(root, "explore").ToString());
        Assert.Equal(new Uri(root, "explore/").ToString(), page.Url);
        await WaitReadyAsync(page);
        var drawn = (await page.GetAttributeAsync("#graph", "data-drawn-ids"))!.Split(' ');
        output.WriteLine($"drawn: {string.Join(' ', drawn)}");
        Assert.True(drawn.Length >= 12, $"only {drawn.Length} actors drawn");
        Assert.Contains("profile:asean", drawn);
        Assert.Contains("country:JP", drawn);
        Assert.Contains("country:KR", drawn);
        Assert.Contains("organization:interpol", drawn);
        // The list alternative holds the same actors.
        Assert.Equal(drawn.Order(StringComparer.Ordinal), (await page.Locator("#actors li").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.nodeId)")).Order(StringComparer.Ordinal));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync($"{drawn.Length} actors");
        await Assertions.Expect(page.Locator("#error")).ToBeHiddenAsync();
        await ScreenshotAsync(page, "explore.png");

        await SearchFindsTheDialogueAndItsEvidenceAsync(page);
        await KoreaToInterpolInThreeClicksAsync(page);
        var sharedPath = page.Url;

        // A shared link reopens the same view: the path, drawn and explained (the screenshot is of this one, its
        // path finder filled in).
        var shared = await NewPageAsync(context);
        await shared.GotoAsync(sharedPath);
        await WaitReadyAsync(shared);
        await Assertions.Expect(shared.Locator("#graph")).ToHaveAttributeAsync("data-path", KoreaToInterpol);
        await Assertions.Expect(shared.Locator("#panel")).ToHaveAttributeAsync("data-kind", "path");
        await Assertions.Expect(shared.Locator("#path-from")).ToHaveValueAsync("country:KR");
        await Assertions.Expect(shared.Locator("#path-to")).ToHaveValueAsync("organization:interpol");
        await ScreenshotAsync(shared, "explore-path.png");
        await shared.CloseAsync();

        await LinkAndFiltersAsync(page, context);
        await KeyboardAsync(page);
        await ErrorsShowPlainlyAsync(context, root);
    }

    private static async Task SearchFindsTheDialogueAndItsEvidenceAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search entries" }).FillAsync("Japan cybercrime");
        await page.Keyboard.PressAsync("Enter");
        var results = page.Locator("#panel[data-kind=search] .result .entry-title");
        await Assertions.Expect(results.First).ToHaveTextAsync(Dialogue);

        await results.First.ClickAsync();
        var panel = page.Locator("#panel[data-kind=entry]");
        await Assertions.Expect(panel.Locator("#panel-title")).ToHaveTextAsync(Dialogue);
        // Each link with its evidence text and source line, and the entry's source lines.
        await Assertions.Expect(panel.Locator(".source-lines")).ToHaveTextAsync("asean-profile-2018.txt, lines 85–87");
        var japan = panel.Locator(".link", new() { Has = page.Locator("[data-node-id='country:JP']") });
        await Assertions.Expect(japan.Locator(".evidence")).ToHaveTextAsync("ASEAN-Japan");
        await Assertions.Expect(japan.Locator(".line")).ToHaveTextAsync("line 85");
        await Assertions.Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-selected", DialogueId);
        Assert.Contains("sel=" + Uri.EscapeDataString(DialogueId), page.Url, StringComparison.Ordinal);

        // Escape goes back to the results, then closes the panel.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#panel")).ToHaveAttributeAsync("data-kind", "search");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#panel")).ToBeHiddenAsync();
    }

    /// <summary>Korea, "Path from here…", INTERPOL: the best path goes through ASEAN and is explained link by link.</summary>
    private static async Task KoreaToInterpolInThreeClicksAsync(IPage page)
    {
        await page.Locator("#actors button[data-node-id='country:KR']").ClickAsync();
        await page.Locator("#panel").GetByRole(AriaRole.Button, new() { Name = "Path from here…" }).ClickAsync();
        await page.Locator("#actors button[data-node-id='organization:interpol']").ClickAsync();

        await Assertions.Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-path", KoreaToInterpol);
        var panel = page.Locator("#panel[data-kind=path]");
        await Assertions.Expect(panel.Locator(".path-line")).ToHaveTextAsync("Republic of Korea → ASEAN → INTERPOL");
        var links = panel.Locator(".path-links > li");
        await Assertions.Expect(links).ToHaveCountAsync(2);
        // Each link lists its entries: ASEAN and INTERPOL share the INTERPOL-led operation.
        await Assertions.Expect(links.Nth(0).Locator(".entry")).ToHaveCountAsync(2);
        await Assertions.Expect(links.Nth(1).Locator(".entry-title")).ToHaveTextAsync("INTERPOL-led cybercrime operation across ASEAN");
        await Assertions.Expect(links.Nth(1).Locator(".link.relevant .evidence")).ToHaveTextAsync("INTERPOL-led");
    }

    private async Task LinkAndFiltersAsync(IPage page, IBrowserContext context)
    {
        // A partner opens the link between both: their shared entries.
        await page.Locator("#actors button[data-node-id='country:JP']").ClickAsync();
        await page.Locator("#panel[data-kind=actor] button[data-link-to='profile:asean']").ClickAsync();
        var link = page.Locator("#panel[data-kind=link]");
        await Assertions.Expect(link.Locator("#panel-title")).ToHaveTextAsync("Japan — Association of Southeast Asian Nations (ASEAN)");
        await Assertions.Expect(link.Locator(".entry")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-selected", "country:JP~profile:asean");

        // Meetings from 2017 on: fewer actors, and the URL says so.
        var all = int.Parse((await page.GetAttributeAsync("#graph", "data-drawn-count"))!, CultureInfo.InvariantCulture);
        await page.GetByLabel("Kind").SelectOptionAsync("MEETING");
        await page.GetByLabel("Years from").SelectOptionAsync("2017");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("from 5 entries");
        var filtered = int.Parse((await page.GetAttributeAsync("#graph", "data-drawn-count"))!, CultureInfo.InvariantCulture);
        Assert.InRange(filtered, 2, all - 1);
        Assert.Contains("kind=MEETING", page.Url, StringComparison.Ordinal);
        Assert.Contains("yfrom=2017", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(link.Locator(".entry")).ToHaveCountAsync(2);

        // The same URL elsewhere: same filters, same drawing, same panel.
        var shared = await NewPageAsync(context);
        await shared.GotoAsync(page.Url);
        await WaitReadyAsync(shared);
        await Assertions.Expect(shared.GetByLabel("Kind")).ToHaveValueAsync("MEETING");
        Assert.Equal(await page.GetAttributeAsync("#graph", "data-drawn-ids"), await shared.GetAttributeAsync("#graph", "data-drawn-ids"));
        await Assertions.Expect(shared.Locator("#panel[data-kind=link] .entry")).ToHaveCountAsync(2);
        await shared.CloseAsync();

        // A shared path between actors these filters leave out of the drawing: the path finder still names them.
        var outside = await NewPageAsync(context);
        await outside.GotoAsync(new Uri(new Uri(page.Url), "/explore/#kind=MEETING&yfrom=2017&from=country%3AKR&to=organization%3Ainterpol").ToString());
        await WaitReadyAsync(outside);
        await Assertions.Expect(outside.Locator("#path-from option:checked")).ToHaveTextAsync("Republic of Korea (country)");
        await Assertions.Expect(outside.Locator("#path-to option:checked")).ToHaveTextAsync("INTERPOL (organization)");
        await outside.CloseAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync();
        await Assertions.Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-drawn-count", all.ToString(CultureInfo.InvariantCulture));
        output.WriteLine($"actors: {all} in all, {filtered} with meetings from 2017");
    }

    /// <summary>The drawing takes the keyboard: arrows walk the actors (largest first), Enter opens one, Escape closes it.</summary>
    private static async Task KeyboardAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#panel")).ToBeHiddenAsync();
        await page.Locator("#graph").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-keyboard", "profile:asean");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#panel-title")).ToHaveTextAsync("Association of Southeast Asian Nations (ASEAN)");
        await Assertions.Expect(page.Locator("#panel-title")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#panel")).ToBeHiddenAsync();
    }

    /// <summary>An API error is said in words, and the network stays drawn.</summary>
    private async Task ErrorsShowPlainlyAsync(IBrowserContext context, Uri root)
    {
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => _pageProblems.Enqueue($"page error: {error}");
        await page.GotoAsync(new Uri(root, "explore/#sel=country%3AXX").ToString());
        await WaitReadyAsync(page);
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("NODE_NOT_FOUND");
        await Assertions.Expect(page.Locator("#panel .panel-error")).ToContainTextAsync("country:XX");
        Assert.NotEqual("0", await page.GetAttributeAsync("#graph", "data-drawn-count"));
        await page.CloseAsync();
    }

    private async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => _pageProblems.Enqueue($"page error: {error}");
        page.Console += (_, message) =>
        {
            output.WriteLine($"console.{message.Type}: {message.Text}");
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _pageProblems.Enqueue(message.Text);
            }
        };
        return page;
    }

    private static Task WaitReadyAsync(IPage page) =>
        Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");

    private async Task ScreenshotAsync(IPage page, string name)
    {
        // Layout and fit animations settle first.
        await page.WaitForTimeoutAsync(500);
        var path = Path.Combine(AppContext.BaseDirectory, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        output.WriteLine($"screenshot: {path}");
    }
}
