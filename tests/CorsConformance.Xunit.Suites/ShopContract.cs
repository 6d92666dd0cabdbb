using CorsConformance.Contract;

namespace CorsConformance.Xunit.Suites;

/// <summary>The shop's CORS contract as the LiveGate example states it (examples/LiveGate/cors-contract.json).</summary>
internal static class ShopContract
{
    public static CorsContract Load() => CorsContractJson.Load(Path.Combine(AppContext.BaseDirectory, "cors-contract.json"));

    /// <summary>The contract with only <c>/api/orders</c> (GET, POST): most of the app's routes are forgotten.</summary>
    public static CorsContract OrdersOnly() => Load() with
    {
        Endpoints = [new CorsEndpoint { Path = "/api/orders", Methods = ["GET", "POST"] }],
        ErrorProbes = new ErrorProbePaths(),
        WebSocketPaths = [],
        ExcludedPaths = [],
    };

    /// <summary>The contract without its <c>/api/orders/42</c> endpoint (the <c>/api/orders/{id}</c> route is forgotten).</summary>
    public static CorsContract WithoutOrderById() => Load() with
    {
        Endpoints = Load().Endpoints.Where(e => e.Path != "/api/orders/42").ToArray(),
    };
}
