namespace AseanCyber.Api.Http;

public static class GraphQLHttpEndpoint
{
    public static IServiceCollection AddGraphQLHttpEndpoint(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapGraphQLHttpEndpoint(this IEndpointRouteBuilder endpoints, string path) => endpoints;
}
