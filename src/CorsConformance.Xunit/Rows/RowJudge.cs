using CorsConformance.Findings;
using CorsConformance.Probing;
using CorsConformance.Rules;
using CorsConformance.Xunit.Hosting;
using Xunit;

namespace CorsConformance.Xunit.Rows;

/// <summary>
/// Turns an engine result into the row's outcome: failed and not-measured cases fail with the formatted evidence
/// (not measured is never a pass), skipped cases are skipped with the engine's reason, and findings below the
/// failing severity are attached to the passing row as xunit warnings.
/// </summary>
internal static class RowJudge
{
    public static void Case(CaseResult result, BrowserCheck? browser = null)
    {
        switch (result.Outcome)
        {
            case CaseOutcome.Skipped:
                Assert.Skip(result.Note ?? "The engine did not run this case.");
                break;
            case CaseOutcome.NotMeasured:
            case CaseOutcome.Failed:
                throw new CorsConformanceException(FailureMessages.For(result) + FailureMessages.InTheBrowser(browser));
            default:
                if (result.Note is not null) TestContext.Current.TestOutputHelper?.WriteLine(result.Note);
                foreach (var finding in result.Findings)
                    TestContext.Current.AddWarning(FailureMessages.For(finding));
                if (browser is not null) Browser(result, browser);
                break;
        }
    }

    /// <summary>The engine passed the case: the browser must agree (or say why it could not run it).</summary>
    private static void Browser(CaseResult result, BrowserCheck browser)
    {
        if (browser.Confirmation is not { } confirmation)
        {
            var reason = browser.UnavailableReason ?? "no browser result";
            if (BrowserCheck.Required)
                throw new CorsConformanceException($"NOT CONFIRMED {result.Case.Name}: browser confirmation is on and required (CI), but {reason}");
            Assert.Skip($"The engine passed this case; its browser confirmation is skipped: {reason}");
            return;
        }
        switch (confirmation.Agrees)
        {
            case true:
                TestContext.Current.TestOutputHelper?.WriteLine("Confirmed in the browser: " + confirmation.Observed);
                break;
            case false:
                throw new CorsConformanceException(FailureMessages.BrowserDisagrees(result, confirmation));
            default:
                TestContext.Current.AddWarning($"Not confirmed in the browser: {confirmation.Disagreement ?? confirmation.Observed}");
                break;
        }
    }

    /// <summary>
    /// Contract-wide rows compare the server with promises the contract states explicitly (e.g. its max-age), so they
    /// fail at warning severity and above; informational findings become xunit warnings. When a case of the endpoint
    /// could not be measured the checks that needed it were not made: the row fails as not measured, never passes.
    /// </summary>
    public static void ContractWide(string endpoint, ContractWideOutcome outcome)
    {
        if (outcome.NotMeasured.Count > 0)
            throw new CorsConformanceException(FailureMessages.ContractWideNotMeasured(endpoint, outcome));
        var findings = outcome.Findings;
        var failing = findings.Where(f => f.Severity >= Severity.Warning).ToArray();
        foreach (var finding in findings.Except(failing))
            TestContext.Current.AddWarning(FailureMessages.For(finding));
        if (failing.Length > 0)
            throw new CorsConformanceException(FailureMessages.ContractWide(endpoint, failing));
    }
}
