using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Net.Http.Headers;

namespace AseanCyber.Api.Ide;

/// <summary>Marks an endpoint that only matches a browser opening the URL (see <see cref="BrowserNavigationMatcherPolicy"/>).</summary>
public sealed class BrowserNavigationMetadata
{
    public static readonly BrowserNavigationMetadata Instance = new();

    private BrowserNavigationMetadata()
    {
    }
}

/// <summary>
/// Lets the IDE's redirect share the GraphQL endpoint's route: endpoints marked with <see cref="BrowserNavigationMetadata"/>
/// stay candidates only for a GET that accepts HTML and carries no <c>query</c> parameter, so every other request
/// (POST, GET with a query, API clients) falls through to the GraphQL endpoint.
/// </summary>
public sealed class BrowserNavigationMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public static bool IsBrowserNavigation(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(e => e.Metadata.GetMetadata<BrowserNavigationMetadata>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var isNavigation = IsBrowserNavigation(httpContext.Request);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!isNavigation && candidates[i].Endpoint.Metadata.GetMetadata<BrowserNavigationMetadata>() is not null)
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}
