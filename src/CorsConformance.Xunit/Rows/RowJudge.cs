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
    public static void Case(CaseResult result)
    {
        switch (result.Outcome)
        {
            case CaseOutcome.Skipped:
                Assert.Skip(result.Note ?? "The engine did not run this case.");
                break;
            case CaseOutcome.NotMeasured:
            case CaseOutcome.Failed:
                throw new CorsConformanceException(FailureMessages.For(result));
            default:
                if (result.Note is not null) TestContext.Current.TestOutputHelper?.WriteLine(result.Note);
                foreach (var finding in result.Findings)
                    TestContext.Current.AddWarning(FailureMessages.For(finding));
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
