using AseanCyber.Graph.Embedded;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Neo4j;
using AseanCyber.Graph.Store;
using AseanCyber.Neo4j.QueryApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Store;

public static class GraphStoreSetup
{
    /// <summary>
    /// The store port, served by the adapter Graph:Provider names (an unknown one fails here, at start-up), and the seed.
    /// The provider is read from the configuration the host has when the app registers its services: the settings file,
    /// the environment and the command line.
    /// </summary>
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(GraphOptions.Section)[nameof(GraphOptions.Provider)] ?? GraphOptions.Embedded;
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();
        services.AddSingleton(ReferenceData.Default);
        services.AddSingleton<ProfileImporter>();
        services.TryAddSingleton(_ => new SeedProfiles(BundledProfiles.Load()));
        if (string.Equals(provider, GraphOptions.Embedded, StringComparison.OrdinalIgnoreCase))
        {
            services.AddEmbeddedGraph();
        }
        else if (string.Equals(provider, GraphOptions.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            services.AddNeo4jGraph(configuration);
        }
        else
        {
            throw new InvalidOperationException(GraphOptions.UnknownProvider(provider));
        }

        // After the adapter's own hosted services (Neo4j's initializer), before the server's (WebApplication adds it last).
        services.AddSingleton<GraphSeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphSeeder>());
        return services;
    }

    /// <summary>
    /// The in-process graph, opened from Graph:DataDirectory when first resolved (the seeder resolves it at start-up, so
    /// the first request never waits for it).
    /// </summary>
    public static IServiceCollection AddEmbeddedGraph(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return EmbeddedGraphStore.Open(
                sp.GetRequiredService<ProfileImporter>(),
                new EmbeddedStoreOptions
                {
                    DataDirectory = Path.GetFullPath(options.DataDirectory, root),
                    Bundled = options.SeedOnStartup ? sp.GetRequiredService<SeedProfiles>().Sources : [],
                },
                sp.GetRequiredService<ILogger<EmbeddedGraphStore>>());
        });
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<EmbeddedGraphStore>());
        return services;
    }

    /// <summary>
    /// The graph in Neo4j over its Query API, with the "Neo4j" settings checked at start-up, and the initializer that
    /// applies cypher/schema.cypher in the background (retrying until Neo4j answers).
    /// </summary>
    public static IServiceCollection AddNeo4jGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>();
        services.AddNeo4jQueryApiClient(sp => sp.GetRequiredService<IOptions<Neo4jOptions>>().Value);
        services.AddSingleton(sp => new Neo4jGraphStore(
            sp.GetRequiredService<QueryApiClient>(),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value,
            sp.GetRequiredService<ILogger<Neo4jGraphStore>>()));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<Neo4jInitializer>();
        services.AddSingleton<IGraphStoreInitializer>(sp => sp.GetRequiredService<Neo4jInitializer>());
        services.AddHostedService(sp => sp.GetRequiredService<Neo4jInitializer>());
        return services;
    }

    private sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
    {
        public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(problems.Select(p => $"Graph:Provider is Neo4j but the Neo4j settings are not usable: {p}"));
        }
    }
}
