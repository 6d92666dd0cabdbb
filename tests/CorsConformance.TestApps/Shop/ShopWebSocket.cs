using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace CorsConformance.TestApps.Shop;

/// <summary>
/// The shop's <c>/ws</c> echo socket. Browsers apply no CORS to WebSockets, so the correct socket checks the Origin
/// itself (RFC 6455 §10.2) and answers 403 to a foreign one; a request without Origin (not a browser) is accepted.
/// </summary>
internal static class ShopWebSocket
{
    public static RequestDelegate Handler(bool checkOrigin) => async context =>
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (checkOrigin && origin.Length > 0 && !ShopContract.AllowedOrigins.Contains(origin, StringComparer.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync($"WebSocket upgrade refused: Origin '{origin}' is not allowed.").ConfigureAwait(false);
            return;
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("/ws expects a WebSocket upgrade.").ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await EchoUntilClosedAsync(socket, context.RequestAborted).ConfigureAwait(false);
    };

    private static async Task EchoUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
                    return;
                }
                await socket.SendAsync(buffer.AsMemory(0, received.Count), received.MessageType, received.EndOfMessage, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went away without a close handshake (a probe that only checks the upgrade): nothing to do.
        }
    }
}
