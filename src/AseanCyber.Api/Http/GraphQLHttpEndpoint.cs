using System.Text.Encodings.Web;
using System.Text.Json;
using AseanCyber.Api.Ide;
using AseanCyber.Api.Operations;
using GraphQL.Execution;

namespace AseanCyber.Api.Http;

public static class GraphQLHttpEndpoint
{
    /// <summary>
    /// The endpoint's services. Expects the schema, <c>IDocumentExecuter</c> and <c>IGraphQLTextSerializer</c> from
    /// GraphQL.NET's <c>AddGraphQL(b => b.AddSchema&lt;...&gt;().AddSystemTextJson())</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLHttpEndpoint(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLHttpOptions>()
            .Bind(configuration.GetSection(GraphQLHttpOptions.SectionName))
            .Validate(o => o.ExecutionTimeout > TimeSpan.Zero, "GraphQL:ExecutionTimeout must be a positive time span such as \"00:00:10\".")
            .Validate(o => o.MaxRequestBodyBytes > 0, "GraphQL:MaxRequestBodyBytes must be positive.")
            .ValidateOnStart();
        services.AddOptions<ApiAuthOptions>().Bind(configuration.GetSection(ApiAuthOptions.SectionName));

        services.AddSingleton<ApiUserContextFactory>();
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<GraphQLHttpHandler>();

        // GraphQL.NET's AddSystemTextJson and its ErrorInfoProvider take these from IOptions: readable ' and + in
        // responses, and errors with extensions.code but never exception details or stack traces.
        services.Configure<JsonSerializerOptions>(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.Configure<ErrorInfoProviderOptions>(o =>
        {
            o.ExposeExceptionDetails = false;
            o.ExposeCode = true;
            o.ExposeCodes = true;
        });

        // The IDE shares the endpoint's path (a browser's GET of /graphql is redirected to it), so it comes with it.
        services.AddBananaCakePop(configuration);
        return services;
    }

    /// <summary>GraphQL over HTTP at <paramref name="path"/>: POST for any operation, GET for queries.</summary>
    public static IEndpointRouteBuilder MapGraphQLHttpEndpoint(this IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.Map(path, http => http.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(http))
            .RequireCors(ApiCors.PolicyName)
            .WithDisplayName("GraphQL over HTTP");
        return endpoints;
    }
}
