using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;
using Serilog.Events;

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

    /// <summary>Requests slower than this are logged as warnings, whatever their endpoint.</summary>
    public static readonly TimeSpan SlowRequest = TimeSpan.FromSeconds(1);

    /// <summary>
    /// One log event per request with its elapsed time: failures at Error, slow requests at Warning, the API's requests at
    /// Information, and endpoints marked with <see cref="RequestLogLevel"/> (IDE files, health probes) below it.
    /// </summary>
    public static WebApplication UseApiRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // The host's logger: the middleware would otherwise write to the static Log.Logger, which stays silent here.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (http, elapsedMs, exception) => RequestLevel(http, elapsedMs, exception);
        });
        return app;
    }

    internal static LogEventLevel RequestLevel(HttpContext http, double elapsedMs, Exception? exception)
    {
        if (exception is not null || http.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            return LogEventLevel.Error;
        }

        if (elapsedMs >= SlowRequest.TotalMilliseconds)
        {
            return LogEventLevel.Warning;
        }

        return http.GetEndpoint()?.Metadata.GetMetadata<RequestLogLevel>()?.Level ?? LogEventLevel.Information;
    }

    /// <summary>Headers every answer carries: no MIME sniffing, no referrer leaking the query string to other sites.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(http);
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
        }).WithRequestLogLevel(LogEventLevel.Verbose);
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).WithRequestLogLevel(LogEventLevel.Verbose);
        return app;
    }
}
