using System.Net.WebSockets;

namespace BrokenApi;

/// <summary>Order notifications over a WebSocket, without an Origin check (the mistake).</summary>
public static class NotificationsSocket
{
    /// <summary>Accepts every upgrade, whatever its Origin.</summary>
    public static async Task Handle(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        try
        {
            var buffer = new byte[1024];
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
    }
}
