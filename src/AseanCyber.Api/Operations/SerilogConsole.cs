using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace AseanCyber.Api.Operations;

/// <summary>The console logger: human-readable text by default, one compact JSON object per line with <c>Serilog:Formatter=Json</c>.</summary>
public static class SerilogConsole
{
    public const string FormatterKey = "Serilog:Formatter";

    /// <summary>Events at this level and above go to standard error instead of standard output (unset: none do).</summary>
    public const string StandardErrorFromLevelKey = "Serilog:StandardErrorFromLevel";

    private const string TextTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration, IServiceProvider services) =>
        logger
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(CreateFormatter(configuration), standardErrorFromLevel: StandardErrorFromLevel(configuration));

    private static LogEventLevel? StandardErrorFromLevel(IConfiguration configuration) =>
        configuration[StandardErrorFromLevelKey] is not { Length: > 0 } level ? null
        : Enum.TryParse<LogEventLevel>(level, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw new InvalidOperationException($"{StandardErrorFromLevelKey} must be a Serilog level (Verbose ... Fatal), not '{level}'.");

    public static ITextFormatter CreateFormatter(IConfiguration configuration)
    {
        var formatter = configuration[FormatterKey];
        if (string.IsNullOrWhiteSpace(formatter) || formatter.Equals("Text", StringComparison.OrdinalIgnoreCase))
        {
            return new MessageTemplateTextFormatter(TextTemplate, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (formatter.Equals("Json", StringComparison.OrdinalIgnoreCase))
        {
            return new CompactJsonFormatter();
        }

        throw new InvalidOperationException($"{FormatterKey} must be 'Text' or 'Json', not '{formatter}'.");
    }
}
