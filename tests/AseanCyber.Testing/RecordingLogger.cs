using Microsoft.Extensions.Logging;

namespace AseanCyber.Testing;

/// <summary>Keeps every log entry, with its structured properties, so a test can assert a path logs once and what it says.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<LoggedEntry> _entries = [];

    public IReadOnlyList<LoggedEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
            : [];
        lock (_entries)
        {
            _entries.Add(new LoggedEntry(logLevel, formatter(state, exception), properties, exception));
        }
    }
}

public sealed record LoggedEntry(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception)
{
    public object? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;
}
