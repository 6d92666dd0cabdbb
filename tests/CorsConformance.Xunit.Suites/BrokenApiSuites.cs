using CorsConformance.Contract;

namespace CorsConformance.Xunit.Suites;

/// <summary>The BrokenApi example held to the shop's contract: fails on exactly its mistakes.</summary>
public class BrokenApiCors : CorsConformanceTests<BrokenApi.Program>
{
    protected override CorsContract Contract => ShopContract.Load();
}

/// <summary>BrokenApi's forgotten route (/api/reports/daily), probed with the contract's defaults.</summary>
public class BrokenApiProbedRoutesCors : CorsConformanceTests<BrokenApi.Program>
{
    protected override CorsContract Contract => ShopContract.Load();

    protected override bool ProbeDiscoveredRoutes => true;
}

/// <summary>BrokenApi deployed (a real socket): the base URL comes from CORS_CONFORMANCE_BASE_URL.</summary>
public class BrokenApiLiveCors : LiveCorsConformanceTests
{
    protected override CorsContract Contract => ShopContract.Load();
}
