namespace CorsConformance.Probing;

/// <summary>
/// Opens a WebSocket upgrade to <paramref name="url"/> with the given Origin header and returns the HTTP status of the
/// handshake (101 when the server accepted the upgrade). Transport failures throw.
/// </summary>
/// <param name="url">The ws:// or wss:// URL.</param>
/// <param name="origin">The Origin header to send.</param>
/// <param name="cancellationToken">Cancels the attempt.</param>
public delegate Task<int> WebSocketConnector(Uri url, string origin, CancellationToken cancellationToken);
