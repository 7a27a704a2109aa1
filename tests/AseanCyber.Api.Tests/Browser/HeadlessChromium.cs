using System.Text.Json;
using Microsoft.Playwright;

namespace AseanCyber.Api.Tests.Browser;

/// <summary>
/// Debian's Chromium (Playwright cannot download its own here), headless, where only 127.0.0.1 resolves, recording every
/// request its network service starts in a net log, so a test can check that no page asked for another host.
/// </summary>
internal static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string netLog) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // Only 127.0.0.1 resolves: Chromium's own background requests (updates, accounts) fail without
                // touching the network, and so would anything a page tried to load from elsewhere.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                // Chromium's record of every request its network service starts: pages, workers, service worker.
                $"--log-net-log={netLog}",
            ],
        });

    /// <summary>The http(s)/ws URLs among <paramref name="urls"/> whose host is not 127.0.0.1.</summary>
    public static List<string> Foreign(IEnumerable<string> urls) =>
        urls.Distinct(StringComparer.Ordinal)
            .Where(u => u.StartsWith("http", StringComparison.OrdinalIgnoreCase) || u.StartsWith("ws", StringComparison.OrdinalIgnoreCase))
            .Where(u => new Uri(u).Host != "127.0.0.1")
            .ToList();

    /// <summary>
    /// The requests in a Chromium net log (complete once the browser has closed). A request comes from a page (or its
    /// workers) when it is a frame navigation or has the page's origin as initiator; the browser's own background
    /// requests have neither.
    /// </summary>
    public static List<NetLogRequest> NetLogRequests(string path)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(path));
        var startJob = log.RootElement.GetProperty("constants").GetProperty("logEventTypes").GetProperty("URL_REQUEST_START_JOB").GetInt32();
        return log.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.TryGetProperty("type", out var type) && type.GetInt32() == startJob)
            .Select(e => e.TryGetProperty("params", out var p) ? p : default)
            .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("url", out _))
            .Select(p => new NetLogRequest(
                p.GetProperty("url").GetString()!,
                p.TryGetProperty("initiator", out var initiator) ? initiator.GetString() : null,
                p.TryGetProperty("request_type", out var type) ? type.GetString() : null))
            .ToList();
    }
}

internal sealed record NetLogRequest(string Url, string? Initiator, string? RequestType)
{
    public bool IsFromPage =>
        RequestType is "main frame" or "sub frame"
        || (Initiator is not null && Initiator.StartsWith("http", StringComparison.Ordinal));
}
