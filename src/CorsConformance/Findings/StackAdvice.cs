using CorsConformance.Http;
using CorsConformance.Rules;

namespace CorsConformance.Findings;

/// <summary>Stack-specific fixes, chosen from what the response's Server / X-Powered-By headers reveal.</summary>
internal static class StackAdvice
{
    public static string? For(string ruleId, RecordedResponse? response)
    {
        if (response is null) return null;
        var server = (response.Headers.Combined("Server") ?? "") + " " + (response.Headers.Combined("X-Powered-By") ?? "");
        if (server.Contains("nginx", StringComparison.OrdinalIgnoreCase)) return Nginx(ruleId);
        if (server.Contains("Express", StringComparison.OrdinalIgnoreCase)) return Express(ruleId);
        return null;
    }

    private static string Nginx(string ruleId) => ruleId switch
    {
        RuleIds.DuplicateAcao => "nginx: remove the add_header Access-Control-* lines when the upstream app already sends CORS headers (or proxy_hide_header them).",
        RuleIds.ReflectsArbitraryOrigin or RuleIds.NullOriginAllowed or RuleIds.SuffixBypass or RuleIds.PrefixBypass or RuleIds.UnescapedDotBypass or RuleIds.SubstringBypass
            => "nginx: never 'add_header Access-Control-Allow-Origin $http_origin'; use 'map $http_origin $cors_origin { \"https://app.example.com\" $http_origin; default \"\"; }' with exact strings.",
        RuleIds.PreflightNotOk or RuleIds.AcaoMissing => "nginx: answer OPTIONS with 'if ($request_method = OPTIONS) { return 204; }' and use 'add_header ... always' so 4xx/5xx carry the headers too.",
        RuleIds.ErrorPathMissingHeaders => "nginx: add_header only applies to 2xx/3xx unless you add 'always'.",
        RuleIds.MissingVaryOrigin => "nginx: add_header Vary Origin always;",
        _ => "nginx: keep every CORS add_header in one location block and add 'always'.",
    };

    private static string Express(string ruleId) => ruleId switch
    {
        RuleIds.ReflectsArbitraryOrigin or RuleIds.NullOriginAllowed or RuleIds.SuffixBypass or RuleIds.PrefixBypass or RuleIds.UnescapedDotBypass or RuleIds.SubstringBypass
            => "Express (cors): pass an exact list, cors({ origin: ['https://app.example.com'] }), never origin: true or a regex without anchors and escaped dots.",
        RuleIds.WildcardWithCredentials => "Express (cors): cors({ origin: ['https://app.example.com'], credentials: true }); origin '*' cannot be used with credentials.",
        RuleIds.PreflightNotOk or RuleIds.MethodNotAllowed or RuleIds.HeaderNotAllowed => "Express (cors): app.options('*', cors(options)) before routers and auth, with methods/allowedHeaders listing what clients send.",
        RuleIds.ErrorPathMissingHeaders => "Express: register app.use(cors(options)) before routers and the error handler.",
        _ => "Express (cors): configure origin, methods, allowedHeaders, exposedHeaders and credentials explicitly.",
    };
}
