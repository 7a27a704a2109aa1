using System.Text;
using AseanCyber.Api.Operations;
using Serilog.Events;

namespace AseanCyber.Api.Home;

/// <summary>
/// A small fixed JSON document at "/" that tells a visitor where things are. Its bytes are built once, which also makes
/// it the baseline the benchmark compares GraphQL against.
/// </summary>
public static class HomeEndpoint
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"name":"AseanCyber","description":"GraphQL API over a knowledge graph of cyber-policy cooperation","graphql":"/graphql","ide":"/graphql/","explorer":"/explore/","health":{"live":"/health/live","ready":"/health/ready"}}""");

    public static IEndpointRouteBuilder MapHome(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Bytes(Body, "application/json")).WithRequestLogLevel(LogEventLevel.Debug);
        return endpoints;
    }
}
