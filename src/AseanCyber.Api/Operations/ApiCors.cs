using Microsoft.AspNetCore.Cors.Infrastructure;

namespace AseanCyber.Api.Operations;

/// <summary>
/// Cross-origin access to the GraphQL endpoint for the standalone Banana Cake Pop / Nitro apps. Origins come from
/// <c>Cors:Origins</c>; with none, no cross-origin request is allowed. The endpoint opts in with
/// <c>RequireCors(ApiCors.PolicyName)</c>; nothing else is cross-origin.
/// </summary>
public static class ApiCors
{
    public const string PolicyName = "GraphQL";
    public const string OriginsKey = "Cors:Origins";

    public static IServiceCollection AddApiCors(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure(options =>
        {
            var origins = (configuration.GetSection(OriginsKey).Get<string[]>() ?? [])
                .Where(o => !string.IsNullOrWhiteSpace(o))
                .Select(o => o.Trim().TrimEnd('/'))
                .ToArray();
            options.AddPolicy(PolicyName, policy => policy
                .WithOrigins(origins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("content-type", "authorization", "accept")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
        });
        return services;
    }
}
