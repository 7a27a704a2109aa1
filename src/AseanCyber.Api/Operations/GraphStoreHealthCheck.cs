using AseanCyber.Api.Store;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AseanCyber.Api.Operations;

/// <summary>Readiness: whether the graph store can answer queries now (<see cref="IGraphStore.CheckHealthAsync"/>) and the seed is in.</summary>
public sealed partial class GraphStoreHealthCheck(IServiceProvider services, ILogger<GraphStoreHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var store = services.GetService<IGraphStore>();
        if (store is null)
        {
            return HealthCheckResult.Unhealthy("No graph store is registered.");
        }

        try
        {
            var health = await store.CheckHealthAsync(cancellationToken);
            if (!health.IsReady)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, health.Description);
            }

            return services.GetService<GraphSeeder>()?.NotReadyReason is { } seeding
                ? new HealthCheckResult(context.Registration.FailureStatus, $"{health.Description}; {seeding}")
                : HealthCheckResult.Healthy(health.Description);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCheckFailed(logger, ex);
            return new HealthCheckResult(context.Registration.FailureStatus, $"The graph store could not be checked ({ex.GetType().Name}); see the server log.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph store health check failed")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
