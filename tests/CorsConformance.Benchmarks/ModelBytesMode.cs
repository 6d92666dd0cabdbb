using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Findings;

namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile --model-bytes</c>: the bytes one call of each browser-model and judge step allocates (averaged over 100
/// calls on the current thread), for two preflighted cases and two accepted simple cases of one recorded run.
/// </summary>
internal static class ModelBytesMode
{
    public static async Task RunAsync(MatrixBench bench)
    {
        var all = await bench.Engine.RunCasesAsync().ConfigureAwait(false);
        var root = new Uri("http://localhost/");
        foreach (var result in all.Where(r => r.Preflight is not null && r.Actual is not null).Take(2).Concat(all.Where(r => r.Preflight is null && r.Case.Expected == ExpectedOutcome.Accepted).Take(2)))
        {
            var request = result.Case.ToRequest(root);
            var requirement = BrowserModel.NeedsPreflight(request);
            Console.WriteLine(result.Case.Name);
            Bytes("  PreflightTrigger.Evaluate", () => PreflightTrigger.Evaluate(request));
            if (result.Preflight is { } pre)
            {
                Bytes("  PreflightCheck.Evaluate", () => PreflightCheck.Evaluate(request, requirement, pre.Response!));
                Bytes("    AllowListParser ACAM", () => AllowListParser.Parse(pre.Response!, "Access-Control-Allow-Methods"));
                Bytes("    CorsCheck.Run", () => CorsCheck.Run(pre.Response!, request.Origin, request.IsCredentialed));
            }
            Bytes("  ActualResponseCheck.Evaluate", () => ActualResponseCheck.Evaluate(request, result.Actual!.Response!));
            Bytes("    ReadableNames", () => ResponseHeaderExposure.ReadableNames(result.Actual!.Response!, request.IsCredentialed));
            Bytes("  AllowedOriginJudge.Judge (requirement given)", () => AllowedOriginJudge.Judge(result.Case, request, result.Preflight, result.Actual, result.Actual, [], requirement));
            Bytes("  ToRequest", () => result.Case.ToRequest(root));
        }
    }

    private static void Bytes(string what, Func<object?> step)
    {
        step();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++) step();
        Console.WriteLine($"{what,-48} {(GC.GetAllocatedBytesForCurrentThread() - before) / 100,6} B");
    }
}
