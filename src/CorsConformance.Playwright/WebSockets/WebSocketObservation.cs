namespace CorsConformance.Playwright.WebSockets;

/// <summary>
/// What happened when a page at some origin opened a WebSocket. Browsers apply no CORS to WebSockets: only the server's own
/// Origin check (403 or close) keeps a foreign page out.
/// </summary>
public sealed record WebSocketObservation
{
    /// <summary>The ws:// or wss:// URL opened.</summary>
    public required string Url { get; init; }

    /// <summary>The page origin (sent as the Origin header of the upgrade).</summary>
    public required string Origin { get; init; }

    /// <summary>True when the connection opened (the server accepted the upgrade).</summary>
    public required bool Opened { get; init; }

    /// <summary>The close code script saw (1006 when the handshake was refused), or null on timeout.</summary>
    public int? CloseCode { get; init; }

    /// <summary>The close reason, if any.</summary>
    public string? CloseReason { get; init; }

    /// <summary>Console lines about this connection, e.g. <c>WebSocket connection to '...' failed: Error during WebSocket handshake: Unexpected response code: 403</c>.</summary>
    public IReadOnlyList<string> ConsoleMessages { get; init; } = [];

    /// <summary>Why the attempt could not be made or finished (timeout, origin not hostable), or null.</summary>
    public string? Error { get; init; }

    /// <summary>One line: opened or refused, and Chromium's words.</summary>
    public string Describe() => Error is not null && !Opened
        ? $"WebSocket {Url} from origin '{Origin}' not measured: {Error}"
        : Opened
            ? $"WebSocket {Url} opened from origin '{Origin}' (the server accepted a foreign page)"
            : $"WebSocket {Url} refused for origin '{Origin}' (close code {CloseCode}){(ConsoleMessages.Count > 0 ? ": " + ConsoleMessages[0] : "")}";
}
