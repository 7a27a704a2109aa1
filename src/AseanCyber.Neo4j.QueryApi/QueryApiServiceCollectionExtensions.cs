using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AseanCyber.Neo4j.QueryApi;

public static class QueryApiServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client uses, for adding handlers in tests or diagnostics.</summary>
    public const string HttpClientName = "AseanCyber.Neo4j.QueryApi";

    /// <summary>
    /// Registers <see cref="QueryApiClient"/> as a singleton over a named <see cref="HttpClient"/>. The options are read
    /// when the client is first resolved, and invalid ones fail that resolution with every problem listed.
    /// </summary>
    public static IServiceCollection AddNeo4jQueryApiClient(this IServiceCollection services, Func<IServiceProvider, Neo4jOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);

        // The client's own per-request timeout applies, so HttpClient's must not cut it short.
        services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            // A singleton keeps its HttpClient, so the factory never recycles the handler: the pool's connection
            // lifetime is what lets a moved server (DNS change) be found again.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.TryAddSingleton(provider => new QueryApiClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            options(provider),
            provider.GetRequiredService<ILogger<QueryApiClient>>()));
        return services;
    }

    /// <summary>As above, with the options bound from the <c>Neo4j</c> section of <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddNeo4jQueryApiClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddNeo4jQueryApiClient(
            _ => configuration.GetSection(Neo4jOptions.Section).Get<Neo4jOptions>() ?? new Neo4jOptions());
    }
}
