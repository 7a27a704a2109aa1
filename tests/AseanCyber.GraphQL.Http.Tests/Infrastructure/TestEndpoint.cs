using System.Net;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AseanCyber.GraphQL.Http.Tests.Infrastructure;

/// <summary>
/// The endpoint alone at /graphql with <see cref="TestSchema"/>, in memory (or on a real 127.0.0.1 port with
/// <see cref="UseKestrel"/>). Configure it before the first request: <c>new TestEndpoint().WithSetting(...).WithServices(...)</c>.
/// </summary>
public sealed class TestEndpoint : IAsyncDisposable, IDisposable
{
    public const string GraphQLResponseJson = GraphQLMediaTypes.GraphQLResponse;

    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase)
    {
        // The 10 s default is a production bound; a loaded test machine must not turn a slow first request (schema set-up
        // included) into a TIMEOUT. The timeout's own tests set theirs.
        ["GraphQL:ExecutionTimeout"] = "00:02:00",
    };
    private readonly List<Action<IServiceCollection>> _services = [];
    private bool _kestrel;
    private WebApplication? _app;
    private HttpClient? _client;

    public TestEndpoint WithSetting(string key, string? value)
    {
        ThrowIfStarted();
        _settings[key] = value;
        return this;
    }

    public TestEndpoint WithServices(Action<IServiceCollection> configure)
    {
        ThrowIfStarted();
        _services.Add(configure);
        return this;
    }

    /// <summary>Serve on Kestrel at 127.0.0.1 on a free port, for what only a real server does (its body size limit, sockets).</summary>
    public TestEndpoint UseKestrel()
    {
        ThrowIfStarted();
        _kestrel = true;
        return this;
    }

    public IServiceProvider Services => Start().Services;

    /// <summary>A client of the endpoint; its base address is the server's root.</summary>
    public HttpClient Client
    {
        get
        {
            var app = Start();
            return _client ??= _kestrel
                ? new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/") }
                : app.GetTestClient();
        }
    }

    public async Task<GraphQLHttpResult> PostGraphQLAsync(string query, object? variables = null, string? accept = GraphQLResponseJson)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return await PostRawAsync(body, accept);
    }

    public async Task<GraphQLHttpResult> PostRawAsync(string body, string? accept = GraphQLResponseJson, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await SendAsync(request, cancellationToken);
    }

    public async Task<GraphQLHttpResult> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        using var response = await Client.SendAsync(request, cancellationToken);
        return await GraphQLHttpResult.ReadAsync(response);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private WebApplication Start()
    {
        if (_app is not null)
        {
            return _app;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        if (_kestrel)
        {
            builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Services.AddGraphQL(b => b.AddSchema<TestSchema>());
        builder.Services.AddSingleton<TestSchema.ExecutionProbe>();
        builder.Services.AddScoped<TestSchema.ScopedMarker>();
        builder.Services.AddGraphQLHttpEndpoint(builder.Configuration);
        foreach (var configure in _services)
        {
            configure(builder.Services);
        }

        var app = builder.Build();
        app.MapGraphQLHttpEndpoint("/graphql");
        app.StartAsync().GetAwaiter().GetResult();
        _app = app;
        return app;
    }

    private void ThrowIfStarted()
    {
        if (_app is not null)
        {
            throw new InvalidOperationException("Configure the TestEndpoint before its first request.");
        }
    }
}
