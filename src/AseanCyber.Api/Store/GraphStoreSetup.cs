namespace AseanCyber.Api.Store;

public static class GraphStoreSetup
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration) => services;
}
