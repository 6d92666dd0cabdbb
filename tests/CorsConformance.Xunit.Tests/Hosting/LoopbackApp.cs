using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorsConformance.Xunit.Tests.Hosting;

/// <summary>
/// An example app on a real Kestrel socket (127.0.0.1, a free port) through WebApplicationFactory, recording every
/// request it receives before the app's own middleware sees it.
/// </summary>
internal sealed class LoopbackApp<TEntryPoint> : IAsyncDisposable where TEntryPoint : class
{
    private readonly WebApplicationFactory<TEntryPoint> _factory;
    private readonly ConcurrentQueue<ReceivedRequest> _received;

    private LoopbackApp(WebApplicationFactory<TEntryPoint> factory, ConcurrentQueue<ReceivedRequest> received, Uri baseUrl)
    {
        _factory = factory;
        _received = received;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public IReadOnlyList<ReceivedRequest> Received => _received.ToArray();

    public static LoopbackApp<TEntryPoint> Start()
    {
        var received = new ConcurrentQueue<ReceivedRequest>();
        // The same start as the xunit front door's: Mvc.Testing 10 sometimes loses a race over the server's addresses.
        var factory = CorsConformance.Xunit.Hosting.RealSocketStart.Start(() => new KestrelFactory(received), f => f.StartServer());
        var baseUrl = factory.ClientOptions.BaseAddress;
        if (!baseUrl.IsLoopback || baseUrl.Port is 0 or 5000)
            throw new InvalidOperationException($"Kestrel did not bind a free loopback port: {baseUrl}");
        return new LoopbackApp<TEntryPoint>(factory, received, baseUrl);
    }

    /// <summary>UseKestrel(0) must be called on the very factory that starts (not on a WithWebHostBuilder copy), or port 5000 is bound.</summary>
    private sealed class KestrelFactory : WebApplicationFactory<TEntryPoint>
    {
        private readonly ConcurrentQueue<ReceivedRequest> _received;

        public KestrelFactory(ConcurrentQueue<ReceivedRequest> received)
        {
            _received = received;
            UseKestrel(0);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.ConfigureLogging(logging => logging.ClearProviders());
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RecordingStartupFilter(_received)));
        }
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private sealed class RecordingStartupFilter(ConcurrentQueue<ReceivedRequest> received) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                var headers = context.Request.Headers;
                received.Enqueue(new ReceivedRequest(
                    context.Request.Method,
                    context.Request.Path.Value ?? "/",
                    headers.Origin.Count > 0 ? headers.Origin.ToString() : null,
                    headers.AccessControlRequestMethod.Count > 0 ? headers.AccessControlRequestMethod.ToString() : null,
                    headers.Authorization.Count > 0 ? headers.Authorization.ToString() : null));
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
