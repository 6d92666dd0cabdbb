using System.Globalization;
using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Running;

namespace CorsConformance.Benchmarks;

/// <summary>
/// ShopApi's real CORS contract (examples/ShopApi.Tests/ShopApiCors.cs), grown deterministically past 1,000 cases:
/// more trusted origins (given to the app through Cors:Origins) and more order resources (/api/orders/42, 43, ...).
/// </summary>
internal static class ShopMatrix
{
    /// <summary>Trusted origins: the app's two plus <c>https://shop1.example.com</c> ...</summary>
    public const int OriginCount = 8;

    /// <summary>Order resources: <c>/api/orders/42</c> ...</summary>
    public const int OrderCount = 14;

    public static IReadOnlyList<string> TrustedOrigins { get; } =
    [
        "https://app.example.com",
        "https://admin.example.com",
        .. Enumerable.Range(1, OriginCount - 2).Select(i => $"https://shop{i}.example.com"),
    ];

    public static IReadOnlyList<string> OrderPaths { get; } =
        [.. Enumerable.Range(42, OrderCount).Select(id => "/api/orders/" + id.ToString(CultureInfo.InvariantCulture))];

    /// <summary>
    /// The run options of both engine paths. WebSocket checks are off: a WebSocket upgrade is no HttpClient exchange,
    /// so the bare side could not replay it (ShopApi's one WebSocket case is covered by examples/ShopApi.Tests).
    /// Concurrency stays at the default (8), as in the xunit front door.
    /// </summary>
    public static RunOptions Options { get; } = new() { IncludeWebSockets = false };

    public static CorsContract Contract()
    {
        var builder = CorsContract.Create()
            .AllowOrigins([.. TrustedOrigins])
            .AllowCredentials()
            .AllowMethods("GET", "POST", "PUT", "DELETE")
            .AllowHeaders("Authorization", "Content-Type", "X-Request-Id")
            .ExposeHeaders("X-Total-Count", "X-Request-Id")
            .MaxAge(600)
            .Endpoint("/api/orders", "GET", "POST");
        foreach (var path in OrderPaths) builder.Endpoint(path, "GET", "PUT", "DELETE");
        return builder
            .PublicEndpoint("/api/products", "GET")
            .ErrorProbes(notFound: "/api/does-not-exist", throwing: "/api/orders/export", unauthorized: "/api/account")
            .WebSocket("/ws/notifications")
            .Exclude("/health")
            .Build();
    }

    /// <summary>The number of cases (pure: the same in BenchmarkDotNet's host and its benchmark process).</summary>
    public static int CaseCount { get; } = 
        CaseMatrix.Expand(Contract(), Options.IncludeSecurityProbes, Options.IncludeWebSockets).Count;

    /// <summary>Cases per family, for the printout.</summary>
    public static string Describe(IReadOnlyList<CorsCase> cases) =>
        string.Join(", ", cases.GroupBy(c => c.Family).Select(g => $"{g.Count()} {g.Key}"));
}
