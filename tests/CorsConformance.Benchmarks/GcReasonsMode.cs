namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile --gcreasons &lt;side&gt;</c> (any side <c>--loop</c> knows): why the GC collected what it did while matrix
/// runs of that side went on. After 100 untimed runs, counts the runtime's GC events by condemn reason and the like (see
/// <see cref="GcReasonSampler"/>) over ten times <c>--iterations</c> runs.
/// </summary>
internal static class GcReasonsMode
{
    public static async Task RunAsync(MatrixBench bench, string why, int rounds)
    {
        using var sampler = new GcReasonSampler();
        await SampledRuns.RunAsync(bench, why, warmups: 100, rounds * 10, on => sampler.Recording = on).ConfigureAwait(false);
        Console.WriteLine($"{why}: GCs in {rounds * 10} runs, by condemn reason:");
        foreach (var (reason, count) in sampler.Counts) Console.WriteLine($"  {count,6}  {reason}");
    }
}
