using System.Text.Encodings.Web;
using AseanCyber.Api.Entries;
using AseanCyber.Api.GraphQL.Paging;
using AseanCyber.Api.Nodes;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace AseanCyber.Api.GraphQL;

public static class GraphQLSetup
{
    public static IServiceCollection AddAseanCyberGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(GraphQLLimits.Section).Get<GraphQLLimits>() ?? new GraphQLLimits();
        services.AddSingleton(limits);

        services.AddGraphQL(b => b
            .AddSchema<AppSchema>()
            .AddGraphTypes(typeof(AppSchema).Assembly)
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddValidationRule(new MaxDepthRule(limits.MaxDepth), useForCachedDocuments: true)
            .AddValidationRule(
                new ComplexityValidationRule(new ComplexityOptions { MaxComplexity = limits.MaxComplexity, MaxDepth = null }),
                useForCachedDocuments: true));

        services.AddSingleton<IConfigureExecution>(new DocumentCache(limits.DocumentCacheSize));

        services.AddScoped<EntryQueryCache>();
        services.AddScoped<NodeByIdDataLoader>();
        services.AddScoped<EntryLinksByEntryIdDataLoader>();
        services.AddScoped<EntriesByNodeIdDataLoader>();
        return services;
    }
}
