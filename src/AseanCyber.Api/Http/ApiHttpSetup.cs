using AseanCyber.Api.Ide;
using AseanCyber.Api.Operations;
using AseanCyber.GraphQL.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AseanCyber.Api.Http;

/// <summary>The generic GraphQL-over-HTTP endpoint with this API's parts: the API key, graph store errors, the request log and the IDE.</summary>
public static class ApiHttpSetup
{
    public static IServiceCollection AddApiGraphQLEndpoint(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphQLHttpEndpoint(configuration);
        services.AddOptions<ApiAuthOptions>().Bind(configuration.GetSection(ApiAuthOptions.SectionName));
        services.AddSingleton<ApiUserContextFactory>();
        services.AddSingleton<IGraphQLUserContextFactory>(sp => sp.GetRequiredService<ApiUserContextFactory>());
        services.AddSingleton<IGraphQLExceptionMapper, GraphStoreExceptionMapper>();
        services.AddSingleton<IGraphQLHttpRequestListener, RequestLogListener>();

        // Naming the server software only helps someone looking for a known flaw in it.
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);

        // The IDE shares the endpoint's path (a browser's GET of /graphql is redirected to it), so it comes with it.
        services.AddBananaCakePop(configuration);
        return services;
    }

    public static IEndpointConventionBuilder MapApiGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string path) =>
        endpoints.MapGraphQLHttpEndpoint(path).RequireCors(ApiCors.PolicyName);
}
