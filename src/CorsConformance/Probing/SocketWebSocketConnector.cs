using System.Net.WebSockets;

namespace CorsConformance.Probing;

/// <summary>The default <see cref="WebSocketConnector"/>: a real <see cref="ClientWebSocket"/> over sockets.</summary>
public static class SocketWebSocketConnector
{
    /// <summary>Attempts the upgrade and returns 101, or the status the server refused it with.</summary>
    public static async Task<int> ConnectAsync(Uri url, string origin, CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", origin);
        try
        {
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
            try { await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "cors-conformance probe", cancellationToken).ConfigureAwait(false); }
            catch (WebSocketException) { }
            return 101;
        }
        catch (WebSocketException) when (socket.HttpStatusCode != 0)
        {
            return (int)socket.HttpStatusCode;
        }
    }

    /// <summary>The ws(s):// URL of <paramref name="path"/> under an http(s):// base URL.</summary>
    public static Uri WebSocketUrl(Uri baseUrl, string path)
    {
        var http = Http.Urls.Combine(baseUrl, path);
        var builder = new UriBuilder(http) { Scheme = http.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" };
        return builder.Uri;
    }
}
