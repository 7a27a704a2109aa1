namespace AseanCyber.Api.Ide;

public static class BananaCakePop
{
    public static IEndpointRouteBuilder MapBananaCakePop(this IEndpointRouteBuilder endpoints, string path) => endpoints;
}
