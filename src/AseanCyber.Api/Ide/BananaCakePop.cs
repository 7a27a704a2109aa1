using System.Text.RegularExpressions;
using AseanCyber.Api.Http;
using AseanCyber.Api.Operations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Serilog.Events;

namespace AseanCyber.Api.Ide;

/// <summary>
/// Serves the self-hosted Banana Cake Pop IDE under <c>{path}/</c>. Its files come from the npm package
/// <c>@chillicream/bananacakepop-graphql-ide</c>, which the build installs and copies to <see cref="FolderName"/> in the
/// build and publish output (see AseanCyber.Api.csproj). A browser opening <c>{path}</c> is redirected to <c>{path}/</c>;
/// <c>{path}/bcp-config.json</c> makes the IDE use the page's own URL, i.e. <c>{path}</c>, as its GraphQL endpoint, and
/// turns its telemetry off.
/// </summary>
public static partial class BananaCakePop
{
    /// <summary>Folder in the app's output that holds the IDE; must match IdeOutputFolder in the csproj.</summary>
    public const string FolderName = "BananaCakePop";

    // disableTelemetry: the IDE otherwise posts usage data to telemetry.chillicream.com; ours stays offline.
    private const string ConfigJson = """{"useBrowserUrlAsEndpoint": true, "disableTelemetry": true}""";

    // The package's worker claims the page when it activates, and the IDE reloads itself on that controllerchange: on a
    // first visit, 4 to 7 seconds in, whatever was typed is lost. Our app serves the IDE itself, so it needs no offline
    // cache: this worker takes the package's place, never claims a page, and unregisters itself (which also retires the
    // package's worker in browsers that installed it before).
    private const string ServiceWorkerJs = """
        // AseanCyber: Banana Cake Pop's service worker is replaced by this one, which caches nothing and removes itself.
        self.addEventListener("install", () => self.skipWaiting());
        self.addEventListener("activate", (event) => event.waitUntil(self.registration.unregister()));

        """;

    // Banana Cake Pop loads only its own files (scripts, fonts, styles, web workers from blob: URLs) and talks only to
    // this origin; React and Monaco set inline styles, and its JSON-schema validator (Ajv) compiles schemas with
    // new Function, which needs 'unsafe-eval' (the browser test fails on any violation). No page may frame it (clickjacking).
    internal const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
        + "form-action 'self'; frame-ancestors 'none'";
    private const string RevalidateCache = "no-cache";

    public static IServiceCollection AddBananaCakePop(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BananaCakePopOptions>().Bind(configuration.GetSection(BananaCakePopOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, BrowserNavigationMatcherPolicy>());
        return services;
    }

    public static IEndpointRouteBuilder MapBananaCakePop(this IEndpointRouteBuilder endpoints, string path)
    {
        var services = endpoints.ServiceProvider;
        if (!services.GetRequiredService<IOptions<BananaCakePopOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        if (!services.GetServices<MatcherPolicy>().OfType<BrowserNavigationMatcherPolicy>().Any())
        {
            throw new InvalidOperationException("MapBananaCakePop needs services.AddBananaCakePop() (AddApiGraphQLEndpoint calls it).");
        }

        var root = Path.Combine(AppContext.BaseDirectory, FolderName);
        var files = new OutputFolderFiles(
            root,
            ContentSecurityPolicy,
            $"Banana Cake Pop is not installed in {Path.GetFullPath(root)}: build the API project (it runs npm ci in src/AseanCyber.Api).",
            IsHashedStaticFile);
        if (!files.IsInstalled)
        {
            LogNotInstalled(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BananaCakePop).FullName!), files.Root);
        }

        path = path.TrimEnd('/');

        // Routing treats "/graphql" and "/graphql/" alike, so one endpoint takes a browser's visit to either: the page
        // lives at "/graphql/" (its asset URLs are relative). Order -1: when the browser policy keeps it, it wins over
        // the GraphQL endpoint on the same route.
        endpoints.MapGet(path, (HttpContext http) => http.Request.Path.Value!.EndsWith('/')
                ? files.Serve(http, "index.html")
                : Results.Redirect($"{http.Request.PathBase}{path}/{http.Request.QueryString}"))
            .WithMetadata(BrowserNavigationMetadata.Instance)
            .WithOrder(-1)
            .WithRequestLogLevel(LogEventLevel.Debug)
            .WithDisplayName("Banana Cake Pop (page)");

        endpoints.MapMethods($"{path}/bcp-config.json", [HttpMethods.Get, HttpMethods.Head], (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = RevalidateCache;
                return Results.Text(ConfigJson, "application/json; charset=utf-8");
            })
            .WithRequestLogLevel(LogEventLevel.Debug)
            .WithDisplayName("Banana Cake Pop (config)");

        endpoints.MapMethods($"{path}/service-worker.js", [HttpMethods.Get, HttpMethods.Head], (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = RevalidateCache;
                return Results.Text(ServiceWorkerJs, "text/javascript; charset=utf-8");
            })
            .WithRequestLogLevel(LogEventLevel.Debug)
            .WithDisplayName("Banana Cake Pop (service worker)");

        endpoints.MapMethods($"{path}/{{**file}}", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, string? file) => files.Serve(http, file))
            .WithRequestLogLevel(LogEventLevel.Debug)
            .WithDisplayName("Banana Cake Pop (files)");

        return endpoints;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Banana Cake Pop is not installed at {IdeFolder}; the IDE answers 404 (the build installs it with npm ci)")]
    private static partial void LogNotInstalled(ILogger logger, string ideFolder);

    // Build-hashed names (main.0349187e.js, codicon.184be8c3aa435ca6c3f5.ttf) never change content: cache them for good.
    private static bool IsHashedStaticFile(string subpath) =>
        subpath.StartsWith("static/", StringComparison.Ordinal) && HashedName().IsMatch(Path.GetFileName(subpath));

    [GeneratedRegex(@"\.[0-9a-f]{8,}\.", RegexOptions.CultureInvariant)]
    private static partial Regex HashedName();
}
