using System.Net;
using AseanCyber.GraphQL.Http.Tests.Infrastructure;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.Logging;

namespace AseanCyber.GraphQL.Http.Tests;

/// <summary>What the endpoint hands the executer (services, cancellation, user context, timeout) and how it reports failures.</summary>
public sealed class ExecutionTests
{
    [Fact]
    public async Task Unexpected_exception_is_masked_as_INTERNAL_SERVER_ERROR_and_logged_with_the_operation_name()
    {
        using var log = new CapturingLoggerProvider();
        await using var endpoint = new TestEndpoint().WithServices(s => s.AddSingleton<ILoggerProvider>(log));

        var result = await endpoint.PostGraphQLAsync("query Explode { hello boom }");

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("world", result.Data.GetProperty("hello").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", Assert.Single(result.ErrorCodes));
        Assert.DoesNotContain("hunter2", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", result.Text, StringComparison.OrdinalIgnoreCase);
        var logged = Assert.Single(log.Entries, e => e.Exception is InvalidOperationException);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Equal("Explode", logged.Properties["OperationName"]);
        Assert.Equal("boom", logged.Properties["FieldPath"]);
    }

    [Fact]
    public async Task A_mapped_exception_keeps_its_code_and_message()
    {
        await using var endpoint = new TestEndpoint().WithServices(s => s.AddSingleton<IGraphQLExceptionMapper, RefusalMapper>());

        var result = await endpoint.PostGraphQLAsync("{ refusal }");

        Assert.Equal("REFUSED_FOR_A_REASON", Assert.Single(result.ErrorCodes));
        Assert.Equal("The test refuses this.", result.ErrorMessages[0]);
    }

    [Theory]
    [InlineData(TestEndpoint.GraphQLResponseJson, HttpStatusCode.GatewayTimeout)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Execution_past_the_configured_timeout_is_cancelled_with_a_TIMEOUT_error(string accept, HttpStatusCode expected)
    {
        await using var endpoint = new TestEndpoint().WithSetting("GraphQL:ExecutionTimeout", "00:00:02");
        var probe = endpoint.Services.GetRequiredService<TestSchema.ExecutionProbe>();
        // Initialises the schema, which on a busy machine could take longer than the timeout, before the resolver started.
        await endpoint.PostGraphQLAsync("{ hello }");

        var result = await endpoint.PostGraphQLAsync("{ slow }", accept: accept);

        Assert.Equal(expected, result.StatusCode);
        Assert.Equal("TIMEOUT", Assert.Single(result.ErrorCodes));
        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Client_disconnecting_cancels_the_resolvers()
    {
        await using var endpoint = new TestEndpoint().WithSetting("GraphQL:ExecutionTimeout", "00:05:00");
        var probe = endpoint.Services.GetRequiredService<TestSchema.ExecutionProbe>();
        using var cts = new CancellationTokenSource();

        var request = endpoint.PostRawAsync("{\"query\": \"{ slow }\"}", cancellationToken: cts.Token);
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task The_timeout_covers_validation()
    {
        await using var endpoint = new TestEndpoint()
            // Long enough that on a loaded machine validation has begun before it runs out (the rule waits forever anyway).
            .WithSetting("GraphQL:ExecutionTimeout", "00:00:02")
            .WithServices(s => s.AddGraphQL(b => b.AddValidationRule<SlowValidationRule>()));
        var probe = endpoint.Services.GetRequiredService<TestSchema.ExecutionProbe>();
        await endpoint.PostGraphQLAsync("{ hello }");

        var result = await endpoint.PostGraphQLAsync("query SlowToValidate { hello }");

        Assert.Equal(HttpStatusCode.GatewayTimeout, result.StatusCode);
        Assert.Equal("TIMEOUT", Assert.Single(result.ErrorCodes));
        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Client_disconnecting_cancels_validation()
    {
        await using var endpoint = new TestEndpoint()
            .WithSetting("GraphQL:ExecutionTimeout", "00:05:00")
            .WithServices(s => s.AddGraphQL(b => b.AddValidationRule<SlowValidationRule>()));
        var probe = endpoint.Services.GetRequiredService<TestSchema.ExecutionProbe>();
        using var cts = new CancellationTokenSource();

        var request = endpoint.PostRawAsync("{\"query\": \"query SlowToValidate { hello }\"}", cancellationToken: cts.Token);
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Resolvers_get_the_request_scope_services()
    {
        await using var endpoint = new TestEndpoint();

        var first = await endpoint.PostGraphQLAsync("{ a: scopedService b: scopedService }");
        var second = await endpoint.PostGraphQLAsync("{ scopedService }");

        Assert.Empty(first.Errors);
        Assert.Equal(first.Data.GetProperty("a").GetString(), first.Data.GetProperty("b").GetString());
        Assert.NotEqual(first.Data.GetProperty("a").GetString(), second.Data.GetProperty("scopedService").GetString());
    }

    [Fact]
    public async Task Resolvers_get_the_user_context_of_the_registered_factory()
    {
        await using var endpoint = new TestEndpoint().WithServices(s => s.AddSingleton<IGraphQLUserContextFactory, HeaderUserContextFactory>());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\": \"{ user }\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-User", "ana");

        var result = await endpoint.SendAsync(request);

        Assert.Equal("ana", result.Data.GetProperty("user").GetString());
    }

    [Fact]
    public async Task Listeners_hear_the_operation_name_and_the_first_error_code()
    {
        var listener = new RecordingListener();
        await using var endpoint = new TestEndpoint().WithServices(s => s.AddSingleton<IGraphQLHttpRequestListener>(listener));

        await endpoint.PostRawAsync("{\"query\": \"query Named { hello }\", \"operationName\": \"Named\"}");
        await endpoint.PostGraphQLAsync("{ nope }");
        await endpoint.PostRawAsync("{");

        Assert.Equal(
            [new GraphQLHttpOutcome("Named", 200, null), new GraphQLHttpOutcome(null, 400, "FIELDS_ON_CORRECT_TYPE"), new GraphQLHttpOutcome(null, 400, "INVALID_JSON")],
            listener.Outcomes);
    }

    /// <summary>Stands for a validation rule that takes long: waits until cancelled on operations named SlowToValidate.</summary>
    private sealed class SlowValidationRule(TestSchema.ExecutionProbe probe) : ValidationRuleBase
    {
        public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            if (context.Operation.Name?.StringValue == "SlowToValidate")
            {
                probe.Started.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, context.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    probe.Cancelled.TrySetResult();
                    throw;
                }
            }

            return null;
        }
    }

    private sealed class HeaderUserContextFactory : IGraphQLUserContextFactory
    {
        public IDictionary<string, object?> Create(HttpContext http) =>
            new Dictionary<string, object?> { ["user"] = http.Request.Headers["X-User"].ToString() };
    }

    private sealed class RecordingListener : IGraphQLHttpRequestListener
    {
        private readonly List<GraphQLHttpOutcome> _outcomes = [];

        public IReadOnlyList<GraphQLHttpOutcome> Outcomes
        {
            get
            {
                lock (_outcomes)
                {
                    return [.. _outcomes];
                }
            }
        }

        public void OnAnswered(HttpContext http, GraphQLHttpOutcome outcome)
        {
            lock (_outcomes)
            {
                _outcomes.Add(outcome);
            }
        }
    }
}
