using Xunit;
using CorsConformance.Xunit.Tests.ChildRuns;
using Shouldly;

namespace CorsConformance.Xunit.Tests.Suites;

/// <summary>The main example's own test class (ShopApiCors, compiled as is) against ShopApi: every row green.</summary>
public sealed class ShopApiSuiteTests(InMemorySuitesRun suites)
{
    private const string Example = "ShopApiCors";

    [Fact]
    public void The_example_suite_is_all_green()
    {
        var rows = suites.Run.Of(Example);
        rows.Where(r => !r.Passed).Select(r => $"{r.Result} {r.Name}: {r.Message ?? r.SkipReason}").ShouldBeEmpty();
        rows.Count.ShouldBeGreaterThan(90);
    }

    [Fact]
    public void Every_family_has_rows()
    {
        suites.Run.Of(Example).Select(r => r.Method).Distinct().Order(StringComparer.Ordinal).ShouldBe(
        [
            "ActualRequest", "AttackerOrigins", "ContractWide", "Credentials", "ErrorPaths", "ExposedHeaders", "Preflight",
            "RoutesAreCoveredOrExcluded", "Vary", "WebSockets",
        ]);
    }

    [Fact]
    public void Rows_are_named_after_their_case()
    {
        var names = suites.Run.Of(Example).Select(r => r.Name).ToArray();
        names.ShouldContain("preflight PUT /api/orders/42 from https://app.example.com with credentials [Authorization, Content-Type, X-Request-Id]");
        names.ShouldContain("actual GET /api/orders from https://admin.example.com");
        names.ShouldContain("credentialed GET /api/orders/42 from https://app.example.com with credentials");
        names.ShouldContain("exposed headers GET /api/orders from https://app.example.com with credentials [X-Total-Count, X-Request-Id]");
        names.ShouldContain("error path GET /api/account from https://app.example.com with credentials (401)");
        names.ShouldContain("attacker GET /api/orders from https://evilexample.com with credentials (suffix-bypass)");
        names.ShouldContain("websocket /ws/notifications from https://evil.example-attacker.test");
        names.ShouldAllBe(n => !n.Contains("caseName", StringComparison.Ordinal)); // no "(caseName: ...)" argument list
        names.Distinct().Count().ShouldBe(names.Length);
    }

    [Fact]
    public void The_json_contract_of_the_live_gate_example_states_the_same_promise_as_the_fluent_one()
    {
        var fluent = suites.Run.Of(Example).Where(r => r.Method != "RoutesAreCoveredOrExcluded").Select(r => r.Name).Order(StringComparer.Ordinal);
        var json = suites.Run.Of("ShopApiJsonContractCors").Where(r => r.Method != "RoutesAreCoveredOrExcluded").Select(r => r.Name).Order(StringComparer.Ordinal);
        json.ShouldBe(fluent);
        suites.Run.Of("ShopApiJsonContractCors").ShouldAllBe(r => r.Passed);
    }
}
