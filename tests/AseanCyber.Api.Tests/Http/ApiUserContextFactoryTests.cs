using AseanCyber.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Tests.Http;

public sealed class ApiUserContextFactoryTests
{
    private const string Key = "s3cret-key";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Without_a_configured_key_mutations_are_disabled_and_the_denial_says_how_to_enable_them(string? configured)
    {
        var context = Create(configured, "Bearer anything");

        Assert.False(context.CanMutate);
        Assert.Equal("AUTH_NOT_CONFIGURED", context.Denial!.Code);
        Assert.Contains("Auth:ApiKey", context.Denial.Message, StringComparison.Ordinal);
        Assert.Contains("Auth__ApiKey", context.Denial.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_authorization_header_the_denial_says_how_to_send_the_key()
    {
        var context = Create(Key, authorization: null);

        Assert.False(context.CanMutate);
        Assert.Equal("AUTH_REQUIRED", context.Denial!.Code);
        Assert.Contains("Authorization: Bearer", context.Denial.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bearer wrong-key")]
    [InlineData("Bearer s3cret")]
    [InlineData("Bearer s3cret-key-and-more")]
    [InlineData("Basic czNjcmV0LWtleQ==")]
    [InlineData("s3cret-key")]
    public void Wrong_key_or_scheme_is_invalid(string authorization)
    {
        var context = Create(Key, authorization);

        Assert.False(context.CanMutate);
        Assert.Equal("AUTH_INVALID", context.Denial!.Code);
    }

    [Theory]
    [InlineData("Bearer s3cret-key")]
    [InlineData("bearer s3cret-key")]
    [InlineData("Bearer  s3cret-key ")]
    public void Matching_bearer_key_may_mutate(string authorization)
    {
        var context = Create(Key, authorization);

        Assert.True(context.CanMutate);
        Assert.Null(context.Denial);
    }

    private static AseanCyber.Api.GraphQL.ApiUserContext Create(string? configured, string? authorization)
    {
        var http = new DefaultHttpContext();
        if (authorization is not null)
        {
            http.Request.Headers.Authorization = authorization;
        }

        var factory = new ApiUserContextFactory(new FixedOptions(new ApiAuthOptions { ApiKey = configured }));
        return factory.Create(http.Request);
    }

    private sealed class FixedOptions(ApiAuthOptions value) : IOptionsMonitor<ApiAuthOptions>
    {
        public ApiAuthOptions CurrentValue => value;

        public ApiAuthOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<ApiAuthOptions, string?> listener) => null;
    }
}
