using CorsConformance.Contract;

namespace CorsConformance.TestApps;

/// <summary>The CORS contracts the shop test apps promise (see <see cref="TestApp"/>).</summary>
public static class ShopContract
{
    /// <summary>The shop's main browser origin.</summary>
    public const string AppOrigin = "https://app.example.com";

    /// <summary>The shop's back-office browser origin.</summary>
    public const string AdminOrigin = "https://admin.example.com";

    /// <summary>Both allowed origins.</summary>
    public static IReadOnlyList<string> AllowedOrigins { get; } = [AppOrigin, AdminOrigin];

    /// <summary>Methods the shop accepts cross-origin.</summary>
    public static IReadOnlyList<string> Methods { get; } = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>Request headers the shop's pages send.</summary>
    public static IReadOnlyList<string> RequestHeaders { get; } = ["Authorization", "Content-Type", "X-Request-Id"];

    /// <summary>Response headers the shop's pages read.</summary>
    public static IReadOnlyList<string> ExposedHeaders { get; } = ["X-Total-Count", "ETag"];

    /// <summary>The Access-Control-Max-Age the shop sends, in seconds.</summary>
    public const int MaxAgeSeconds = 600;

    /// <summary>
    /// The credentialed shop: orders for both origins with credentials, a public catalog (<c>ACAO: *</c>, no credentials),
    /// error probes (404, thrown 500, 401) and a WebSocket that must refuse foreign origins.
    /// Every <see cref="TestAppKind"/> except <see cref="TestAppKind.PublicWildcardEverywhere"/> is measured against it.
    /// </summary>
    public static CorsContract Value { get; } = Shop(CorsContract.Create())
        .AllowCredentials()
        .Endpoint("/api/orders", "GET", "POST")
        .Endpoint("/api/orders/1", "GET", "PUT", "PATCH", "DELETE")
        .PublicEndpoint("/api/catalog", "GET")
        .WebSocket("/ws")
        .Build();

    /// <summary>
    /// The same shop published as a public API: every endpoint answers <c>ACAO: *</c> without credentials, so no
    /// origin is "foreign". Used to prove there is no false positive on a public wildcard endpoint.
    /// </summary>
    public static CorsContract Public { get; } = Shop(CorsContract.Create())
        .PublicEndpoint("/api/orders", "GET", "POST")
        .PublicEndpoint("/api/orders/1", "GET", "PUT", "PATCH", "DELETE")
        .PublicEndpoint("/api/catalog", "GET")
        .Build();

    /// <summary>The contract a <paramref name="kind"/> of app is measured against.</summary>
    public static CorsContract For(TestAppKind kind) => kind == TestAppKind.PublicWildcardEverywhere ? Public : Value;

    private static CorsContractBuilder Shop(CorsContractBuilder builder) => builder
        .AllowOrigins([.. AllowedOrigins])
        .AllowMethods([.. Methods])
        .AllowHeaders([.. RequestHeaders])
        .ExposeHeaders([.. ExposedHeaders])
        .MaxAge(MaxAgeSeconds)
        .ErrorProbes(notFound: "/api/does-not-exist", throwing: "/api/boom", unauthorized: "/api/account");
}
