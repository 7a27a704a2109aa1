using Serilog.Core;
using Serilog.Events;

namespace AseanCyber.Api.Tests.Infrastructure;

/// <summary>Collects the log events of one host (registered in its DI, picked up by ReadFrom.Services).</summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly List<LogEvent> _events = [];

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_events)
        {
            _events.Add(logEvent);
        }
    }
}
