using AseanCyber.Api.Operations;
using AseanCyber.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace AseanCyber.Api.Tests.Operations;

public sealed class LoggingTests
{
    [Fact]
    public async Task Each_request_is_logged_once_with_its_status_and_elapsed_time()
    {
        var log = new CapturingSink();
        using var api = new ApiFactory()
            .WithSetting("Serilog:MinimumLevel:Default", "Information")
            .WithServices(s => s.AddSingleton<ILogEventSink>(log));

        await api.PostGraphQLAsync("query Named { __typename }", operationName: "Named");

        var request = Assert.Single(log.Events, e => e.Properties.ContainsKey("Elapsed"));
        Assert.Equal(RequestLog.Expected(request, LogEventLevel.Information), request.Level);
        Assert.Equal("\"/graphql\"", request.Properties["RequestPath"].ToString());
        Assert.Equal("200", request.Properties["StatusCode"].ToString());
        Assert.Equal("\"Named\"", request.Properties["GraphQLOperationName"].ToString());
    }

    [Fact]
    public async Task Minimum_level_comes_from_configuration()
    {
        var log = new CapturingSink();
        using var api = new ApiFactory()
            .WithSetting("Serilog:MinimumLevel:Default", "Warning")
            .WithServices(s => s.AddSingleton<ILogEventSink>(log));

        await api.PostGraphQLAsync("{ __typename }");

        // The request's Information event is left out; only a slow request (a loaded machine) is a warning, and logged.
        Assert.DoesNotContain(log.Events, e => e.Level < LogEventLevel.Warning);
        Assert.All(log.Events.Where(e => e.Properties.ContainsKey("Elapsed")), e => Assert.True(RequestLog.IsSlow(e), e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Hosts_running_side_by_side_keep_their_own_loggers()
    {
        var firstLog = new CapturingSink();
        var secondLog = new CapturingSink();
        using var first = new ApiFactory().WithSetting("Serilog:MinimumLevel:Default", "Information").WithServices(s => s.AddSingleton<ILogEventSink>(firstLog));
        using var second = new ApiFactory().WithSetting("Serilog:MinimumLevel:Default", "Information").WithServices(s => s.AddSingleton<ILogEventSink>(secondLog));
        _ = first.Services;
        _ = second.Services;

        await Task.WhenAll(
            first.PostGraphQLAsync("query First { __typename }", operationName: "First"),
            second.PostGraphQLAsync("query Second { __typename }", operationName: "Second"));

        Assert.Equal(["\"First\""], OperationNames(firstLog));
        Assert.Equal(["\"Second\""], OperationNames(secondLog));
    }

    [Fact]
    public void Json_formatter_writes_one_compact_json_object_per_event()
    {
        var formatter = SerilogConsole.CreateFormatter(Configuration("Json"));
        using var output = new StringWriter();

        formatter.Format(Event("Imported {Count} entries", new LogEventProperty("Count", new ScalarValue(42))), output);

        Assert.IsType<CompactJsonFormatter>(formatter);
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.Equal("Imported {Count} entries", json.RootElement.GetProperty("@mt").GetString());
        Assert.Equal(42, json.RootElement.GetProperty("Count").GetInt32());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Text")]
    public void Text_formatter_is_the_default(string? setting)
    {
        var formatter = SerilogConsole.CreateFormatter(Configuration(setting));
        using var output = new StringWriter();

        formatter.Format(Event("Imported {Count} entries", new LogEventProperty("Count", new ScalarValue(42))), output);

        Assert.Contains("Imported 42 entries", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("@mt", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_formatter_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SerilogConsole.CreateFormatter(Configuration("Xml")));

        Assert.Contains("Serilog:Formatter", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> OperationNames(CapturingSink log) =>
        log.Events.Where(e => e.Properties.ContainsKey("Elapsed")).Select(e => e.Properties["GraphQLOperationName"].ToString());

    private static IConfiguration Configuration(string? formatter) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Serilog:Formatter"] = formatter }).Build();

    private static LogEvent Event(string template, params LogEventProperty[] properties) =>
        new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, new MessageTemplateParser().Parse(template), properties);
}
