namespace CorsConformance.Cases;

/// <summary>What the contract says a browser must do with a case.</summary>
public enum ExpectedOutcome
{
    /// <summary>The browser must hand the response to script.</summary>
    Accepted,
    /// <summary>The browser must block it (or, for WebSocket, the server must refuse it).</summary>
    Blocked,
}
