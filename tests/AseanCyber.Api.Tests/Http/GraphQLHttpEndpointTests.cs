using System.Net;
using AseanCyber.Api.Tests.Infrastructure;

namespace AseanCyber.Api.Tests.Http;

/// <summary>
/// The app's /graphql answers from the graph, by POST and GET. The protocol itself is tested on the endpoint alone, in
/// AseanCyber.GraphQL.Http.Tests.
/// </summary>
public sealed class GraphQLHttpEndpointTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Post_queries_the_graph()
    {
        var result = await api.PostGraphQLAsync("{ profiles { name } entries { totalCount } }");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Empty(result.Errors);
        Assert.NotEmpty(result.Data.GetProperty("profiles").EnumerateArray());
        Assert.True(result.Data.GetProperty("entries").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Get_queries_the_graph()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ entries { totalCount } }"));
        request.Headers.TryAddWithoutValidation("Accept", ApiFactory.GraphQLResponseJson);

        var result = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.True(result.Data.GetProperty("entries").GetProperty("totalCount").GetInt32() > 0);
    }
}
