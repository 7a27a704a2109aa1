using AseanCyber.Graph.Import;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Store;

/// <summary>
/// With Graph:Provider=Neo4j: applies cypher/schema.cypher and seeds an empty database, retrying until Neo4j answers,
/// so the API can start before the database (readiness says "not initialised" meanwhile).
/// </summary>
public sealed partial class Neo4jInitializer(IServiceProvider services, IOptions<GraphOptions> options, ILogger<Neo4jInitializer> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsNeo4j)
        {
            return;
        }

        var store = services.GetRequiredService<Neo4jGraphStore>();
        var importer = services.GetRequiredService<ProfileImporter>();
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await store.InitializeAsync(importer, options.Value.SeedOnStartup, stoppingToken);
                LogInitialized(logger, attempt);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j schema applied and seed checked after {Attempt} attempt(s)")]
    private static partial void LogInitialized(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j initialisation failed with {ErrorCode}: {Reason}; attempt {Attempt}, retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, string errorCode, string reason, int attempt, TimeSpan delay);
}
