using System.Text.Encodings.Web;
using AseanCyber.Api.Entries;
using AseanCyber.Api.Nodes;
using AseanCyber.Api.Store;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.GraphQL;

public static class GraphQLSetup
{
    public static IServiceCollection AddAseanCyberGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLLimits>().Bind(configuration.GetSection(GraphQLLimits.Section));

        services.AddGraphQL(b => b
            .AddSchema<AppSchema>()
            .AddGraphTypes(typeof(AppSchema).Assembly)
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            // GraphQL.NET runs queries with the parallel strategy by default; every field here resolves from memory or a
            // batched DataLoader, so parallelism would only add task bookkeeping. The serial strategy still defers
            // DataLoader results and batches them, so each level is one store call.
            .AddExecutionStrategySelector(new DefaultExecutionStrategySelector(
            [
                new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query),
                new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Mutation),
            ]))
            // Depth never depends on variables: checking it when a document is first validated is enough.
            .AddValidationRule(sp => new MaxDepthRule(Limits(sp).MaxDepth))
            .AddValidationRule(
                sp => new ComplexityValidationRule(new ComplexityOptions { MaxComplexity = Limits(sp).MaxComplexity, MaxDepth = null }))
            // Complexity does (first: $n), so a cached document with variables is checked again for each request.
            .ConfigureExecutionOptions(options =>
            {
                var complexity = options.RequestServices!.GetRequiredService<ComplexityValidationRule>();
                options.CachedDocumentValidationRules = [.. options.CachedDocumentValidationRules ?? [], new VariableDependentRule(complexity)];
            }));

        services.AddSingleton<IConfigureExecution>(sp => new DocumentCache(Limits(sp).DocumentCacheSize));
        services.AddSingleton<IConfigureExecution, OperationSnapshot>();

        // Each feature's DataLoaders, one per request; resolvers fetch them from the request's services.
        services.AddScoped<NodeByIdDataLoader>();
        services.AddScoped<EntryLinksByEntryIdDataLoader>();
        services.AddScoped<EntriesByScopeDataLoader>();
        return services;
    }

    private static GraphQLLimits Limits(IServiceProvider services) => services.GetRequiredService<IOptions<GraphQLLimits>>().Value;
}
