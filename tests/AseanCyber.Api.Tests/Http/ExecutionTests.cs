using System.Net;
using AseanCyber.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace AseanCyber.Api.Tests.Http;

/// <summary>What the endpoint hands the executer (services, cancellation, user context, timeout) and how it reports failures.</summary>
public sealed class ExecutionTests
{
    [Fact]
    public async Task Unexpected_exception_is_masked_as_INTERNAL_SERVER_ERROR_and_logged_with_the_operation_name()
    {
        var log = new CapturingSink();
        using var api = NewApi().WithServices(s => s.AddSingleton<ILogEventSink>(log));

        var result = await api.PostGraphQLAsync("query Explode { hello boom }");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("world", result.Data.GetProperty("hello").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", Assert.Single(result.ErrorCodes));
        Assert.DoesNotContain("hunter2", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", result.Text, StringComparison.OrdinalIgnoreCase);
        var logged = Assert.Single(log.Events, e => e.Exception is InvalidOperationException);
        Assert.Equal(LogEventLevel.Error, logged.Level);
        Assert.Equal("\"Explode\"", logged.Properties["OperationName"].ToString());
        Assert.Equal("\"boom\"", logged.Properties["FieldPath"].ToString());
    }

    [Fact]
    public async Task Graph_store_refusal_keeps_its_code_and_message()
    {
        using var api = NewApi();

        var result = await api.PostGraphQLAsync("{ storeRefusal }");

        Assert.Equal("PROFILE_INVALID", Assert.Single(result.ErrorCodes));
        Assert.Equal("The profile text has no title line.", result.ErrorMessages[0]);
    }

    [Theory]
    [InlineData(ApiFactory.GraphQLResponseJson, HttpStatusCode.GatewayTimeout)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Execution_past_the_configured_timeout_is_cancelled_with_a_TIMEOUT_error(string accept, HttpStatusCode expected)
    {
        using var api = NewApi().WithSetting("GraphQL:ExecutionTimeout", "00:00:00.200");
        var probe = api.Services.GetRequiredService<HttpTestSchema.ExecutionProbe>();

        var result = await api.PostGraphQLAsync("{ slow }", accept: accept);

        Assert.Equal(expected, result.StatusCode);
        Assert.Equal("TIMEOUT", Assert.Single(result.ErrorCodes));
        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Client_disconnecting_cancels_the_resolvers()
    {
        using var api = NewApi().WithSetting("GraphQL:ExecutionTimeout", "00:05:00");
        var probe = api.Services.GetRequiredService<HttpTestSchema.ExecutionProbe>();
        using var client = api.CreateClient();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        using var content = new StringContent("{\"query\": \"{ slow }\"}", System.Text.Encoding.UTF8, "application/json");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PostAsync("/graphql", content, cts.Token));

        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Resolvers_get_the_request_scope_services()
    {
        using var api = NewApi();

        var first = await api.PostGraphQLAsync("{ a: scopedService b: scopedService }");
        var second = await api.PostGraphQLAsync("{ scopedService }");

        Assert.Empty(first.Errors);
        Assert.Equal(first.Data.GetProperty("a").GetString(), first.Data.GetProperty("b").GetString());
        Assert.NotEqual(first.Data.GetProperty("a").GetString(), second.Data.GetProperty("scopedService").GetString());
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
