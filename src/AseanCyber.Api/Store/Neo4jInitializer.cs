using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Store;

namespace AseanCyber.Api.Store;

/// <summary>
/// With Graph:Provider=Neo4j: applies cypher/schema.cypher, retrying until Neo4j answers, so the API can start before the
/// database (readiness says "not initialised" meanwhile). The seeder waits for it.
/// </summary>
public sealed partial class Neo4jInitializer(Neo4jGraphStore store, ILogger<Neo4jInitializer> logger) : BackgroundService, IGraphStoreInitializer
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    private readonly TaskCompletionSource _initialized = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task WaitUntilInitializedAsync(CancellationToken cancellationToken) => _initialized.Task.WaitAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await store.InitializeAsync(stoppingToken);
                LogInitialized(logger, attempt);
                _initialized.TrySetResult();
                return;
            }
            catch (GraphStoreException e)
            {
                LogRetrying(logger, e.Code, e.Message, attempt, delay);
            }

            await Task.Delay(delay, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j schema applied after {Attempt} attempt(s)")]
    private static partial void LogInitialized(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j initialisation failed with {ErrorCode}: {Reason}; attempt {Attempt}, retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, string errorCode, string reason, int attempt, TimeSpan delay);
}

/// <summary>An adapter's start-up work that must finish before the store takes writes (Neo4j: its schema); the embedded graph has none.</summary>
public interface IGraphStoreInitializer
{
    Task WaitUntilInitializedAsync(CancellationToken cancellationToken);
}
