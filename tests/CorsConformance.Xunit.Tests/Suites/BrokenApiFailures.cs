namespace CorsConformance.Xunit.Tests.Suites;

/// <summary>
/// The rows the BrokenApi example must fail under the shop's contract, each with the rule id its message must name.
/// Every mistake in examples/BrokenApi is here once; nothing else may fail.
/// </summary>
internal static class BrokenApiFailures
{
    public const string RouteFact = "CorsConformance.Xunit.Suites.BrokenApiCors.RoutesAreCoveredOrExcluded";

    /// <summary>Rows that fail whatever the transport (in-memory or a live socket).</summary>
    public static readonly IReadOnlyDictionary<string, string> CaseRows = new Dictionary<string, string>
    {
        // ACAM lists GET, POST only.
        ["preflight PUT /api/orders/42 from https://app.example.com with credentials [Authorization, Content-Type, X-Request-Id]"] = "method-not-allowed",
        ["preflight PUT /api/orders/42 from https://admin.example.com with credentials [Authorization, Content-Type, X-Request-Id]"] = "method-not-allowed",
        ["preflight DELETE /api/orders/42 from https://app.example.com with credentials [Authorization, X-Request-Id]"] = "method-not-allowed",
        ["preflight DELETE /api/orders/42 from https://admin.example.com with credentials [Authorization, X-Request-Id]"] = "method-not-allowed",
        // No Vary: Origin.
        ["vary GET /api/orders from https://app.example.com with credentials"] = "missing-vary-origin",
        ["vary GET /api/orders from https://admin.example.com with credentials"] = "missing-vary-origin",
        ["vary GET /api/orders/42 from https://app.example.com with credentials"] = "missing-vary-origin",
        ["vary GET /api/orders/42 from https://admin.example.com with credentials"] = "missing-vary-origin",
        // The exception handler clears the CORS headers.
        ["error path GET /api/orders/export from https://app.example.com with credentials (500)"] = "error-path-missing-headers",
        // "null" in the allowlist.
        ["attacker GET /api/orders from null with credentials (null-origin-allowed)"] = "null-origin-allowed",
        // The public catalog gets the private policy.
        ["public GET /api/products from https://any-site.example-client.test"] = "acao-missing",
        // The notifications socket checks no Origin.
        ["websocket /ws/notifications from https://evil.example-attacker.test"] = "websocket-origin-not-checked",
        // Max-Age 86400 where the contract promises 600.
        ["contract-wide /api/orders"] = "max-age-differs-from-contract",
        ["contract-wide /api/orders/42"] = "max-age-differs-from-contract",
    };
}
