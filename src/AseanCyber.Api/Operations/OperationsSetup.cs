namespace AseanCyber.Api.Operations;

public static class OperationsSetup
{
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder) => builder;

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration) => services.AddCors();

    public static IServiceCollection AddApiHealthChecks(this IServiceCollection services) => services;

    public static WebApplication UseApiRequestLogging(this WebApplication app) => app;

    public static WebApplication MapApiHealthChecks(this WebApplication app) => app;
}
