namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile --alloc engine|bare|...</c> (any side <c>--loop</c> knows): which types one matrix run allocates, engine (per case) or bare replay. After
/// 20 untimed runs, samples the runtime's allocation ticks (about one per 100 KB, see <see cref="AllocationSampler"/>)
/// over <c>--iterations</c> runs and prints the 30 commonest types, per run.
/// </summary>
internal static class AllocationMode
{
    public static async Task RunAsync(MatrixBench bench, string sampled, int rounds)
    {
        using var sampler = new AllocationSampler();
        var run = LoopMode.Workload(bench, sampled); // the same sides as --loop; an unknown name is refused
        for (var i = 0; i < 20; i++) await run().ConfigureAwait(false);
        sampler.Recording = true;
        for (var i = 0; i < rounds; i++) await run().ConfigureAwait(false);
        sampler.Recording = false;
        Console.WriteLine($"{sampled}: allocation ticks (~100 KB each) per run, by type:");
        foreach (var (type, ticks) in sampler.Top(80))
            Console.WriteLine($"  {ticks / (double)rounds,7:0.00}  {type}");
        Console.WriteLine($"  {sampler.Total / (double)rounds,7:0.00}  total");
    }
}
