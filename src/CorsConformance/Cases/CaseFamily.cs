namespace CorsConformance.Cases;

/// <summary>The family a case belongs to (one theory per family in the xunit suite).</summary>
public enum CaseFamily
{
    /// <summary>A preflighted request from an allowed origin (non-safelisted method or headers).</summary>
    Preflight,
    /// <summary>A simple (non-preflighted) request from an allowed origin.</summary>
    Actual,
    /// <summary>A credentialed request from an allowed origin.</summary>
    Credentials,
    /// <summary>Script must read the contract's exposed headers.</summary>
    ExposedHeaders,
    /// <summary>ACAO depends on Origin: responses must carry Vary: Origin.</summary>
    Vary,
    /// <summary>404/500/401 answers still carry CORS headers.</summary>
    ErrorPath,
    /// <summary>An origin the contract does not allow: must be blocked.</summary>
    AttackerOrigin,
    /// <summary>A WebSocket upgrade from a foreign origin must be refused.</summary>
    WebSocket,
}
