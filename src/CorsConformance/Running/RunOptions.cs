using CorsConformance.Http;

namespace CorsConformance.Running;

/// <summary>How a conformance run behaves.</summary>
public sealed record RunOptions
{
    /// <summary>Owned (send everything) or live (safe by default).</summary>
    public RunMode Mode { get; init; } = RunMode.Owned;

    /// <summary>Timeout for one request (headers received). Default 10 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many cases run at once. Default 8.</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>Retries of a request that failed at the transport level (never of one that got an answer). Default 1 in live mode.</summary>
    public int TransportRetries { get; init; }

    /// <summary>Headers added to every request (API key, cookie); their values are redacted in every message and report.</summary>
    public IReadOnlyList<HeaderLine> ExtraHeaders { get; init; } = [];

    /// <summary>Run the attacker-origin security probes (catalog section 3). Default true.</summary>
    public bool IncludeSecurityProbes { get; init; } = true;

    /// <summary>Probe the contract's WebSocket paths with a foreign Origin. Default true.</summary>
    public bool IncludeWebSockets { get; init; } = true;

    /// <summary>
    /// Opens WebSocket upgrades for the WebSocket cases. Default: a real <see cref="System.Net.WebSockets.ClientWebSocket"/>
    /// (<see cref="Probing.SocketWebSocketConnector"/>); in-memory hosts pass their own (TestServer.CreateWebSocketClient()).
    /// </summary>
    public Probing.WebSocketConnector? WebSocketConnector { get; init; }

    /// <summary>Called after each case finishes (for progress displays).</summary>
    public Action<Probing.CaseResult>? OnCaseCompleted { get; init; }
}
