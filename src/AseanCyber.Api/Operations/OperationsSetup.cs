using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

namespace AseanCyber.Api.Operations;

public static class OperationsSetup
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    private const string LiveTag = "live";
    private const string ReadyTag = "ready";

    /// <summary>
    /// Serilog to the console, configured per host (no static <c>Log.Logger</c>, so parallel test hosts don't collide):
    /// levels from <c>Serilog:MinimumLevel</c>, format from <c>Serilog:Formatter</c> (see <see cref="SerilogConsole"/>),
    /// plus any sink or enricher registered in DI.
    /// </summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, logger) => SerilogConsole.Configure(logger, services.GetRequiredService<IConfiguration>(), services),
            preserveStaticLogger: true);
        return builder;
    }

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration) =>
        ApiCors.AddApiCors(services, configuration);

    public static IServiceCollection AddApiHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy("The process is running."), tags: [LiveTag])
            .AddCheck<GraphStoreHealthCheck>("graph-store", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    /// <summary>One log event per request with its elapsed time; health probes only at Verbose so they don't flood the log.</summary>
    public static WebApplication UseApiRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // The host's logger: the middleware would otherwise write to the static Log.Logger, which stays silent here.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (http, _, exception) =>
                exception is not null || http.Response.StatusCode >= StatusCodes.Status500InternalServerError
                    ? Serilog.Events.LogEventLevel.Error
                    : http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                        ? Serilog.Events.LogEventLevel.Verbose
                        : Serilog.Events.LogEventLevel.Information;
        });
        return app;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the graph store can answer queries (503 otherwise).</summary>
    public static WebApplication MapApiHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(LiveTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return app;
    }
}
