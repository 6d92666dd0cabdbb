namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile --alloc &lt;side&gt;</c> (any side <c>--loop</c> knows): which types one matrix run of that side allocates.
/// After 20 untimed runs, samples the runtime's allocation ticks (about one per 100 KB, see <see cref="AllocationSampler"/>)
/// over <c>--iterations</c> runs and prints the 80 commonest types, per run.
/// </summary>
internal static class AllocationMode
{
    public static async Task RunAsync(MatrixBench bench, string sampled, int rounds)
    {
        using var sampler = new AllocationSampler();
        await SampledRuns.RunAsync(bench, sampled, warmups: 20, rounds, on => sampler.Recording = on).ConfigureAwait(false);
        Console.WriteLine($"{sampled}: allocation ticks (~100 KB each) per run, by type:");
        foreach (var (type, ticks) in sampler.Top(80))
            Console.WriteLine($"  {ticks / (double)rounds,7:0.00}  {type}");
        Console.WriteLine($"  {sampler.Total / (double)rounds,7:0.00}  total");
    }
}
