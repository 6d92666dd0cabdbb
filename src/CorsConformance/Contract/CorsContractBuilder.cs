namespace CorsConformance.Contract;

/// <summary>Fluent builder for <see cref="CorsContract"/>; <see cref="Build"/> validates.</summary>
public sealed class CorsContractBuilder
{
    private readonly List<string> _origins = [];
    private readonly List<string> _methods = [];
    private readonly List<string> _headers = [];
    private readonly List<string> _exposed = [];
    private readonly List<CorsEndpoint> _endpoints = [];
    private readonly List<string> _webSockets = [];
    private readonly List<string> _excluded = [];
    private bool _credentials;
    private int? _maxAge;
    private bool _unsafeLive;
    private ErrorProbePaths _errors = new();

    /// <summary>Adds allowed origins: exact (<c>https://app.example.com</c>) or subdomain patterns (<c>https://*.example.com</c>).</summary>
    public CorsContractBuilder AllowOrigins(params string[] origins) { _origins.AddRange(origins); return this; }

    /// <summary>Credentialed requests (cookies, HTTP auth) must be accepted.</summary>
    public CorsContractBuilder AllowCredentials(bool allow = true) { _credentials = allow; return this; }

    /// <summary>Adds methods clients send cross-origin (GET, HEAD and POST are implied).</summary>
    public CorsContractBuilder AllowMethods(params string[] methods) { _methods.AddRange(methods); return this; }

    /// <summary>Adds request headers clients send (Authorization, Content-Type, X-Request-Id, ...).</summary>
    public CorsContractBuilder AllowHeaders(params string[] headers) { _headers.AddRange(headers); return this; }

    /// <summary>Adds response headers script must read.</summary>
    public CorsContractBuilder ExposeHeaders(params string[] headers) { _exposed.AddRange(headers); return this; }

    /// <summary>The Access-Control-Max-Age the server sends, in seconds.</summary>
    public CorsContractBuilder MaxAge(int seconds) { _maxAge = seconds; return this; }

    /// <summary>The Access-Control-Max-Age the server sends.</summary>
    public CorsContractBuilder MaxAge(TimeSpan maxAge) => MaxAge((int)maxAge.TotalSeconds);

    /// <summary>Adds an endpoint answering <paramref name="methods"/> (empty: the contract's methods).</summary>
    public CorsContractBuilder Endpoint(string path, params string[] methods) =>
        Endpoint(path, e => e.Methods(methods));

    /// <summary>Adds an endpoint with per-endpoint overrides.</summary>
    public CorsContractBuilder Endpoint(string path, Action<CorsEndpointBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new CorsEndpointBuilder(path);
        configure(builder);
        _endpoints.Add(builder.Build());
        return this;
    }

    /// <summary>Adds a public endpoint: <c>Access-Control-Allow-Origin: *</c> to anyone, no credentials.</summary>
    public CorsContractBuilder PublicEndpoint(string path, params string[] methods) =>
        Endpoint(path, e => e.Methods(methods).Public());

    /// <summary>Adds a public endpoint (<c>Access-Control-Allow-Origin: *</c>, no credentials) with further per-endpoint settings.</summary>
    public CorsContractBuilder PublicEndpoint(string path, Action<CorsEndpointBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Endpoint(path, e => configure(e.Public()));
    }

    /// <summary>Paths that answer 404, throw (500) and require auth (401); each must still carry CORS headers.</summary>
    public CorsContractBuilder ErrorProbes(string? notFound = null, string? throwing = null, string? unauthorized = null)
    {
        _errors = new ErrorProbePaths(notFound, throwing, unauthorized);
        return this;
    }

    /// <summary>Adds a WebSocket path whose upgrade must refuse foreign origins.</summary>
    public CorsContractBuilder WebSocket(string path) { _webSockets.Add(path); return this; }

    /// <summary>Excludes routes from endpoint discovery (exact path or prefix ending in <c>*</c>).</summary>
    public CorsContractBuilder Exclude(params string[] pathPatterns) { _excluded.AddRange(pathPatterns); return this; }

    /// <summary>Lets live runs send actual requests of unsafe methods. Off by default: live runs send only preflights for them.</summary>
    public CorsContractBuilder AllowUnsafeLiveRequests(bool allow = true) { _unsafeLive = allow; return this; }

    /// <summary>Builds and validates the contract.</summary>
    /// <exception cref="CorsContractException">The contract is invalid; the message names each field and its fix.</exception>
    public CorsContract Build()
    {
        var contract = new CorsContract
        {
            AllowedOrigins = [.. _origins],
            AllowCredentials = _credentials,
            AllowedMethods = _methods.Count == 0 ? new CorsContract().AllowedMethods : [.. _methods],
            AllowedHeaders = [.. _headers],
            ExposedHeaders = [.. _exposed],
            MaxAgeSeconds = _maxAge,
            Endpoints = [.. _endpoints],
            ErrorProbes = _errors,
            WebSocketPaths = [.. _webSockets],
            ExcludedPaths = [.. _excluded],
            AllowUnsafeLiveRequests = _unsafeLive,
        };
        CorsContractValidator.ThrowIfInvalid(contract);
        return contract;
    }
}
