using BenchmarkDotNet.Attributes;
using CorsConformance.Probing;

namespace CorsConformance.Benchmarks;

/// <summary>
/// The whole ShopApi matrix per operation. BareReplay is the baseline, so the Ratio column is the engine's overhead;
/// the Cases/s column divides the case count by the mean. Every operation checks its own results (all cases passed,
/// every replayed status as recorded) so no broken run is timed.
/// </summary>
[MemoryDiagnoser]
public class MatrixBenchmarks
{
    private MatrixBench _bench = null!;

    [GlobalSetup]
    public void Setup() => _bench = MatrixBench.StartAsync(Console.Out).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _bench.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The same exchanges over the same client, nothing else.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> BareReplay() => _bench.BareReplayAsync();

    /// <summary>The same replay as MaxConcurrency workers (the engine's way of running cases); whichever bare form is faster is the one to compare with.</summary>
    [Benchmark]
    public Task<int> BareReplayWorkers() => _bench.BareWorkersAsync();

    /// <summary>The xunit front door's path: RunCaseAsync for every case, same concurrency.</summary>
    [Benchmark]
    public Task<IReadOnlyList<CaseResult>> EngineMatrix() => _bench.EngineMatrixAsync();

    /// <summary>ConformanceRunner.RunAsync: expansion, cases, contract-wide findings, report.</summary>
    [Benchmark]
    public Task<IReadOnlyList<CaseResult>> EngineRunner() => _bench.EngineRunnerAsync();
}
