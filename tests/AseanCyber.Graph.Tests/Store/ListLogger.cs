using Microsoft.Extensions.Logging;

namespace AseanCyber.Graph.Tests.Store;

/// <summary>Keeps every log entry, with its structured properties, for assertions.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly List<LogRecord> _records = [];

    public IReadOnlyList<LogRecord> Records
    {
        get
        {
            lock (_records)
            {
                return [.. _records];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
            : [];
        lock (_records)
        {
            _records.Add(new LogRecord(logLevel, formatter(state, exception), properties, exception));
        }
    }
}

public sealed record LogRecord(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);
