namespace CorsConformance.Contract;

/// <summary>
/// The CORS behaviour an API promises. Build it fluently with <see cref="Create"/> or load it with
/// <see cref="CorsContractJson"/>; either way it is validated (<see cref="CorsContractValidator"/>).
/// </summary>
public sealed record CorsContract
{
    /// <summary>Allowed origins: exact (<c>https://app.example.com</c>) or explicit subdomain patterns (<c>https://*.example.com</c>).</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>True when credentialed requests (cookies, HTTP auth) must be accepted.</summary>
    public bool AllowCredentials { get; init; }

    /// <summary>Methods the API accepts cross-origin (tokens, case-sensitive as sent by clients).</summary>
    public IReadOnlyList<string> AllowedMethods { get; init; } = ["GET", "HEAD", "POST"];

    /// <summary>Request headers clients send (e.g. Authorization, Content-Type, X-Request-Id).</summary>
    public IReadOnlyList<string> AllowedHeaders { get; init; } = [];

    /// <summary>Response headers script must be able to read.</summary>
    public IReadOnlyList<string> ExposedHeaders { get; init; } = [];

    /// <summary>Access-Control-Max-Age the server should send, in seconds, or null for "any".</summary>
    public int? MaxAgeSeconds { get; init; }

    /// <summary>The endpoints in scope.</summary>
    public IReadOnlyList<CorsEndpoint> Endpoints { get; init; } = [];

    /// <summary>Paths that answer 404 / throw (500) / require auth (401); each must still carry CORS headers.</summary>
    public ErrorProbePaths ErrorProbes { get; init; } = new();

    /// <summary>WebSocket paths whose upgrade must refuse foreign origins.</summary>
    public IReadOnlyList<string> WebSocketPaths { get; init; } = [];

    /// <summary>Route patterns deliberately out of scope (endpoint discovery ignores them), e.g. <c>/health</c>, <c>/internal/*</c>.</summary>
    public IReadOnlyList<string> ExcludedPaths { get; init; } = [];

    /// <summary>
    /// When true, live runs may send the actual request of unsafe methods (PUT, PATCH, DELETE, POST with a body).
    /// False by default: against a live server only the preflight of such a case is sent.
    /// </summary>
    public bool AllowUnsafeLiveRequests { get; init; }

    /// <summary>Starts a fluent contract.</summary>
    public static CorsContractBuilder Create() => new();
}
