namespace CorsConformance.Rules;

/// <summary>
/// Stable rule ids (from the CORS rule catalog). Users filter, suppress and report by these strings.
/// </summary>
public static class RuleIds
{
    // 1. Browser verdict rules
    /// <summary>No Access-Control-Allow-Origin on a CORS response.</summary>
    public const string AcaoMissing = "acao-missing";
    /// <summary>ACAO differs from the request origin.</summary>
    public const string AcaoMismatch = "acao-mismatch";
    /// <summary>ACAO carries a trailing slash or path (configured origin stored with a slash).</summary>
    public const string TrailingSlashMismatch = "trailing-slash-mismatch";
    /// <summary>Two ACAO lines, or a list in one line.</summary>
    public const string DuplicateAcao = "duplicate-acao";
    /// <summary>ACAO that is not an origin, <c>*</c> or <c>null</c>.</summary>
    public const string AcaoInvalid = "acao-invalid";
    /// <summary><c>ACAO: *</c> on a credentialed request.</summary>
    public const string WildcardWithCredentials = "wildcard-with-credentials";
    /// <summary>Credentialed request without <c>ACAC: true</c> exactly.</summary>
    public const string CredentialsNotTrue = "credentials-not-true";
    /// <summary>Preflight not 2xx.</summary>
    public const string PreflightNotOk = "preflight-not-ok";
    /// <summary>Preflight answered with a 3xx.</summary>
    public const string PreflightRedirect = "preflight-redirect";
    /// <summary>Method missing from ACAM.</summary>
    public const string MethodNotAllowed = "method-not-allowed";
    /// <summary>Request header missing from ACAH.</summary>
    public const string HeaderNotAllowed = "header-not-allowed";
    /// <summary><c>ACAH: *</c> relied on for Authorization (spec-fail, browsers pass, deprecated).</summary>
    public const string AuthorizationNotCoveredByWildcard = "authorization-not-covered-by-wildcard";
    /// <summary>ACAM/ACAH element that is not a token.</summary>
    public const string AllowListUnparseable = "allow-list-unparseable";
    /// <summary>ACMA above what browsers honour (Chromium 7200 s).</summary>
    public const string MaxAgeAboveBrowserCap = "max-age-above-browser-cap";
    /// <summary>A response header the client must read is not exposed.</summary>
    public const string ExposeHeadersMissing = "expose-headers-missing";
    /// <summary>A redirect in a CORS request without CORS headers.</summary>
    public const string RedirectMissingCors = "redirect-missing-cors";

    // 2. Cache and error-path rules
    /// <summary>ACAO depends on Origin but the response lacks <c>Vary: Origin</c>.</summary>
    public const string MissingVaryOrigin = "missing-vary-origin";
    /// <summary>4xx/5xx answers to an allowed origin without CORS headers.</summary>
    public const string ErrorPathMissingHeaders = "error-path-missing-headers";
    /// <summary>Preflight and actual response disagree on ACAO/ACAC.</summary>
    public const string PreflightActualDisagree = "preflight-actual-disagree";

    // 3. Security rules
    /// <summary>Any origin is echoed back.</summary>
    public const string ReflectsArbitraryOrigin = "reflects-arbitrary-origin";
    /// <summary><c>Origin: null</c> is trusted.</summary>
    public const string NullOriginAllowed = "null-origin-allowed";
    /// <summary>An attacker label glued before the registrable domain is trusted.</summary>
    public const string SuffixBypass = "suffix-bypass";
    /// <summary>The allowed origin followed by an attacker domain is trusted.</summary>
    public const string PrefixBypass = "prefix-bypass";
    /// <summary>A regex with an unescaped dot lets a letter stand for the dot.</summary>
    public const string UnescapedDotBypass = "unescaped-dot-bypass";
    /// <summary>A substring of the allowed origin is trusted.</summary>
    public const string SubstringBypass = "substring-bypass";
    /// <summary>Any subdomain is trusted although the contract does not allow subdomains.</summary>
    public const string AnySubdomainTrusted = "any-subdomain-trusted";
    /// <summary>The plain-http twin of an https origin is trusted.</summary>
    public const string HttpOriginTrusted = "http-origin-trusted";
    /// <summary>Origins with special characters after the allowed host are trusted.</summary>
    public const string SpecialCharBypass = "special-char-bypass";
    /// <summary>Shared-hosting origins anyone can publish to are trusted.</summary>
    public const string ThirdPartyOriginTrusted = "third-party-origin-trusted";
    /// <summary>The allowed host on another port is trusted.</summary>
    public const string PortVariationTrusted = "port-variation-trusted";
    /// <summary>Browser extension origins are trusted.</summary>
    public const string ExtensionOriginTrusted = "extension-origin-trusted";
    /// <summary>A WebSocket upgrade from a foreign Origin is accepted.</summary>
    public const string WebSocketOriginNotChecked = "websocket-origin-not-checked";
    /// <summary>ACRH/ACRM values are echoed back in ACAH/ACAM.</summary>
    public const string ReflectsRequestHeadersOrMethods = "reflects-request-headers-or-methods";
    /// <summary>CR/LF from the Origin ends up in a response header.</summary>
    public const string CrlfInReflectedValue = "crlf-in-reflected-value";

    // Project additions (same style)
    /// <summary>An origin the contract does not list is accepted (generic negative case).</summary>
    public const string UnlistedOriginAllowed = "unlisted-origin-allowed";
    /// <summary>The server's max-age differs from the contract's.</summary>
    public const string MaxAgeDiffersFromContract = "max-age-differs-from-contract";
    /// <summary>A route of the app is neither covered nor excluded by the contract.</summary>
    public const string RouteNotInContract = "route-not-in-contract";
}
