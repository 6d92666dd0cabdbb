using System.Globalization;
using System.Net.WebSockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace CorsConformance.TestApps;

/// <summary>A shop app running on an in-memory TestServer. Dispose it to stop the app.</summary>
public sealed partial class InMemoryTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal InMemoryTestApp(TestAppKind kind, WebApplication app, TestServer server)
    {
        Kind = kind;
        _app = app;
        Server = server;
        Client = CreateClient();
    }

    /// <summary>Which app this is.</summary>
    public TestAppKind Kind { get; }

    /// <summary>The in-memory server.</summary>
    public TestServer Server { get; }

    /// <summary>The base URL the in-memory client uses (<c>http://localhost/</c>).</summary>
    public Uri BaseUrl => Server.BaseAddress;

    /// <summary>An in-memory client (BaseAddress set, redirects never followed, no cookies), disposed with the app.</summary>
    public HttpClient Client { get; }

    /// <summary>A new in-memory client (the caller disposes it).</summary>
    public HttpClient CreateClient() => new(Server.CreateHandler()) { BaseAddress = Server.BaseAddress };

    /// <summary>A WebSocket client that upgrades in memory (the HttpClient cannot: its requests are never upgradable).</summary>
    public WebSocketClient CreateWebSocketClient() => Server.CreateWebSocketClient();

    /// <summary>
    /// Attempts a WebSocket upgrade of <paramref name="url"/> with <paramref name="origin"/> and returns the handshake
    /// status: 101 when accepted, else the status the app refused it with. Fits <c>RunOptions.WebSocketConnector</c>.
    /// </summary>
    public async Task<int> ConnectWebSocketAsync(Uri url, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var client = Server.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers.Origin = origin;
        WebSocket socket;
        try
        {
            socket = await client.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException e) when (HandshakeStatus().Match(e.Message) is { Success: true } match)
        {
            // TestServer reports a refused upgrade only as "Incomplete handshake, status code: 403".
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        using (socket)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "probe done", cancellationToken).ConfigureAwait(false);
        }
        return 101;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    [GeneratedRegex(@"status code: (\d{3})")]
    private static partial Regex HandshakeStatus();
}
