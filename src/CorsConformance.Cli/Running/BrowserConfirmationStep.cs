using CorsConformance.Cli.Commands;
using CorsConformance.Cases;
using CorsConformance.Playwright;
using CorsConformance.Playwright.Confirmation;
using CorsConformance.Probing;
using CorsConformance.Reports;
using CorsConformance.Running;

namespace CorsConformance.Cli.Running;

/// <summary>
/// <c>check --browser</c>: re-runs the measured cases as real <c>fetch()</c> calls in Chromium (CorsConformance.Playwright) and
/// condenses the comparison for the reports. Unsafe methods are not run against a live server unless the contract opts in:
/// a browser sends the actual request as soon as its preflight passes.
/// </summary>
internal static class BrowserConfirmationStep
{
    public static async Task<BrowserCheck> RunAsync(ConformanceReport report, CheckSettings settings, CancellationToken cancellationToken)
    {
        var eligible = report.Cases.Where(c => c.Outcome is CaseOutcome.Passed or CaseOutcome.Failed && c.Case.Family != CaseFamily.WebSocket).ToList();
        var toRun = eligible.Where(c => !c.Case.IsUnsafe || report.Contract.AllowUnsafeLiveRequests).ToList();

        BrowserConfirmer confirmer;
        try
        {
            confirmer = await BrowserConfirmer.StartAsync(new BrowserConfirmerOptions
            {
                ExecutablePath = settings.BrowserPath,
                RequestTimeout = settings.Timeout,
            }).ConfigureAwait(false);
        }
        catch (BrowserUnavailableException ex)
        {
            throw CliException.Usage($"--browser: {CliApp.OneLine(ex.Message)}");
        }

        await using (confirmer.ConfigureAwait(false))
        {
            // One origin at a time: a page the browser layer cannot host for one origin must not cost the other origins' cases.
            var confirmed = new List<CaseResult>();
            var confirmations = new List<BrowserConfirmation>();
            var failures = new List<BrowserCheckCase>();
            foreach (var group in toRun.GroupBy(c => c.Case.Origin, StringComparer.Ordinal))
            {
                try
                {
                    var results = await confirmer.ConfirmAsync(report.BaseUrl, group.ToList(), cancellationToken).ConfigureAwait(false);
                    confirmed.AddRange(group);
                    confirmations.AddRange(results);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures.Add(new BrowserCheckCase(BrowserCheckKind.Disagreement, $"{group.Count()} case(s) from {group.Key}", group.First().Case.Path,
                        $"not run in Chromium: the browser layer failed for this origin ({ex.GetType().Name}: {CliApp.OneLine(ex.Message)})"));
                }
            }
            var check = Summarize($"Chromium {confirmer.BrowserVersion}", confirmed, confirmations, eligible.Count - toRun.Count);
            return check with
            {
                NotCompared = check.NotCompared + toRun.Count - confirmed.Count,
                Cases = [.. check.Cases, .. failures],
            };
        }
    }

    /// <summary>Counts, and the cases worth reading: contract expectations Chromium broke where the engine passed (errors), other disagreements (warnings).</summary>
    public static BrowserCheck Summarize(string browser, IReadOnlyList<CaseResult> results, IReadOnlyList<BrowserConfirmation> confirmations, int notRun)
    {
        var cases = new List<BrowserCheckCase>();
        for (var i = 0; i < confirmations.Count; i++)
        {
            var confirmation = confirmations[i];
            var engineOutcome = results[i].Outcome;
            var message = confirmation.Disagreement ?? confirmation.Browser.Describe();
            if (confirmation.ExpectationMet == false && engineOutcome == CaseOutcome.Passed)
                cases.Add(new BrowserCheckCase(BrowserCheckKind.ExpectationNotMet, confirmation.Case.Name, confirmation.Case.Path, message));
            else if (confirmation.Agreement == Agreement.Disagree)
                cases.Add(new BrowserCheckCase(BrowserCheckKind.Disagreement, confirmation.Case.Name, confirmation.Case.Path, message));
        }
        return new BrowserCheck
        {
            Browser = browser,
            Confirmed = confirmations.Count,
            Agreed = confirmations.Count(c => c.Agreement == Agreement.Agree),
            Disagreed = confirmations.Count(c => c.Agreement == Agreement.Disagree),
            NotCompared = confirmations.Count(c => c.Agreement == Agreement.NotCompared),
            NotRun = notRun,
            Cases = cases,
        };
    }
}
