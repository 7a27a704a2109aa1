using Serilog.Events;

namespace AseanCyber.Api.Operations;

/// <summary>
/// Endpoint metadata: the level at which a successful request to the endpoint is logged. Static IDE files and the home
/// document are logged at Debug, health probes at Verbose, so the Information log holds the API's own traffic.
/// </summary>
public sealed record RequestLogLevel(LogEventLevel Level);

public static class RequestLogLevelExtensions
{
    public static TBuilder WithRequestLogLevel<TBuilder>(this TBuilder builder, LogEventLevel level)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestLogLevel(level));
}
