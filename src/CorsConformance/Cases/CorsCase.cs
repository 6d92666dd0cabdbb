using CorsConformance.Browser;
using CorsConformance.Http;

namespace CorsConformance.Cases;

/// <summary>One case of the matrix: endpoint × origin × method × headers × credentials, and what must happen.</summary>
public sealed record CorsCase
{
    /// <summary>Short readable name, e.g. <c>preflight PUT /api/orders from https://app.example.com with credentials [Authorization, Content-Type]</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The family (preflight, actual, credentials, ...).</summary>
    public required CaseFamily Family { get; init; }

    /// <summary>The endpoint path (relative to the base URL), e.g. <c>/api/orders</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The method as the script writes it.</summary>
    public required string Method { get; init; }

    /// <summary>The page origin (<c>null</c> for an opaque origin).</summary>
    public required string Origin { get; init; }

    /// <summary>The fetch credentials mode.</summary>
    public CredentialsMode Credentials { get; init; } = CredentialsMode.SameOrigin;

    /// <summary>Author request headers the script sets.</summary>
    public IReadOnlyList<HeaderLine> Headers { get; init; } = [];

    /// <summary>Request body text, or null.</summary>
    public string? Body { get; init; }

    /// <summary>What the contract requires.</summary>
    public required ExpectedOutcome Expected { get; init; }

    /// <summary>Response header names the script must be able to read (exposed-headers cases).</summary>
    public IReadOnlyList<string> MustReadHeaders { get; init; } = [];

    /// <summary>For negative/security cases: the rule id reported when the server accepts the origin.</summary>
    public string? SecurityRuleId { get; init; }

    /// <summary>For error-path cases: the status the path is expected to answer (404, 500, 401).</summary>
    public int? ExpectedStatus { get; init; }

    /// <summary>
    /// For WebSocket and Vary cases: an allowed origin (or none, for Vary: the request without Origin) used as the control
    /// exchange, so the check can tell "refuses the attacker" from "refuses everyone".
    /// </summary>
    public string? ControlOrigin { get; init; }

    /// <summary>True when the actual request changes server state (unsafe method); live runs send only the preflight unless the contract opts in.</summary>
    public bool IsUnsafe => Method.ToUpperInvariant() is not ("GET" or "HEAD" or "OPTIONS");

    /// <summary>The browser-model input for this case against <paramref name="baseUrl"/>.</summary>
    public CorsRequest ToRequest(Uri baseUrl) => ToRequestAt(Http.Urls.Combine(baseUrl, Path));

    /// <summary>The browser-model input for this case at <paramref name="url"/> (this case's path under the base URL).</summary>
    internal CorsRequest ToRequestAt(Uri url) => new(Origin, Method, url, Headers, Credentials, Body);

    /// <inheritdoc />
    public override string ToString() => Name;
}
