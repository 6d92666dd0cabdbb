using System.Collections.Concurrent;
using System.Diagnostics;
using CorsConformance.Running;

namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile --loop bare|bare-workers|engine|engine-discard|engine-gated|runner|bare-keepN --seconds N</c>: one side only, whole matrix runs
/// back to back for N seconds, for an outside sampler (perf with DOTNET_PerfMapEnabled=1). Prints the median run every
/// two seconds; at the end the CPU time and median of the last third of the time, the heap after the last GC, and the
/// GCs, GC pause and bytes allocated per run. <c>bare-keepN</c> is the bare replay keeping N small objects per request
/// until the run ends (as the engine keeps its results).
/// </summary>
internal static class LoopMode
{
    public static async Task RunAsync(MatrixBench bench, string only, int seconds)
    {
        var run = Workload(bench, only);
        var until = Stopwatch.StartNew();
        var count = 0;
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var lastThird = new List<double>();
        var window = new List<double>();
        using var self = Process.GetCurrentProcess();
        var cpuAtThird = TimeSpan.Zero;
        var runsAtThird = 0;
        var nextReport = 2.0;
        while (until.Elapsed.TotalSeconds < seconds)
        {
            var one = Stopwatch.StartNew();
            await run().ConfigureAwait(false);
            if (until.Elapsed.TotalSeconds > seconds * 2 / 3.0)
            {
                if (lastThird.Count == 0) { self.Refresh(); cpuAtThird = self.TotalProcessorTime; runsAtThird = count; }
                lastThird.Add(one.Elapsed.TotalMilliseconds);
            }
            window.Add(one.Elapsed.TotalMilliseconds);
            if (until.Elapsed.TotalSeconds >= nextReport)
            {
                window.Sort();
                Console.WriteLine($"  {until.Elapsed.TotalSeconds,5:0.0} s: {window.Count,3} runs, median {window[window.Count / 2],6:0.0} ms");
                window.Clear();
                nextReport += 2;
            }
            count++;
        }
        lastThird.Sort();
        self.Refresh();
        Console.WriteLine($"{only}: last third of the time: cpu {(self.TotalProcessorTime - cpuAtThird).TotalMilliseconds / (count - runsAtThird):0.00} ms per run; " +
                          $"thread pool {ThreadPool.ThreadCount} threads, {ThreadPool.CompletedWorkItemCount / (double)count:0} work items per run");
        WriteHeap(only);
        Console.WriteLine($"{only}: last third of the time: {lastThird.Count} runs, median {lastThird[lastThird.Count / 2]:0.0} ms, min {lastThird[0]:0.0} ms");
        Console.WriteLine($"{only}: {count} matrix runs in {until.Elapsed.TotalSeconds:0.0} s, {until.Elapsed.TotalMilliseconds / count:0.0} ms each; per run: " +
            $"gen0 {(GC.CollectionCount(0) - gcBefore.Item1) / (double)count:0.0}, gen1 {(GC.CollectionCount(1) - gcBefore.Item2) / (double)count:0.00}, gen2 {(GC.CollectionCount(2) - gcBefore.Item3) / (double)count:0.00} GCs, " +
            $"GC pause {(GC.GetTotalPauseDuration() - gcBefore.Item4).TotalMilliseconds / count:0.0} ms, {(GC.GetTotalAllocatedBytes() - gcBefore.Item5) / count / 1048576.0:0.0} MB allocated");
    }

    /// <summary>One matrix run of the side asked for (an unknown name is refused, never run as some other side).</summary>
    internal static Func<Task> Workload(MatrixBench bench, string only)
    {
        if (only == "bare") return () => bench.BareReplayAsync();
        if (only.StartsWith("bare-keep", StringComparison.Ordinal))
        {
            if (!int.TryParse(only["bare-keep".Length..], out var objectsPerRequest) || objectsPerRequest < 0)
                throw new ArgumentException($"'{only}': bare-keepN needs a whole number N of objects to keep per request, e.g. bare-keep3.");
            return () => BareKeepingAsync(bench, objectsPerRequest);
        }
        if (only == "engine-discard") return () => ProfileWorkloads.DiscardingAsync(bench.Engine);
        if (only == "engine-gated") return () => ProfileWorkloads.GatedTasksAsync(bench.Engine);
        if (only == "bare-workers") return () => bench.BareWorkersAsync();
        if (only == "runner") return () => bench.EngineRunnerAsync();
        if (only == "engine") return () => bench.EngineMatrixAsync();
        // The rows of the xunit path without its contract-wide checks; without the shared gate; with one runner (one
        // recording pool) for every run.
        if (only == "engine-rows-shared")
        {
            var shared = new ConformanceRunner(bench.Client, ShopMatrix.Options);
            return async () => { using var gate = new SemaphoreSlim(ShopMatrix.Options.MaxConcurrency); await bench.Engine.RunRowsAsync(gate, shared).ConfigureAwait(false); };
        }
        if (only == "engine-rows-nogate") return async () => { await bench.Engine.RunRowsAsync(null).ConfigureAwait(false); };
        if (only == "engine-rows") return async () => { using var gate = new SemaphoreSlim(ShopMatrix.Options.MaxConcurrency); await bench.Engine.RunRowsAsync(gate).ConfigureAwait(false); };
        throw new ArgumentException($"Unknown side '{only}': use bare, bare-workers, bare-keepN, engine, engine-rows, engine-rows-nogate, engine-rows-shared, engine-discard, engine-gated or runner.");
    }

    /// <summary>The heap as the last GC left it.</summary>
    private static void WriteHeap(string only)
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine($"{only}: heap {info.HeapSizeBytes / 1048576.0:0.0} MB (gen2 {info.GenerationInfo[2].SizeAfterBytes / 1048576.0:0.0} MB after the last GC), " +
                          $"last GC gen{info.Generation}, {(info.Concurrent ? "background" : "blocking")}, pause {info.PauseDurations[0].TotalMilliseconds:0.0} ms, " +
                          $"pinned {info.PinnedObjectsCount}, promoted {info.PromotedBytes / 1024} KB, gen1 {info.GenerationInfo[1].SizeAfterBytes / 1024} KB ({info.GenerationInfo[1].FragmentationAfterBytes / 1024} KB free), gen0 {info.GenerationInfo[0].SizeAfterBytes / 1024} KB ({info.GenerationInfo[0].FragmentationAfterBytes / 1024} KB free)");
    }

    /// <summary>The bare replay (8 cases at once), keeping <paramref name="objectsPerRequest"/> small objects per request until the run ends.</summary>
    private static async Task BareKeepingAsync(MatrixBench bench, int objectsPerRequest)
    {
        var kept = new ConcurrentBag<object[]>();
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(bench.Bare.PerCase.Select(async requests =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                foreach (var template in requests)
                {
                    using var request = template.ToMessage();
                    using var response = await bench.Client.SendAsync(request).ConfigureAwait(false);
                    var junk = new object[objectsPerRequest];
                    for (var i = 0; i < junk.Length; i++) junk[i] = new byte[40];
                    kept.Add(junk);
                }
            }
            finally { gate.Release(); }
        })).ConfigureAwait(false);
        GC.KeepAlive(kept);
    }
}
