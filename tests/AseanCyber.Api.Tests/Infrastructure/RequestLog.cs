using AseanCyber.Api.Operations;
using Serilog.Events;

namespace AseanCyber.Api.Tests.Infrastructure;

/// <summary>
/// The request log's events as tests read them. A request slower than <see cref="OperationsSetup.SlowRequest"/> is logged
/// as a warning whatever its endpoint, and a loaded machine (above all for a host's first requests) can take that long.
/// </summary>
public static class RequestLog
{
    /// <summary>The request's own event (the one with its elapsed time) took <see cref="OperationsSetup.SlowRequest"/> or longer.</summary>
    public static bool IsSlow(LogEvent logged) =>
        logged.Properties.TryGetValue("Elapsed", out var elapsed)
        && elapsed is ScalarValue { Value: double milliseconds }
        && milliseconds >= OperationsSetup.SlowRequest.TotalMilliseconds;

    /// <summary>The level the request log must give this request: Warning if it was slow, else its endpoint's level.</summary>
    public static LogEventLevel Expected(LogEvent logged, LogEventLevel endpointLevel) =>
        IsSlow(logged) ? LogEventLevel.Warning : endpointLevel;
}
