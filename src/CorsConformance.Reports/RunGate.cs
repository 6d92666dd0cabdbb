using CorsConformance.Probing;
using CorsConformance.Rules;
using CorsConformance.Running;

namespace CorsConformance.Reports;

/// <summary>How a run ends for a CI gate.</summary>
internal enum GateOutcome
{
    /// <summary>Every case measured (or deliberately skipped), nothing at or above the fail level.</summary>
    Passed,
    /// <summary>At least one finding at or above the fail level (wins over <see cref="NotMeasured"/>: a measured defect is a defect).</summary>
    FindingsAtFailLevel,
    /// <summary>Nothing at the fail level, but at least one case could not be measured: the run proves nothing about those cases.</summary>
    NotMeasured,
}

/// <summary>The gate decision and the counts behind it, shared by every report and by the CLI's exit code.</summary>
internal sealed record RunGate(
    GateOutcome Outcome,
    Severity FailOn,
    int Cases,
    int Passed,
    int Failed,
    int NotMeasured,
    int Skipped,
    int Errors,
    int Warnings,
    int Infos,
    int AtOrAboveFailLevel,
    int BrowserErrors = 0)
{
    public int Measured => Passed + Failed;

    public int TotalFindings => Errors + Warnings + Infos;

    /// <summary>The gate of <paramref name="report"/>; contract expectations a real browser did not meet count as errors.</summary>
    public static RunGate Evaluate(ConformanceReport report, Severity failOn, BrowserCheck? browser = null)
    {
        var browserErrors = browser?.ExpectationsNotMet ?? 0;
        int Count(CaseOutcome o) => report.Cases.Count(c => c.Outcome == o);
        int Findings(Severity s) => report.Findings.Count(f => f.Severity == s);
        var atOrAbove = report.AtOrAbove(failOn).Count() + browserErrors; // errors are at or above every level
        var notMeasured = Count(CaseOutcome.NotMeasured);
        var outcome = atOrAbove > 0 ? GateOutcome.FindingsAtFailLevel
            : notMeasured > 0 ? GateOutcome.NotMeasured
            : GateOutcome.Passed;
        return new RunGate(outcome, failOn, report.Cases.Count, Count(CaseOutcome.Passed), Count(CaseOutcome.Failed), notMeasured,
            Count(CaseOutcome.Skipped), Findings(Severity.Error) + browserErrors, Findings(Severity.Warning), Findings(Severity.Info), atOrAbove, browserErrors);
    }

    /// <summary>One line: "FAIL: 3 errors, 1 warning at or above 'error' · 120 cases: 100 passed, 20 failed, 0 not measured, 4 skipped".</summary>
    public string Headline()
    {
        var verdict = Outcome switch
        {
            GateOutcome.Passed => "PASS",
            GateOutcome.FindingsAtFailLevel => "FAIL",
            _ => "NOT MEASURED",
        };
        var findings = TotalFindings == 0
            ? "no findings"
            : string.Join(", ", new[] { (Errors, "error"), (Warnings, "warning"), (Infos, "info") }
                .Where(p => p.Item1 > 0).Select(p => ReportWords.Count(p.Item1, p.Item2)));
        if (BrowserErrors > 0) findings += $" ({ReportWords.Count(BrowserErrors, "error")} seen only in the browser)";
        return $"{verdict}: {findings} (fail on {ReportWords.Of(FailOn)}); {Cases} cases: {Passed} passed, {Failed} failed, " +
               $"{NotMeasured} not measured, {Skipped} skipped";
    }
}
