using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Store;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Store;

/// <summary>Configuration section "Graph": which adapter serves the store port, and where imported documents are kept.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public string Provider { get; set; } = "Embedded";

    public string DataDirectory { get; set; } = "App_Data/profiles";
}

public static class GraphStoreSetup
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section));
        services.AddSingleton(ReferenceData.Default);
        services.AddSingleton<ProfileImporter>();

        // Resolved lazily: test hosts and other late configuration sources are only complete once the host is built.
        services.AddSingleton<IGraphStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
            if (!string.Equals(options.Provider, "Embedded", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"Graph:Provider '{options.Provider}' is not supported by this build; use 'Embedded' (the default).");
            }

            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return EmbeddedGraphStore.Open(
                sp.GetRequiredService<ProfileImporter>(),
                new EmbeddedStoreOptions { DataDirectory = Path.GetFullPath(options.DataDirectory, root) },
                sp.GetRequiredService<ILogger<EmbeddedGraphStore>>());
        });
        return services;
    }

    /// <summary>Builds the graph before the first request, so start-up fails loudly and the first query is not slow.</summary>
    public static WebApplication UseGraphStore(this WebApplication app)
    {
        app.Services.GetRequiredService<IGraphStore>();
        return app;
    }
}
