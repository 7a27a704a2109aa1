using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AseanCyber.Api.Tests.Infrastructure;

/// <summary>
/// The API in-process, for tests. Each instance is one host with its own configuration and a fresh temporary
/// <c>Graph:DataDirectory</c> (deleted on dispose).
/// <list type="bullet">
/// <item>Configure before first use (the host is built on the first <c>CreateClient</c>/<c>Services</c>/<see cref="StartKestrel"/>):
/// <c>new ApiFactory().WithSetting("Auth:ApiKey", "k").WithServices(s => ...)</c>.</item>
/// <item>Post GraphQL with <see cref="PostGraphQLAsync"/>; send anything with <see cref="SendAsync"/>; both give a
/// <see cref="GraphQLHttpResult"/> with status, media type and the parsed JSON body.</item>
/// <item><see cref="StartKestrel"/> serves on a real 127.0.0.1 port instead of the in-memory test server, for clients
/// outside the process (node, a browser).</item>
/// </list>
/// Settings are given as web host settings, which WebApplicationFactory hands to the app's builder before Program.cs runs
/// (so <c>Graph:Provider</c>, read while services are registered, sees them), and again as the last configuration source,
/// so they override appsettings.json and the environment.
/// As an xunit class fixture the parameterless constructor gives the defaults.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The Accept header a browser sends when it navigates to a page.</summary>
    public const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase)
    {
        // Quiet by default: the console sink writes to the test runner's output.
        ["Serilog:MinimumLevel:Default"] = "Warning",
        ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
        // appsettings.json's 10 s is a production bound; on a loaded test machine a first request (the schema's set-up) or
        // one on the stand-in Neo4j's in-memory Cypher engine can take longer, and must not become a TIMEOUT error.
        ["GraphQL:ExecutionTimeout"] = "00:02:00",
    };

    private readonly List<Action<IServiceCollection>> _services = [];
    private bool _configured;
    private Uri? _kestrelAddress;

    public ApiFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("aseancyber-api-tests-").FullName;
        _settings["Graph:DataDirectory"] = DataDirectory;
    }

    /// <summary>The temporary folder given to the app as <c>Graph:DataDirectory</c>.</summary>
    public string DataDirectory { get; }

    public ApiFactory WithSetting(string key, string? value)
    {
        ThrowIfConfigured();
        _settings[key] = value;
        return this;
    }

    /// <summary>Runs after the app's own registrations, so it can replace services (e.g. a fake <c>IGraphStore</c>).</summary>
    public ApiFactory WithServices(Action<IServiceCollection> configure)
    {
        ThrowIfConfigured();
        _services.Add(configure);
        return this;
    }

    /// <summary>Starts the app on Kestrel at 127.0.0.1 on a free port and returns its base address (ends with '/').</summary>
    public Uri StartKestrel()
    {
        if (_kestrelAddress is not null)
        {
            return _kestrelAddress;
        }

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _kestrelAddress = new Uri(address.TrimEnd('/') + "/");
        return _kestrelAddress;
    }

    /// <summary>POSTs <c>{query, variables, operationName}</c> as application/json to /graphql.</summary>
    public async Task<GraphQLHttpResult> PostGraphQLAsync(
        string query,
        object? variables = null,
        string? operationName = null,
        string? bearerToken = null,
        string? accept = GraphQLResponseJson)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await SendAsync(request);
    }

    /// <summary>GETs <paramref name="url"/> with the Accept header given (a browser's, or "*/*" for a script or file).</summary>
    public async Task<GraphQLHttpResult> GetAsync(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(request);
    }

    /// <summary>Sends any request through a client that does not follow redirects.</summary>
    public async Task<GraphQLHttpResult> SendAsync(HttpRequestMessage request)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.SendAsync(request);
        return await GraphQLHttpResult.ReadAsync(response);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _configured = true;
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A store may still hold a file open on some platforms; the folder is under the temp directory anyway.
            }
        }
    }

    private void ThrowIfConfigured()
    {
        if (_configured)
        {
            throw new InvalidOperationException("Configure the ApiFactory before its host is built (before CreateClient, Services or StartKestrel).");
        }
    }
}
