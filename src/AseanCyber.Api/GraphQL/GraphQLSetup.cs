namespace AseanCyber.Api.GraphQL;

public static class GraphQLSetup
{
    public static IServiceCollection AddAseanCyberGraphQL(this IServiceCollection services, IConfiguration configuration) => services;
}
