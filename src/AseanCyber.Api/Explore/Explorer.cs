using AseanCyber.Api.Http;
using AseanCyber.Api.Operations;
using Serilog.Events;

namespace AseanCyber.Api.Explore;

/// <summary>
/// Serves the explorer, a page that draws the cooperation network, under <c>{path}/</c>. It is static: our own page code
/// (Explore/wwwroot, plain ES modules) and the graph library from npm (Cytoscape.js and its fCoSE layout, installed by
/// the build's npm ci), both copied to <see cref="FolderName"/> in the build and publish output (see
/// AseanCyber.Api.csproj). The page reads only the public GraphQL API, at <c>../graphql</c> relative to itself.
/// </summary>
public static partial class Explorer
{
    /// <summary>Folder in the app's output that holds the page; must match ExplorerOutputFolder in the csproj.</summary>
    public const string FolderName = "Explorer";

    // Every script and style is a file of ours (no inline code, no eval) and the page talks only to this origin.
    // Cytoscape.js would add a <style> element for its container: the page's stylesheet link carries the id it looks for,
    // so it adds none and style-src needs no 'unsafe-inline' (the browser test fails on any violation).
    internal const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder endpoints, string path)
    {
        var root = Path.Combine(AppContext.BaseDirectory, FolderName);
        var files = new OutputFolderFiles(
            root,
            ContentSecurityPolicy,
            $"The explorer is not installed in {Path.GetFullPath(root)}: build the API project (it runs npm ci in src/AseanCyber.Api).");
        if (!files.IsInstalled)
        {
            LogNotInstalled(endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Explorer).FullName!), files.Root);
        }

        path = path.TrimEnd('/');

        // Routing treats "/explore" and "/explore/" alike: the page lives at "/explore/" (its URLs are relative), so a
        // visit to "/explore" is redirected there, query string kept.
        endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Head], (HttpContext http) => http.Request.Path.Value!.EndsWith('/')
                ? files.Serve(http, "index.html")
                : Results.Redirect($"{http.Request.PathBase}{path}/{http.Request.QueryString}"))
            .WithRequestLogLevel(LogEventLevel.Debug)
            .WithDisplayName("Explorer (page)");

        endpoints.MapMethods($"{path}/{{**file}}", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, string? file) => files.Serve(http, file))
            .WithRequestLogLevel(LogEventLevel.Debug)
            .WithDisplayName("Explorer (files)");

        return endpoints;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The explorer is not installed at {ExplorerFolder}; /explore answers 404 (the build installs it)")]
    private static partial void LogNotInstalled(ILogger logger, string explorerFolder);
}
