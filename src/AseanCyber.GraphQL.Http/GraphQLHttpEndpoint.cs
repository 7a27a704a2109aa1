using System.Text.Encodings.Web;
using AseanCyber.GraphQL.Http.Documents;
using AseanCyber.GraphQL.Http.Validation;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace AseanCyber.GraphQL.Http;

public static class GraphQLHttpEndpoint
{
    /// <summary>
    /// The endpoint's services and the request limits (<c>GraphQL</c> configuration section). Expects a schema from
    /// GraphQL.NET's <c>AddGraphQL(b => b.AddSchema&lt;...&gt;())</c>; optionally an <see cref="IGraphQLUserContextFactory"/>,
    /// <see cref="IGraphQLExceptionMapper"/>s and <see cref="IGraphQLHttpRequestListener"/>s.
    /// </summary>
    public static IServiceCollection AddGraphQLHttpEndpoint(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLHttpOptions>()
            .Bind(configuration.GetSection(GraphQLHttpOptions.SectionName))
            .Validate(o => o.ExecutionTimeout > TimeSpan.Zero, "GraphQL:ExecutionTimeout must be a positive time span such as \"00:00:10\".")
            .Validate(o => o.MaxRequestBodyBytes > 0, "GraphQL:MaxRequestBodyBytes must be positive.")
            .Validate(o => o.MaxJsonDepth > 0, "GraphQL:MaxJsonDepth must be positive.")
            .Validate(o => o.MaxErrors > 0, "GraphQL:MaxErrors must be positive.")
            .ValidateOnStart();
        services.AddOptions<GraphQLLimits>()
            .Bind(configuration.GetSection(GraphQLLimits.Section))
            .Validate(o => o.Positive().All(l => l.Value > 0), "Every GraphQL limit (GraphQL:MaxTokens, GraphQL:MaxDepth, ...) must be positive.")
            .ValidateOnStart();

        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<GraphQLHttpHandler>();

        services.AddGraphQL(b => b
            // The wire format, configured here only: readable ' and + in responses, and errors with extensions.code but
            // never exception details or stack traces.
            .AddSystemTextJson((o, sp) =>
            {
                o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                // Variables are read with these options after the request reader checked their depth against its own limit.
                o.MaxDepth = Math.Max(64, sp.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.MaxJsonDepth + 1);
            })
            .AddErrorInfoProvider(o =>
            {
                o.ExposeExceptionDetails = false;
                o.ExposeCode = true;
                o.ExposeCodes = true;
            })
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
        services.AddSingleton<IDocumentBuilder, LimitedDocumentBuilder>();
        return services;
    }

    /// <summary>GraphQL over HTTP at <paramref name="path"/>: POST for any operation, GET for queries.</summary>
    public static IEndpointConventionBuilder MapGraphQLHttpEndpoint(this IEndpointRouteBuilder endpoints, string path) =>
        endpoints.Map(path, http => http.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(http))
            .WithDisplayName("GraphQL over HTTP");

    private static GraphQLLimits Limits(IServiceProvider services) => services.GetRequiredService<IOptions<GraphQLLimits>>().Value;
}
