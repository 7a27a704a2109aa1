using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Xunit.Sdk;

namespace AseanCyber.Api.Tests.Infrastructure;

/// <summary>
/// What made the app fail to start. When a hosted service or the options validation throws in StartAsync, the app's own
/// Run disposes the host while WebApplicationFactory still waits on it, so the factory sometimes reports an
/// ObjectDisposedException instead of the cause; the host logs the cause first ("Hosting failed to start"), so it is
/// taken from the log when the exception does not carry it.
/// </summary>
public static class StartupFailure
{
    public static TException Expect<TException>(ApiFactory api)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(api);
        var log = new CapturingSink();
        api.WithServices(s => s.AddSingleton<ILogEventSink>(log));

        var thrown = Record.Exception(() => api.CreateClient());

        Assert.NotNull(thrown);
        return Find<TException>(thrown)
            ?? log.Events.Select(e => Find<TException>(e.Exception)).FirstOrDefault(e => e is not null)
            ?? throw new XunitException($"Start-up failed, but not with {typeof(TException).Name} (log: {string.Join("; ", log.Events.Select(e => e.Exception?.Message))}): {thrown}");
    }

    private static T? Find<T>(Exception? exception)
        where T : Exception => exception switch
        {
            null => null,
            T match => match,
            AggregateException aggregate => aggregate.InnerExceptions.Select(Find<T>).FirstOrDefault(e => e is not null),
            _ => Find<T>(exception.InnerException),
        };
}
