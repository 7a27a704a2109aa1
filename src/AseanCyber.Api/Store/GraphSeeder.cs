using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Store;

/// <summary>
/// Imports the bundled profiles the store does not hold yet (<see cref="GraphOptions.SeedOnStartup"/>), in one batch; a
/// profile the store holds already (imported later and kept) wins. A bundled profile that does not parse fails start-up
/// with INVALID_BUNDLED_PROFILE whatever the provider.
/// <list type="bullet">
/// <item>Embedded graph: the store is opened and seeded inside <see cref="StartAsync"/>. The host awaits each hosted
/// service's StartAsync in turn, and WebApplication registers its server's hosted service after the app's, so the server
/// takes no request before the seed is in, and any seeding failure fails start-up.</item>
/// <item>A store with an <see cref="IGraphStoreInitializer"/> (Neo4j): seeded in the background once the schema is applied,
/// retrying while Neo4j fails; <see cref="NotReadyReason"/> keeps /health/ready at 503 until the seed is in.</item>
/// </list>
/// </summary>
public sealed partial class GraphSeeder(
    IServiceProvider services,
    IOptions<GraphOptions> options,
    SeedProfiles seed,
    ProfileImporter importer,
    ILogger<GraphSeeder> logger) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    private IReadOnlyList<ProfileDocument> _bundled = [];
    private volatile string? _notReadyReason = "the bundled profiles are not imported yet";

    /// <summary>Why the store cannot serve yet (the seed is not in), or null once it can.</summary>
    public string? NotReadyReason => _notReadyReason;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Opens the embedded graph now, before the server starts, rather than on the first request.
        var store = services.GetRequiredService<IGraphStore>();
        if (!options.Value.SeedOnStartup)
        {
            _notReadyReason = null;
            return;
        }

        _bundled = GraphSeed.Parse(seed.Sources, importer.Import);
        if (_bundled.Count == 0)
        {
            LogNoBundledProfiles(logger);
        }

        if (services.GetService<IGraphStoreInitializer>() is null)
        {
            await SeedAsync(store, cancellationToken);
            return;
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await services.GetRequiredService<IGraphStoreInitializer>().WaitUntilInitializedAsync(stoppingToken);
        var store = services.GetRequiredService<IGraphStore>();
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SeedAsync(store, stoppingToken);
                return;
            }
            catch (GraphStoreException e) when (e.Code != GraphErrorCodes.InvalidBundledProfile)
            {
                _notReadyReason = $"the bundled profiles are not imported yet: {e.Message}";
                LogRetrying(logger, e.Code, e.Message, attempt, delay);
            }
            catch (GraphStoreException e)
            {
                // The database refuses a bundled page (another profile holds its entry ids): no retry helps; the host stops.
                _notReadyReason = e.Message;
                throw;
            }

            await Task.Delay(delay, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    private async Task SeedAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var outcomes = await GraphSeed.SeedAsync(store, _bundled, cancellationToken);
        var imported = string.Join(", ", outcomes.Select(o => o.ProfileId));
        LogSeeded(logger, outcomes.Count, _bundled.Count - outcomes.Count, imported);
        _notReadyReason = null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: imported {ImportedCount} bundled profile(s) ({ProfileIds}); {KeptCount} already held by the store")]
    private static partial void LogSeeded(ILogger logger, int importedCount, int keptCount, string profileIds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No bundled profile found in the assembly: the graph starts with the store's own profiles only")]
    private static partial void LogNoBundledProfiles(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seeding failed with {ErrorCode}: {Reason}; attempt {Attempt}, retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, string errorCode, string reason, int attempt, TimeSpan delay);
}

/// <summary>The profile texts the seed imports: those shipped in the assembly (<see cref="BundledProfiles"/>) unless the host registers others.</summary>
public sealed class SeedProfiles(IReadOnlyList<SourceDocument> sources)
{
    public IReadOnlyList<SourceDocument> Sources { get; } = sources;
}
