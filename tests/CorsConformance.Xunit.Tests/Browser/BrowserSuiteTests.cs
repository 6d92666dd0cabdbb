using CorsConformance.Playwright.Locating;
using CorsConformance.Xunit.Tests.ChildRuns;
using CorsConformance.Xunit.Tests.Suites;
using Shouldly;
using Xunit;

namespace CorsConformance.Xunit.Tests.Browser;

/// <summary>
/// <c>Browser =&gt; ChromiumConfirmation.Source()</c>: the app runs on a real socket and real Chromium re-runs every case.
/// Without Chromium these tests skip with the locator's reason, except in CI, where they fail.
/// </summary>
public sealed class BrowserSuiteTests(InMemorySuitesRun suites)
{
    [Fact]
    public void A_correct_app_passes_every_row_in_chromium_too()
    {
        RequireChromium();
        var rows = suites.Run.Of("ShopApiInChromiumCors").Where(r => r.Method != "AttackerOrigins").ToArray(); // probes off here
        rows.Where(r => !r.Passed).Select(r => $"{r.Result} {r.Name}: {r.Message ?? r.SkipReason}").ShouldBeEmpty();
        rows.Length.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void A_broken_app_fails_the_same_rows_and_each_failure_says_what_chromium_did()
    {
        RequireChromium();
        var expected = BrokenApiFailures.CaseRows.Keys.Append("CorsConformance.Xunit.Suites.BrokenApiInChromiumCors.RoutesAreCoveredOrExcluded")
            .Order(StringComparer.Ordinal).ToArray();
        suites.Run.FailedNames("BrokenApiInChromiumCors").ShouldBe(expected);

        var put = suites.Run.Row("BrokenApiInChromiumCors", "preflight PUT /api/orders/42 from https://app.example.com with credentials [Authorization, Content-Type, X-Request-Id]");
        put.Message!.ShouldContain("In the browser: Chromium ");
        put.Message!.ShouldContain("Method PUT is not allowed by Access-Control-Allow-Methods in preflight response.");
        var socket = suites.Run.Row("BrokenApiInChromiumCors", "websocket /ws/notifications from https://evil.example-attacker.test");
        socket.Message!.ShouldContain("opened from origin 'https://evil.example-attacker.test' (the server accepted a foreign page)");
        var nullOrigin = suites.Run.Row("BrokenApiInChromiumCors", "attacker GET /api/orders from null with credentials (null-origin-allowed)");
        nullOrigin.Message!.ShouldContain("In the browser: Chromium ");
    }

    [Fact]
    public void Origins_chromium_cannot_host_are_passed_on_the_engine_and_warned_as_not_confirmed()
    {
        RequireChromium();
        var row = suites.Run.Row("BrokenApiInChromiumCors", "attacker GET /api/orders from chrome-extension://abcdefghijklmnopabcdefghijklmnop with credentials (extension-origin-trusted)");
        row.Passed.ShouldBeTrue();
        row.Warnings.ShouldContain(w => w.StartsWith("Not confirmed in the browser:", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_browser_the_confirmation_is_skipped_with_how_to_install_one()
    {
        var rows = suites.Run.Of("ShopApiBrowserMissingCors").Where(r => IsConfirmedCase(r)).ToArray();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.Skipped
                              && r.SkipReason!.StartsWith("The engine passed this case; its browser confirmation is skipped:", StringComparison.Ordinal)
                              && r.SkipReason.Contains("'/nonexistent/chromium'", StringComparison.Ordinal)
                              && r.SkipReason.Contains("apt-get install chromium", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_ci_a_missing_browser_fails_the_rows_instead()
    {
        var run = await ChildTestRunner.RunAsync(ChildTestRunner.Suites, ["CorsConformance.Xunit.Suites.ShopApiBrowserMissingCors"],
            new Dictionary<string, string> { ["CORS_CONFORMANCE_REQUIRE_BROWSER"] = "1" });

        var rows = run.Of("ShopApiBrowserMissingCors").Where(r => IsConfirmedCase(r)).ToArray();
        rows.ShouldAllBe(r => r.Failed && r.Message!.Contains("browser confirmation is on and required (CI)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_browser_that_does_otherwise_than_the_engine_fails_the_row_naming_both()
    {
        var row = suites.Run.Row("ShopApiContraryConfirmerCors", "actual GET /api/orders from https://app.example.com");
        row.Failed.ShouldBeTrue();
        row.Message!.ShouldContain("FAILED in the browser actual GET /api/orders from https://app.example.com");
        row.Message!.ShouldContain("The engine passed this case, but the browser did otherwise");
        row.Message!.ShouldContain("Browser: contrary: blocked at http://127.0.0.1:"); // the app ran on a real loopback socket
    }

    /// <summary>Rows of a case (the contract-wide and route rows are not browser-confirmed; "no ... case" rows have no case).</summary>
    private static bool IsConfirmedCase(RowResult row) =>
        row.Method is not ("RoutesAreCoveredOrExcluded" or "ContractWide") && !row.Name.StartsWith("no ", StringComparison.Ordinal);

    private static void RequireChromium()
    {
        var location = ChromiumLocator.Locate();
        if (location.ExecutablePath is not null) return;
        var required = System.Environment.GetEnvironmentVariable("CORS_CONFORMANCE_REQUIRE_BROWSER") == "1"
                       || string.Equals(System.Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (required) throw new InvalidOperationException("Chromium is required here but was not found: " + location.Reason);
        Assert.Skip("No Chromium: " + location.Reason);
    }
}
