using System.Net.WebSockets;

namespace ShopApi;

/// <summary>
/// Order notifications over a WebSocket. Browsers apply no CORS to WebSockets, so the server checks Origin itself
/// (otherwise any site could open it with the user's cookies: cross-site WebSocket hijacking).
/// </summary>
public static class NotificationsSocket
{
    /// <summary>The endpoint: refuses foreign origins with 403, accepts the trusted ones.</summary>
    public static RequestDelegate Handle(IReadOnlyCollection<string> trustedOrigins) => async context =>
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (!trustedOrigins.Contains(origin, StringComparer.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[1024];
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (received.MessageType == WebSocketMessageType.Close) break;
            }
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client left without a close handshake.
        }
    };
}
