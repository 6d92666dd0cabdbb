using System.Globalization;
using System.Net.WebSockets;
using System.Text.RegularExpressions;
using CorsConformance.Probing;
using Microsoft.AspNetCore.TestHost;

namespace CorsConformance.Xunit.Hosting;

/// <summary>The engine's WebSocket hook for an in-memory <see cref="TestServer"/> (no socket involved).</summary>
internal static partial class TestServerWebSockets
{
    [GeneratedRegex(@"status code:?\s*(\d{3})", RegexOptions.IgnoreCase)]
    private static partial Regex StatusInMessage();

    public static WebSocketConnector For(TestServer server) => async (url, origin, cancellationToken) =>
    {
        var client = server.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers.Origin = origin;
        try
        {
            using var socket = await client.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
            try { await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "cors-conformance probe", cancellationToken).ConfigureAwait(false); }
            catch (WebSocketException) { }
            catch (InvalidOperationException) { }
            return 101;
        }
        catch (InvalidOperationException ex) when (StatusOf(ex) is { } status)
        {
            // TestServer refuses a handshake with "Incomplete handshake, status code: 403".
            return status;
        }
    };

    private static int? StatusOf(Exception ex)
    {
        var match = StatusInMessage().Match(ex.Message);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }
}
