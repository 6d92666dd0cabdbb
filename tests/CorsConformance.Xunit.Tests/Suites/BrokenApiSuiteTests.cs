using Xunit;
using CorsConformance.Xunit.Tests.ChildRuns;
using Shouldly;

namespace CorsConformance.Xunit.Tests.Suites;

/// <summary>
/// CorsConformanceTests&lt;BrokenApi.Program&gt; under the shop's contract: exactly the rows of the example's mistakes
/// fail, each naming its rule id, with the browser's message, the evidence, the fix and a curl line.
/// </summary>
public sealed class BrokenApiSuiteTests(InMemorySuitesRun suites)
{
    private const string Class = "BrokenApiCors";

    [Fact]
    public void Exactly_the_rows_of_the_mistakes_fail()
    {
        var expected = BrokenApiFailures.CaseRows.Keys.Append(BrokenApiFailures.RouteFact).Order(StringComparer.Ordinal).ToArray();
        suites.Run.FailedNames(Class).ShouldBe(expected);
    }

    [Fact]
    public void Every_other_row_passes_and_none_is_skipped()
    {
        var rows = suites.Run.Of(Class);
        rows.Count(r => r.Skipped).ShouldBe(0);
        rows.Count(r => r.Passed).ShouldBe(rows.Count - BrokenApiFailures.CaseRows.Count - 1);
        rows.Count(r => r.Passed).ShouldBeGreaterThan(50); // the credentials, exposed-header, attacker... rows really ran
    }

    [Fact]
    public void Each_failure_names_its_rule_id()
    {
        foreach (var (name, rule) in BrokenApiFailures.CaseRows)
        {
            var message = suites.Run.Row(Class, name).Message.ShouldNotBeNull();
            message.ShouldContain($"] {rule}: ", customMessage: name);
        }
    }

    [Fact]
    public void A_case_failure_leads_with_the_verdict_then_browser_message_evidence_fix_and_curl()
    {
        var message = suites.Run.Row(Class, "preflight PUT /api/orders/42 from https://app.example.com with credentials [Authorization, Content-Type, X-Request-Id]").Message!;

        var lines = message.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        lines[0].ShouldEndWith("FAILED preflight PUT /api/orders/42 from https://app.example.com with credentials [Authorization, Content-Type, X-Request-Id]");
        message.ShouldContain("[error] method-not-allowed: Chromium blocks PUT /api/orders/42 from https://app.example.com with credentials");
        message.ShouldContain("Browser: Access to fetch at 'http://localhost/api/orders/42' from origin 'https://app.example.com' has been blocked by CORS policy: Method PUT is not allowed by Access-Control-Allow-Methods in preflight response.");
        message.ShouldContain("> OPTIONS /api/orders/42");
        message.ShouldContain("> Access-Control-Request-Method: PUT");
        message.ShouldContain("< Access-Control-Allow-Methods: GET, POST");
        message.ShouldContain("Fix: ");
        message.ShouldContain("Reproduce: curl -i -X OPTIONS http://localhost/api/orders/42 -H 'Origin: https://app.example.com' -H 'Access-Control-Request-Method: PUT'");
        Order(message, "Browser:", "Evidence:", "Fix:", "Reproduce:");
    }

    [Fact]
    public void The_500_without_cors_headers_is_explained_with_the_exception_handler_fix()
    {
        var message = suites.Run.Row(Class, "error path GET /api/orders/export from https://app.example.com with credentials (500)").Message!;
        message.ShouldContain("No 'Access-Control-Allow-Origin' header is present on the requested resource.");
        message.ShouldContain("< 500 Internal Server Error");
        message.ShouldContain("exception handler");
    }

    [Fact]
    public void The_contract_wide_row_compares_the_max_age_with_the_promise_and_warns_about_the_browser_cap()
    {
        var row = suites.Run.Row(Class, "contract-wide /api/orders");
        row.Message!.ShouldContain("Access-Control-Max-Age 86400, the contract promises 600");
        row.Warnings.ShouldContain(w => w.Contains("max-age-above-browser-cap", StringComparison.Ordinal) && w.Contains("7200", StringComparison.Ordinal));
    }

    [Fact]
    public void The_forgotten_route_is_named_with_the_line_that_fixes_it()
    {
        var message = suites.Run.Row(Class, BrokenApiFailures.RouteFact).Message!;
        message.ShouldContain("route-not-in-contract: 1 route of the app is neither covered nor excluded by the contract");
        message.ShouldContain("GET /api/reports/daily");
        message.ShouldContain(".Endpoint(\"/api/reports/daily\", \"GET\")  or  .Exclude(\"/api/reports/daily\")");
    }

    [Fact]
    public void The_run_exits_non_zero_so_a_ci_gate_fails()
    {
        suites.Run.ExitCode.ShouldNotBe(0);
    }

    private static void Order(string message, params string[] markers)
    {
        var positions = markers.Select(m => message.IndexOf(m, StringComparison.Ordinal)).ToArray();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder(SortDirection.Ascending);
    }
}
