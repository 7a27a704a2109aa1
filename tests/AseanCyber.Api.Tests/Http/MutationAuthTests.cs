using System.Net;
using AseanCyber.Api.Tests.Infrastructure;
using AseanCyber.Graph.Import;

namespace AseanCyber.Api.Tests.Http;

/// <summary>The API key gate as a client sees it: the importProfile mutation over HTTP.</summary>
public sealed class MutationAuthTests
{
    private const string Mutation = "mutation Import($text: String!) { importProfile(text: $text) { __typename } }";
    private const string Key = "test-api-key";

    [Fact]
    public async Task Without_a_configured_key_mutations_are_refused_with_AUTH_NOT_CONFIGURED()
    {
        using var api = new ApiFactory().WithSetting("Auth:ApiKey", "");

        var result = await api.PostGraphQLAsync(Mutation, new { text = "irrelevant" }, bearerToken: Key);

        Assert.Equal("AUTH_NOT_CONFIGURED", Assert.Single(result.ErrorCodes));
        Assert.Contains("Auth__ApiKey", result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_mutations_are_refused_with_AUTH_REQUIRED()
    {
        using var api = new ApiFactory().WithSetting("Auth:ApiKey", Key);

        var result = await api.PostGraphQLAsync(Mutation, new { text = "irrelevant" });

        Assert.Equal("AUTH_REQUIRED", Assert.Single(result.ErrorCodes));
    }

    [Fact]
    public async Task With_a_wrong_token_mutations_are_refused_with_AUTH_INVALID()
    {
        using var api = new ApiFactory().WithSetting("Auth:ApiKey", Key);

        var result = await api.PostGraphQLAsync(Mutation, new { text = "irrelevant" }, bearerToken: "not-the-key");

        Assert.Equal("AUTH_INVALID", Assert.Single(result.ErrorCodes));
    }

    [Fact]
    public async Task With_the_right_token_the_mutation_runs()
    {
        using var api = new ApiFactory().WithSetting("Auth:ApiKey", Key);
        var profile = BundledProfiles.Load()[0].Text;

        var result = await api.PostGraphQLAsync(
            "mutation Import($text: String!) { importProfile(text: $text) { entryCount } }", new { text = profile }, bearerToken: Key);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Empty(result.Errors);
        Assert.True(result.Data.GetProperty("importProfile").GetProperty("entryCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Queries_need_no_key()
    {
        using var api = new ApiFactory().WithSetting("Auth:ApiKey", Key);

        var result = await api.PostGraphQLAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Empty(result.Errors);
    }
}
