namespace CorsConformance.TestApps;

/// <summary>
/// The shop apps <see cref="TestApp"/> can start: one correct app and, on top of it, one classic CORS mistake each.
/// <see cref="TestAppExpectations.RuleIds"/> names the rule ids each one must produce.
/// </summary>
public enum TestAppKind
{
    /// <summary>
    /// ASP.NET Core UseCors with a named policy for both origins (credentials, the five methods, the three headers,
    /// X-Total-Count and ETag exposed, max-age 600), a public catalog policy (<c>*</c>, no credentials), CORS on the
    /// 404/500/401 answers, UseCors before authentication, a WebSocket that refuses foreign origins.
    /// </summary>
    Correct,

    /// <summary>Hand-written middleware answering <c>ACAO: *</c> with <c>ACAC: true</c> (what people write when ASP.NET refuses AllowAnyOrigin + AllowCredentials).</summary>
    WildcardWithCredentials,

    /// <summary>Hand-written allowlist middleware that echoes allowed origins correctly (preflight too) but never sends <c>Vary: Origin</c>.</summary>
    MissingVaryOrigin,

    /// <summary>CORS middleware that skips OPTIONS; a gateway layer that knows no OPTIONS route answers preflights 404 without CORS headers.</summary>
    PreflightNotFound,

    /// <summary>Hand-written middleware that puts every CORS header on every response but lets OPTIONS fall through to routing: 405 with CORS headers.</summary>
    PreflightMethodNotAllowed,

    /// <summary>ASP.NET UseCors plus a "reverse proxy" layer that appends its own ACAO: two ACAO lines.</summary>
    DuplicateAcao,

    /// <summary>Hand-written CORS headers set up front; UseExceptionHandler's Response.Clear() drops them on the 500.</summary>
    ExceptionHandlerWithoutCors,

    /// <summary>An origin configured as <c>https://app.example.com/</c> is emitted verbatim: <c>ACAO: https://app.example.com/</c>.</summary>
    TrailingSlashOrigin,

    /// <summary>UseAuthentication/UseAuthorization with a fallback policy placed before UseCors: preflights (and unknown routes) answer 401 without CORS.</summary>
    CorsAfterAuthorization,

    /// <summary>SetIsOriginAllowed(_ => true) with credentials: every origin is echoed.</summary>
    ReflectsAnyOrigin,

    /// <summary>The allowlist also contains <c>"null"</c>.</summary>
    NullOriginAllowed,

    /// <summary>An origin is allowed when it ends with <c>example.com</c> (no leading dot).</summary>
    SuffixMatch,

    /// <summary>An origin is allowed when it starts with an allowed origin.</summary>
    PrefixMatch,

    /// <summary>An origin is allowed when it matches <c>^https://app.example.com$</c> (dots unescaped).</summary>
    UnescapedDotRegex,

    /// <summary>SetIsOriginAllowedToAllowWildcardSubdomains with <c>https://*.example.com</c>: any subdomain is trusted.</summary>
    AnySubdomain,

    /// <summary>The allowlist also contains <c>http://app.example.com</c>.</summary>
    HttpOriginTrusted,

    /// <summary>AllowAnyHeader + AllowAnyMethod with credentials: ASP.NET echoes Access-Control-Request-Headers/-Method.</summary>
    ReflectsRequestHeaders,

    /// <summary>The <c>/ws</c> endpoint accepts the upgrade whatever the Origin.</summary>
    WebSocketNoOriginCheck,

    /// <summary>A public API: <c>ACAO: *</c> without credentials everywhere; measured against <see cref="ShopContract.Public"/>.</summary>
    PublicWildcardEverywhere,
}
