using Xunit;
using CorsConformance.Xunit.Tests.ChildRuns;
using Shouldly;

namespace CorsConformance.Xunit.Tests.Suites;

/// <summary>
/// Theory data comes from the class being run: four classes over ShopApi in one assembly each get the rows of their
/// own contract (xunit resolves the data on the derived class, not on the abstract base).
/// </summary>
public sealed class DerivedClassRowsTests(InMemorySuitesRun suites)
{
    [Fact]
    public void A_class_with_a_smaller_contract_gets_only_its_own_rows()
    {
        var full = suites.Run.Of("ShopApiCors").Select(r => r.Name).ToArray();
        var ordersOnly = suites.Run.Of("ShopApiOrdersOnlyCors").Select(r => r.Name).ToArray();

        full.ShouldContain(n => n.Contains("/api/orders/42", StringComparison.Ordinal));
        ordersOnly.ShouldNotContain(n => n.Contains("/api/orders/42", StringComparison.Ordinal));
        ordersOnly.ShouldNotContain(n => n.Contains("/api/products", StringComparison.Ordinal));
        ordersOnly.Length.ShouldBeLessThan(full.Length);
        ordersOnly.ShouldContain("preflight POST /api/orders from https://admin.example.com with credentials [Authorization, Content-Type, X-Request-Id]");
    }

    [Fact]
    public void A_family_the_contract_does_not_have_is_one_skipped_row_that_says_why()
    {
        var rows = suites.Run.Of("ShopApiOrdersOnlyCors");
        var errorPaths = rows.Single(r => r.Method == "ErrorPaths");
        errorPaths.Skipped.ShouldBeTrue();
        errorPaths.Name.ShouldBe("no error path case in the contract");
        errorPaths.SkipReason.ShouldNotBeNull().ShouldContain("ErrorProbes(");
        rows.Single(r => r.Method == "WebSockets").Skipped.ShouldBeTrue();
    }

    [Fact]
    public void Rows_of_the_same_case_in_two_classes_run_against_each_class_s_own_app()
    {
        const string name = "preflight POST /api/orders from https://app.example.com with credentials [Authorization, Content-Type, X-Request-Id]";
        suites.Run.Row("ShopApiCors", name).Passed.ShouldBeTrue();
        suites.Run.Row("ShopApiOrdersOnlyCors", name).Passed.ShouldBeTrue();
        // Same contract, other app: BrokenApi's own row of that case is judged against BrokenApi (and passes: POST is in its ACAM).
        suites.Run.Row("BrokenApiCors", name).Passed.ShouldBeTrue();
        suites.Run.Row("BrokenApiCors", "preflight PUT /api/orders/42 from https://app.example.com with credentials [Authorization, Content-Type, X-Request-Id]").Failed.ShouldBeTrue();
        suites.Run.Row("ShopApiCors", "preflight PUT /api/orders/42 from https://app.example.com with credentials [Authorization, Content-Type, X-Request-Id]").Passed.ShouldBeTrue();
    }
}
