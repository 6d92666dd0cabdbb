using System.Net;

namespace CorsConformance.Probing;

/// <summary>Creates HttpClients fit for probing: no redirects followed, no cookies, no automatic decompression, bounded timeouts.</summary>
public static class CorsHttpClient
{
    /// <summary>
    /// A client for a live base URL over real sockets. Honours HTTP_PROXY/HTTPS_PROXY/NO_PROXY; never follows redirects.
    /// </summary>
    public static HttpClient CreateLive(Uri baseUrl, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"Base URL '{baseUrl}' must be an absolute http:// or https:// URL.", nameof(baseUrl));
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = timeout ?? TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            UseProxy = true,
        };
        return new HttpClient(handler)
        {
            BaseAddress = baseUrl,
            Timeout = Timeout.InfiniteTimeSpan, // per-request timeouts are applied by the probe
        };
    }
}
