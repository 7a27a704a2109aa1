using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace AseanCyber.Api.Cli;

/// <summary>
/// The server of a command's host: it starts and stops like Kestrel but listens nowhere, so the host's hosted services
/// (the store's initialisation and seeding) run as they do for the server while no port is opened.
/// </summary>
internal sealed class NoListeningServer : IServer
{
    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
