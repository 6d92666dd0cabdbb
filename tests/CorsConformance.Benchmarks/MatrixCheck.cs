using CorsConformance.Probing;

namespace CorsConformance.Benchmarks;

/// <summary>A timing only counts when every case passed: otherwise the run measured something broken.</summary>
internal static class MatrixCheck
{
    public static void ThrowIfNotAllPassed(IReadOnlyList<CaseResult> results, string what)
    {
        var broken = results.Where(r => r.Outcome != CaseOutcome.Passed).ToArray();
        if (broken.Length == 0) return;
        var examples = broken.Take(10).Select(r =>
            $"  {r.Outcome}: {r.Case.Name}{(r.Note is null ? "" : " - " + r.Note)}{(r.Findings.FirstOrDefault() is { } f ? " - " + f.RuleId + ": " + f.Summary : "")}");
        throw new MatrixBrokenException(
            $"{what}: {broken.Length} of {results.Count} cases did not pass against ShopApi, so there is nothing to time:\n" + string.Join("\n", examples));
    }

    public static void ThrowIfMismatched(int mismatches, int requests)
    {
        if (mismatches > 0)
            throw new MatrixBrokenException($"Bare replay: {mismatches} of {requests} answers differed in status from the engine's run.");
    }
}

/// <summary>The matrix did not pass; the measurement would be meaningless.</summary>
internal sealed class MatrixBrokenException(string message) : Exception(message);
