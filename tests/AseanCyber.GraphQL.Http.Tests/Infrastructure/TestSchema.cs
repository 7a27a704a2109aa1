using GraphQL;
using GraphQL.Types;

namespace AseanCyber.GraphQL.Http.Tests.Infrastructure;

/// <summary>
/// A small schema with fields that misbehave on purpose (throw, hang, report what the endpoint handed them) and a
/// paged <c>entries</c> list shaped like the app's, for the hostile documents of issue 9.
/// </summary>
public sealed class TestSchema : Schema
{
    public const string SecretDetail = "connection string Password=hunter2";

    public TestSchema(IServiceProvider services)
        : base(services)
    {
        var entry = new ObjectGraphType { Name = "Entry" };
        entry.Field<NonNullGraphType<IdGraphType>>("id").Resolve(_ => "e1");
        entry.Field<StringGraphType>("title").Resolve(_ => "An entry");

        var connection = new ObjectGraphType { Name = "EntryConnection" };
        connection.Field("nodes", new ListGraphType(new NonNullGraphType(entry))).Resolve(_ => new[] { new object() });
        connection.Field<IntGraphType>("totalCount").Resolve(_ => 1);

        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello").Resolve(_ => "world");
        query.Field<StringGraphType>("echo").Argument<StringGraphType>("text").Resolve(c => c.GetArgument<string>("text"));
        query.Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException(SecretDetail));
        query.Field<StringGraphType>("refusal").Resolve(_ => throw new RefusalException("REFUSED_FOR_A_REASON", "The test refuses this."));
        query.Field<StringGraphType>("slow").ResolveAsync(async context =>
        {
            var probe = context.RequestServices!.GetRequiredService<ExecutionProbe>();
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

            return "never";
        });
        query.Field<StringGraphType>("scopedService").Resolve(context =>
            context.RequestServices!.GetRequiredService<ScopedMarker>().Id.ToString());
        query.Field<StringGraphType>("user").Resolve(context => context.UserContext.TryGetValue("user", out var user) ? user as string : null);
        query.Field("entries", connection).Argument<IntGraphType>("first").Resolve(_ => new object());

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<BooleanGraphType>("touch").Resolve(_ => true);

        Query = query;
        Mutation = mutation;
    }

    /// <summary>Tells a test what happened inside a resolver.</summary>
    public sealed class ExecutionProbe
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public sealed class ScopedMarker
    {
        public Guid Id { get; } = Guid.NewGuid();
    }
}

/// <summary>An exception whose message is meant for the client, as a store's refusal is in the app.</summary>
public sealed class RefusalException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

public sealed class RefusalMapper : IGraphQLExceptionMapper
{
    public ExecutionError? Map(Exception exception) =>
        exception is RefusalException refusal ? new ExecutionError(refusal.Message) { Code = refusal.Code } : null;
}
