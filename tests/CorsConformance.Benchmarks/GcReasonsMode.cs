namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile --gcreasons bare|engine|engine-discard|engine-gated|...</c>: why the GC collected what it did while matrix runs went on
/// (bare replay, engine per case, or engine per case dropping each result at once). After 100 untimed runs, counts the
/// runtime's GC events by condemn reason and the like (see <see cref="GcReasonSampler"/>) over ten times
/// <c>--iterations</c> runs.
/// </summary>
internal static class GcReasonsMode
{
    public static async Task RunAsync(MatrixBench bench, string why, int rounds)
    {
        using var sampler = new GcReasonSampler();
        var run = LoopMode.Workload(bench, why); // the same sides as --loop; an unknown name is refused

        for (var i = 0; i < 100; i++) await run().ConfigureAwait(false);
        sampler.Recording = true;
        for (var i = 0; i < rounds * 10; i++) await run().ConfigureAwait(false);
        sampler.Recording = false;
        Console.WriteLine($"{why}: GCs in {rounds * 10} runs, by condemn reason:");
        foreach (var (reason, count) in sampler.Counts) Console.WriteLine($"  {count,6}  {reason}");
    }
}
