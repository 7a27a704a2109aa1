using AseanCyber.Api.GraphQL;
using AseanCyber.Graph.Store;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Http;

/// <summary>
/// A schema with fields that misbehave on purpose (throw, hang, report what the endpoint handed them), for endpoint
/// behaviour the real schema has no field for. <see cref="Use"/> puts it in place of the app's schema.
/// </summary>
public sealed class HttpTestSchema : Schema
{
    public const string SecretDetail = "connection string Password=hunter2";

    public HttpTestSchema(IServiceProvider services)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello").Resolve(_ => "world");
        query.Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException(SecretDetail));
        query.Field<StringGraphType>("storeRefusal").Resolve(_ => throw new GraphStoreException("PROFILE_INVALID", "The profile text has no title line."));
        query.Field<StringGraphType>("slow").ResolveAsync(async context =>
        {
            var probe = context.RequestServices!.GetRequiredService<ExecutionProbe>();
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
        query.Field<BooleanGraphType>("canMutate").Resolve(context => ((ApiUserContext)context.UserContext).CanMutate);
        query.Field<StringGraphType>("denialCode").Resolve(context => ((ApiUserContext)context.UserContext).Denial?.Code);

        var payload = new ObjectGraphType { Name = "ImportProfilePayload" };
        payload.Field<BooleanGraphType>("ok").Resolve(_ => true);

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field("importProfile", payload)
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(context =>
            {
                var user = (ApiUserContext)context.UserContext;
                if (user.Denial is { } denial)
                {
                    throw new ExecutionError(denial.Message) { Code = denial.Code };
                }

                return new object();
            });

        Query = query;
        Mutation = mutation;
    }

    /// <summary>Registers GraphQL.NET (serializer, executer) and this schema as the app's <see cref="ISchema"/>.</summary>
    public static void Use(IServiceCollection services)
    {
        services.AddGraphQL(b => b.AddSystemTextJson());
        services.AddSingleton<HttpTestSchema>();
        services.AddSingleton<ISchema>(sp => sp.GetRequiredService<HttpTestSchema>());
        services.AddSingleton<ExecutionProbe>();
        services.AddScoped<ScopedMarker>();
    }

    /// <summary>Tells a test what happened inside a resolver.</summary>
    public sealed class ExecutionProbe
    {
        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public sealed class ScopedMarker
    {
        public Guid Id { get; } = Guid.NewGuid();
    }
}
