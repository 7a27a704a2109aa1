using System.Net;
using AseanCyber.Api.Tests.Infrastructure;

namespace AseanCyber.Api.Tests.Operations;

public sealed class CorsTests
{
    private const string Allowed = "https://ide.example.org";

    [Fact]
    public async Task Preflight_from_a_configured_origin_is_allowed_for_post_with_authorization()
    {
        using var api = ApiWithOrigins(Allowed);

        var result = await PreflightAsync(api, Allowed);

        Assert.Equal(HttpStatusCode.NoContent, result.StatusCode);
        Assert.Equal(Allowed, Header(result, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(result, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var headers = Header(result, "Access-Control-Allow-Headers")!.ToLowerInvariant();
        Assert.Contains("authorization", headers, StringComparison.Ordinal);
        Assert.Contains("content-type", headers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_from_another_origin_is_not_allowed()
    {
        using var api = ApiWithOrigins(Allowed);

        var result = await PreflightAsync(api, "https://evil.example.com");

        Assert.Null(Header(result, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Post_from_a_configured_origin_carries_the_allow_origin_header()
    {
        using var api = ApiWithOrigins(Allowed);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\": \"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", Allowed);

        var result = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(Allowed, Header(result, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Default_settings_allow_the_hosted_banana_cake_pop()
    {
        using var api = new ApiFactory();

        var result = await PreflightAsync(api, "https://eat.bananacakepop.com");

        Assert.Equal("https://eat.bananacakepop.com", Header(result, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configured_origins_no_origin_is_allowed()
    {
        using var api = ApiWithOrigins("", "");

        var result = await PreflightAsync(api, "https://eat.bananacakepop.com");

        Assert.Null(Header(result, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Health_endpoints_are_not_cross_origin()
    {
        using var api = ApiWithOrigins(Allowed);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Origin", Allowed);

        var result = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Null(Header(result, "Access-Control-Allow-Origin"));
    }

    // appsettings.json lists two origins; setting both indexes replaces the whole array.
    private static ApiFactory ApiWithOrigins(string first, string second = "") =>
        new ApiFactory().WithSetting("Cors:Origins:0", first).WithSetting("Cors:Origins:1", second);

    private static async Task<GraphQLHttpResult> PreflightAsync(ApiFactory api, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
        return await api.SendAsync(request);
    }

    private static string? Header(GraphQLHttpResult result, string name) =>
        result.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
