using AseanCyber.Api.Tests.Infrastructure;

namespace AseanCyber.Api.Tests.Http;

/// <summary>
/// The app's parts of the endpoint: graph store refusals and the API key's user context reach the resolvers. The endpoint's
/// own execution behaviour (timeouts, cancellation, masking) is tested in AseanCyber.GraphQL.Http.Tests.
/// </summary>
public sealed class ExecutionTests
{
    [Fact]
    public async Task Graph_store_refusal_keeps_its_code_and_message()
    {
        using var api = NewApi();

        var result = await api.PostGraphQLAsync("{ storeRefusal }");

        Assert.Equal("PROFILE_INVALID", Assert.Single(result.ErrorCodes));
        Assert.Equal("The profile text has no title line.", result.ErrorMessages[0]);
    }

    [Fact]
    public async Task Resolvers_get_the_api_user_context()
    {
        using var api = NewApi().WithSetting("Auth:ApiKey", "k");

        var withKey = await api.PostGraphQLAsync("{ canMutate denialCode }", bearerToken: "k");
        var withoutKey = await api.PostGraphQLAsync("{ canMutate denialCode }");

        Assert.True(withKey.Data.GetProperty("canMutate").GetBoolean());
        Assert.False(withoutKey.Data.GetProperty("canMutate").GetBoolean());
        Assert.Equal("AUTH_REQUIRED", withoutKey.Data.GetProperty("denialCode").GetString());
    }

    private static ApiFactory NewApi() => new ApiFactory().WithServices(HttpTestSchema.Use);
}
