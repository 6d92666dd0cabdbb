using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Findings;
using CorsConformance.Probing;
using CorsConformance.Running;

namespace CorsConformance.Benchmarks;

/// <summary>
/// The workloads more than one <c>--profile</c> mode runs besides <see cref="MatrixBench"/>'s own: the engine's per-case
/// path dropping each result as soon as it is counted, and the browser model with the judges alone over recorded results.
/// </summary>
internal static class ProfileWorkloads
{
    /// <summary>
    /// The engine's per-case path (<see cref="MatrixRun"/>, as <see cref="EngineRuns.RunCasesAsync"/>) with each result
    /// dropped as soon as it is counted: the run stores one shared placeholder instead (what keeping them costs the GC).
    /// </summary>
    public static async Task DiscardingAsync(EngineRuns engine)
    {
        var passed = 0;
        var runner = new ConformanceRunner(engine.Client, ShopMatrix.Options);
        using var gate = new SemaphoreSlim(ShopMatrix.Options.MaxConcurrency);
        var placeholder = new CaseResult { Case = engine.Cases[0], Outcome = CaseOutcome.Passed };
        var run = new MatrixRun(engine.Cases, async (corsCase, token) =>
        {
            if ((await runner.RunCaseOnceAsync(corsCase, engine.Contract, token).ConfigureAwait(false)).Outcome == CaseOutcome.Passed)
                Interlocked.Increment(ref passed);
            return placeholder;
        }, ShopMatrix.Options.MaxConcurrency, gate);
        await run.AllAsync().ConfigureAwait(false);
        if (passed != engine.Cases.Count) throw new MatrixBrokenException($"{engine.Cases.Count - passed} cases did not pass");
    }

    /// <summary>
    /// The xunit front door's path as it was until 2026-12-03: one task per case, all made at the start and waiting on a
    /// gate, each holding its case's result until the run ends. Kept to show what that cost the collector (see README).
    /// </summary>
    public static async Task<CaseResult[]> GatedTasksAsync(EngineRuns engine)
    {
        var runner = new ConformanceRunner(engine.Client, ShopMatrix.Options);
        using var gate = new SemaphoreSlim(ShopMatrix.Options.MaxConcurrency);
        var results = await Task.WhenAll(engine.Cases.Select(async corsCase =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try { return await runner.RunCaseAsync(corsCase, engine.Contract).ConfigureAwait(false); }
            finally { gate.Release(); }
        })).ConfigureAwait(false);
        MatrixCheck.ThrowIfNotAllPassed(results, "Engine (gated tasks)");
        return results;
    }

    /// <summary>The browser model and the judges over recorded results, no I/O, in the probe's flow.</summary>
    public static void ModelAndJudges(IReadOnlyList<CaseResult> results, Uri baseUrl)
    {
        foreach (var result in results)
        {
            // The probe's flow: requirement and preflight verdict once, handed to the judge.
            var corsCase = result.Case;
            var request = corsCase.ToRequest(baseUrl);
            var requirement = BrowserModel.NeedsPreflight(request);
            BrowserVerdict? preflightVerdict = null;
            if (requirement.Required && result.Preflight is { } preflight)
                preflightVerdict = BrowserModel.CheckPreflight(request, requirement, preflight.Response!);
            _ = corsCase.Expected == ExpectedOutcome.Accepted
                ? AllowedOriginJudge.Judge(corsCase, request, result.Preflight, result.Actual, corsCase.Family == CaseFamily.Vary ? result.Actual : null, [], requirement, preflightVerdict)
                : AttackerOriginJudge.Judge(corsCase, request, result.Preflight, result.Actual, requirement);
        }
    }
}
