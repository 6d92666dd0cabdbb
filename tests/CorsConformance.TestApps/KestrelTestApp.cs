using System.Net;
using Microsoft.AspNetCore.Builder;

namespace CorsConformance.TestApps;

/// <summary>A shop app listening on a real Kestrel socket on 127.0.0.1. Dispose it to stop the app.</summary>
public sealed class KestrelTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal KestrelTestApp(TestAppKind kind, WebApplication app, Uri baseUrl)
    {
        Kind = kind;
        _app = app;
        BaseUrl = baseUrl;
        Client = CreateClient();
    }

    /// <summary>Which app this is.</summary>
    public TestAppKind Kind { get; }

    /// <summary>The real base URL, e.g. <c>http://127.0.0.1:41873/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>A socket client (BaseAddress set), disposed with the app.</summary>
    public HttpClient Client { get; }

    /// <summary>
    /// A new socket client: no redirects followed, no cookies, no decompression, and no proxy (a proxy from the
    /// environment must never sit between a test and its loopback server). The caller disposes it.
    /// </summary>
    public HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        BaseAddress = BaseUrl,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
