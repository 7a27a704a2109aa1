using Microsoft.Extensions.Logging;

namespace AseanCyber.GraphQL.Http.Tests.Infrastructure;

/// <summary>Collects what one host logs: register with <c>services.AddSingleton&lt;ILoggerProvider&gt;(capture)</c>.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly List<Entry> _entries = [];

    public IReadOnlyList<Entry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Properties);

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                : [];
            lock (provider._entries)
            {
                provider._entries.Add(new Entry(category, logLevel, formatter(state, exception), exception, properties));
            }
        }
    }
}
