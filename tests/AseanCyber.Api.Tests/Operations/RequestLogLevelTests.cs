using AseanCyber.Api.Operations;
using AseanCyber.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace AseanCyber.Api.Tests.Operations;

/// <summary>
/// The level each kind of request is logged at, on one app that logs everything (a class fixture: the requests only
/// read, and each has its own path, so each test finds the one event of its request).
/// </summary>
public sealed class RequestLogLevelTests(VerboseLoggingApi app) : IClassFixture<VerboseLoggingApi>
{
    [Theory]
    [InlineData("/graphql/", "text/html", "Debug")]
    [InlineData("/graphql/favicon.svg", "*/*", "Debug")]
    [InlineData("/graphql/bcp-config.json", "*/*", "Debug")]
    [InlineData("/", "*/*", "Debug")]
    [InlineData("/health/live", "*/*", "Verbose")]
    [InlineData("/health/ready", "*/*", "Verbose")]
    [InlineData("/graphql?query=%7B__typename%7D", "application/json", "Information")]
    public async Task Ide_files_and_health_probes_are_logged_below_information(string path, string accept, string level)
    {
        using var client = app.Api.CreateClient();
        var requestPath = $"\"{path.Split('?')[0]}\"";
        LogEvent? logged = null;

        // A request slower than OperationsSetup.SlowRequest is rightly a warning and says nothing of its endpoint's level:
        // it is sent again, five times at most, until one is answered in time.
        for (var attempt = 1; attempt <= 5 && (logged is null || RequestLog.IsSlow(logged)); attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Accept", accept);

            using var response = await client.SendAsync(request);

            Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
            var events = app.Log.Events.Where(e => e.Properties.ContainsKey("Elapsed") && e.Properties["RequestPath"].ToString() == requestPath).ToList();
            Assert.True(events.Count == attempt, $"{attempt} request(s) to {path} were logged {events.Count} time(s).");
            logged = events[^1];
            Assert.Equal(RequestLog.Expected(logged, Enum.Parse<LogEventLevel>(level)), logged.Level);
        }

        Assert.False(RequestLog.IsSlow(logged!), $"Each of 5 requests to {path} took over {OperationsSetup.SlowRequest.TotalSeconds} s: {logged!.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        Assert.Equal(Enum.Parse<LogEventLevel>(level), logged.Level);
    }
}

/// <summary>One app logging at Verbose into <see cref="Log"/>.</summary>
public sealed class VerboseLoggingApi : IDisposable
{
    public VerboseLoggingApi()
    {
        Api = new ApiFactory()
            .WithSetting("Serilog:MinimumLevel:Default", "Verbose")
            .WithServices(s => s.AddSingleton<ILogEventSink>(Log));
    }

    public CapturingSink Log { get; } = new();

    public ApiFactory Api { get; }

    public void Dispose() => Api.Dispose();
}
