using AseanCyber.Api.Cooperation;
using AseanCyber.Api.Entries;
using AseanCyber.Api.Facets;
using AseanCyber.Api.Nodes;
using AseanCyber.Api.Profiles;
using AseanCyber.Api.Store;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace AseanCyber.Api.GraphQL;

public static class GraphQLSetup
{
    public static IServiceCollection AddAseanCyberGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        // The serializer, error options, request limits and document cache come with the HTTP endpoint (AddApiGraphQLEndpoint).
        services.AddGraphQL(b => b
            .AddSchema<AppSchema>()
            .AddGraphTypes(typeof(AppSchema).Assembly)
            // Every field here resolves from memory or a batched DataLoader, so running fields in parallel only adds
            // task bookkeeping; the serial strategy still defers DataLoader results and batches them.
            .AddExecutionStrategySelector(new DefaultExecutionStrategySelector(
            [
                new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query),
                new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Mutation),
            ])));

        services.AddSingleton<IConfigureExecution, OperationSnapshot>();
        services.AddOptions<ImportOptions>()
            .Bind(configuration.GetSection(ImportOptions.Section))
            .Validate(o => o.MaxTextsPerCall > 0, "Import:MaxTextsPerCall must be positive.")
            .ValidateOnStart();

        // Each feature's DataLoaders, one per request; resolvers fetch them from the request's services.
        services.AddScoped<NodeByIdDataLoader>();
        services.AddScoped<EntryLinksByEntryIdDataLoader>();
        services.AddScoped<EntriesByScopeDataLoader>();
        services.AddScoped<ProfileByCountryIdDataLoader>();
        services.AddScoped<EntryFacetsByQueryDataLoader>();
        services.AddScoped<CooperationDataLoader>();
        return services;
    }
}
