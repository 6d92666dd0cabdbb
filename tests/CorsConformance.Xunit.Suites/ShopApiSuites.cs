using CorsConformance.Contract;
using Microsoft.AspNetCore.Hosting;

namespace CorsConformance.Xunit.Suites;

// Three more classes over the same ShopApi (the example's own ShopApiCors is the fourth): each gets the rows of its
// own contract, one app per class.

/// <summary>The same promise as ShopApiCors, read from the LiveGate example's JSON file.</summary>
public class ShopApiJsonContractCors : CorsConformanceTests<Program>
{
    protected override CorsContract Contract => ShopContract.Load();
}

/// <summary>A contract that only lists /api/orders: route discovery must name every other route.</summary>
public class ShopApiOrdersOnlyCors : CorsConformanceTests<Program>
{
    protected override CorsContract Contract => ShopContract.OrdersOnly();
}

/// <summary>A contract that forgets /api/orders/{id}, probed with the contract's defaults: ShopApi keeps CORS there.</summary>
public class ShopApiProbedRoutesCors : CorsConformanceTests<Program>
{
    protected override CorsContract Contract => ShopContract.WithoutOrderById();

    protected override bool ProbeDiscoveredRoutes => true;
}

/// <summary>ShopApi deployed (a real socket): the base URL comes from CORS_CONFORMANCE_BASE_URL.</summary>
public class ShopApiLiveCors : LiveCorsConformanceTests
{
    protected override CorsContract Contract => ShopContract.Load();
}

/// <summary>A contract the validator refuses (an origin with a trailing slash): every row must fail with the validator's words.</summary>
public class InvalidContractCors : CorsConformanceTests<Program>
{
    protected override CorsContract Contract => CorsContract.Create()
        .AllowOrigins("https://app.example.com/")
        .AllowCredentials()
        .Endpoint("/api/orders", "GET")
        .Build();
}

/// <summary>
/// The app customised the usual WebApplicationFactory way (configuration for a staging environment): the rows pass
/// only if the override reached the app, because the contract names the staging origins.
/// </summary>
public class ShopApiStagingOriginsCors : CorsConformanceTests<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Staging");
        builder.UseSetting("Cors:Origins:0", "https://app.staging.example.com");
        builder.UseSetting("Cors:Origins:1", "https://admin.staging.example.com");
    }

    protected override CorsContract Contract => ShopContract.Load() with
    {
        AllowedOrigins = ["https://app.staging.example.com", "https://admin.staging.example.com"],
    };
}

/// <summary>The staging contract without the configuration override: the app still answers its default origins, so rows fail.</summary>
public class ShopApiStagingOriginsNotConfiguredCors : CorsConformanceTests<Program>
{
    protected override CorsContract Contract => ShopContract.Load() with
    {
        AllowedOrigins = ["https://app.staging.example.com", "https://admin.staging.example.com"],
        Endpoints = [new CorsEndpoint { Path = "/api/orders", Methods = ["GET"] }],
        ErrorProbes = new ErrorProbePaths(),
        WebSocketPaths = [],
        ExcludedPaths = ["*"],
    };
}
