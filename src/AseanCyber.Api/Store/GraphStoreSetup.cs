using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Store;
using AseanCyber.Neo4j.QueryApi;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Store;

/// <summary>Configuration section "Graph": which adapter serves the store port, and how it starts.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";
    public const string Embedded = "Embedded";
    public const string Neo4j = "Neo4j";

    /// <summary>"Embedded" (in-process, the default) or "Neo4j" (configured by the "Neo4j" section).</summary>
    public string Provider { get; set; } = Embedded;

    /// <summary>Embedded only: where imported profile texts are kept.</summary>
    public string DataDirectory { get; set; } = "App_Data/profiles";

    /// <summary>Neo4j only: import the bundled profiles at start-up when the database holds no profile.</summary>
    public bool SeedOnStartup { get; set; } = true;

    public bool IsNeo4j => string.Equals(Provider, Neo4j, StringComparison.OrdinalIgnoreCase);

    public bool IsEmbedded => string.Equals(Provider, Embedded, StringComparison.OrdinalIgnoreCase);
}

public static class GraphStoreSetup
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section));
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jOptions.Section));
        services.AddSingleton(ReferenceData.Default);
        services.AddSingleton<ProfileImporter>();
        services.AddNeo4jQueryApiClient(sp => sp.GetRequiredService<IOptions<Neo4jOptions>>().Value);
        services.AddSingleton(sp => new Neo4jGraphStore(
            sp.GetRequiredService<QueryApiClient>(),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value,
            sp.GetRequiredService<ILogger<Neo4jGraphStore>>()));
        services.AddHostedService<Neo4jInitializer>();

        // Resolved lazily: test hosts and other late configuration sources are only complete once the host is built.
        services.AddSingleton<IGraphStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
            if (options.IsNeo4j)
            {
                var problems = sp.GetRequiredService<IOptions<Neo4jOptions>>().Value.Validate();
                return problems.Count == 0
                    ? sp.GetRequiredService<Neo4jGraphStore>()
                    : throw new InvalidOperationException(
                        $"Graph:Provider is Neo4j but the Neo4j settings are not usable: {string.Join("; ", problems)}.");
            }

            if (!options.IsEmbedded)
            {
                throw new InvalidOperationException(
                    $"Graph:Provider '{options.Provider}' is not known; use '{GraphOptions.Embedded}' (the default) or '{GraphOptions.Neo4j}'.");
            }

            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return EmbeddedGraphStore.Open(
                sp.GetRequiredService<ProfileImporter>(),
                new EmbeddedStoreOptions { DataDirectory = Path.GetFullPath(options.DataDirectory, root) },
                sp.GetRequiredService<ILogger<EmbeddedGraphStore>>());
        });
        return services;
    }

    /// <summary>Builds the graph (or checks the Neo4j settings) before the first request, so a bad configuration fails start-up loudly.</summary>
    public static WebApplication UseGraphStore(this WebApplication app)
    {
        app.Services.GetRequiredService<IGraphStore>();
        return app;
    }
}
