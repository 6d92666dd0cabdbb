using Xunit;
using CorsConformance.Xunit.Tests.ChildRuns;
using Shouldly;

namespace CorsConformance.Xunit.Tests.Suites;

/// <summary>RoutesAreCoveredOrExcluded reads the app's own route table and names the routes the contract forgot.</summary>
public sealed class RouteDiscoverySuiteTests(InMemorySuitesRun suites)
{
    private static string RouteFact(string className) => $"CorsConformance.Xunit.Suites.{className}.RoutesAreCoveredOrExcluded";

    [Fact]
    public void Routes_the_contract_neither_covers_nor_excludes_fail_the_route_fact_by_name()
    {
        var row = suites.Run.Row("ShopApiOrdersOnlyCors", RouteFact("ShopApiOrdersOnlyCors"));
        row.Failed.ShouldBeTrue();
        var listed = row.Message!.Split('\n').Select(l => l.Trim()).SkipWhile(l => !l.Contains("route-not-in-contract", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("Why:", StringComparison.Ordinal)).ToArray();
        listed.ShouldBe(
        [
            "GET /api/account",
            "GET /api/orders/export",
            "DELETE, GET, PUT /api/orders/{id:int}",
            "GET /api/products",
            "GET /health",
            "(any method) /ws/notifications",
        ]);
    }

    [Fact]
    public void A_contract_that_covers_or_excludes_every_route_passes()
    {
        // ShopApiCors covers /api/orders/{id:int} through /api/orders/42 and /api/orders/export through its throwing probe,
        // and excludes /health.
        suites.Run.Row("ShopApiCors", "ShopApi.Tests.ShopApiCors.RoutesAreCoveredOrExcluded").Passed.ShouldBeTrue();
    }

    [Fact]
    public void A_path_that_fails_the_route_s_constraint_does_not_cover_it()
    {
        // WithoutOrderById keeps /api/orders/export (throwing probe): it does not satisfy {id:int}, so the route is forgotten.
        var row = suites.Run.Row("ShopApiProbedRoutesCors", RouteFact("ShopApiProbedRoutesCors"));
        row.Warnings.ShouldContain(w => w.Contains("DELETE, GET, PUT /api/orders/{id:int}", StringComparison.Ordinal));
    }

    [Fact]
    public void Probe_mode_passes_a_forgotten_route_that_keeps_cors_and_lists_it_as_a_warning()
    {
        var row = suites.Run.Row("ShopApiProbedRoutesCors", RouteFact("ShopApiProbedRoutesCors"));
        row.Passed.ShouldBeTrue();
        row.Warnings.ShouldHaveSingleItem().ShouldContain("Each was probed with the contract's defaults (ProbeDiscoveredRoutes).");
    }

    [Fact]
    public void Probe_mode_fails_a_forgotten_route_that_breaks_cors_with_the_cases_that_broke()
    {
        var row = suites.Run.Row("BrokenApiProbedRoutesCors", RouteFact("BrokenApiProbedRoutesCors"));
        row.Failed.ShouldBeTrue();
        var message = row.Message!;
        message.ShouldContain("FAILED discovered route GET /api/reports/daily, probed as /api/reports/daily with the contract's defaults");
        message.ShouldContain("FAILED vary GET /api/reports/daily from https://app.example.com with credentials");
        message.ShouldContain("[error] missing-vary-origin:");
        message.ShouldContain("FAILED attacker GET /api/reports/daily from null with credentials (null-origin-allowed)");
        message.ShouldContain("route-not-in-contract: 1 route of the app");
    }
}
