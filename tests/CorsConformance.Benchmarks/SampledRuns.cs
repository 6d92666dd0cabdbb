namespace CorsConformance.Benchmarks;

/// <summary>The runs an event-sampling mode makes: a side warmed up untimed, then sampled over a number of runs.</summary>
internal static class SampledRuns
{
    /// <summary>
    /// Runs <paramref name="side"/> (any side <c>--loop</c> knows; an unknown name is refused) <paramref name="warmups"/>
    /// times, then <paramref name="sampled"/> times with <paramref name="record"/> switched on around them.
    /// </summary>
    public static async Task RunAsync(MatrixBench bench, string side, int warmups, int sampled, Action<bool> record)
    {
        var run = LoopMode.Workload(bench, side);
        for (var i = 0; i < warmups; i++) await run().ConfigureAwait(false);
        record(true);
        for (var i = 0; i < sampled; i++) await run().ConfigureAwait(false);
        record(false);
    }
}
