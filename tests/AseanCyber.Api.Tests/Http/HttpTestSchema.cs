using AseanCyber.Api.GraphQL;
using AseanCyber.Graph.Store;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Http;

/// <summary>
/// A schema with fields that report what the app's parts of the endpoint handed them (store refusals, the API key's
/// user context), for behaviour the real schema has no field for. <see cref="Use"/> puts it in place of the app's schema.
/// </summary>
public sealed class HttpTestSchema : Schema
{
    public HttpTestSchema(IServiceProvider services)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello").Resolve(_ => "world");
        query.Field<StringGraphType>("storeRefusal").Resolve(_ => throw new GraphStoreException("PROFILE_INVALID", "The profile text has no title line."));
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

    /// <summary>Registers this schema as the app's <see cref="ISchema"/>.</summary>
    public static void Use(IServiceCollection services)
    {
        services.AddSingleton<HttpTestSchema>();
        services.AddSingleton<ISchema>(sp => sp.GetRequiredService<HttpTestSchema>());
    }
}
