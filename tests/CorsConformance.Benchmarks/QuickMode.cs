using System.Diagnostics;
using System.Globalization;

namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--quick</c>: a Stopwatch measurement in about fifteen seconds. Warm-up for a fixed time (the JIT's tiering needs
/// seconds on 2 busy cores before the code is optimized), then blocks of bare replay, engine (per case) and engine
/// (runner) runs; medians. Reports, never asserts the targets; exits 1 only when
/// the matrix did not pass (a broken measurement).
/// </summary>
internal static class QuickMode
{
    private const double OverheadTarget = 1.25;
    private const double MatrixSecondsTarget = 1.0;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = IntArg(args, "--iterations", 20);
        var warmupSeconds = IntArg(args, "--warmup-seconds", 10);
        try
        {
            var setup = Stopwatch.StartNew();
            await using var bench = await MatrixBench.StartAsync(Console.Out).ConfigureAwait(false);
            Console.WriteLine($"setup (app start, capture, checks) {setup.Elapsed.TotalMilliseconds:0} ms; {Environment.ProcessorCount} cores; " +
                              $"warm-up {warmupSeconds} s, then {rounds} timed rounds");
            Console.WriteLine($"first runs in this process (cold JIT): engine {bench.ColdEngine.TotalMilliseconds:0} ms, bare {bench.ColdBare.TotalMilliseconds:0} ms");

            var warmup = Stopwatch.StartNew();
            var warmupRounds = 0;
            while (warmup.Elapsed.TotalSeconds < warmupSeconds)
            {
                await bench.EngineMatrixAsync().ConfigureAwait(false);
                await bench.BareReplayAsync().ConfigureAwait(false);
                await bench.EngineRunnerAsync().ConfigureAwait(false);
                warmupRounds++;
            }

            // Timed in blocks, not interleaved: each path pays for its own garbage (the engine keeps its results until a
            // run ends; interleaving would let the bare replay pay for collecting them). Each block starts after a full
            // collection and a few untimed runs; two rounds of blocks (bare, engine, runner, bare, engine, runner) even out drift.
            var engine = new Samples();
            var bare = new Samples();
            var runner = new Samples();
            for (var half = 0; half < 2; half++)
            {
                await bare.BlockAsync(bench.BareReplayAsync, rounds / 2).ConfigureAwait(false);
                await engine.BlockAsync(bench.EngineMatrixAsync, rounds / 2).ConfigureAwait(false);
                await runner.BlockAsync(bench.EngineRunnerAsync, rounds / 2).ConfigureAwait(false);
            }

            Console.WriteLine($"({warmupRounds} warm-up rounds)");
            Report(bench.CaseCount, bench.Bare.RequestCount, engine, bare, runner);
            return 0;
        }
        catch (MatrixBrokenException ex)
        {
            Console.Error.WriteLine("BROKEN MEASUREMENT: " + ex.Message);
            return 1;
        }
    }

    private static void Report(int cases, int requests, Samples engine, Samples bare, Samples runner)
    {
        var overhead = engine.Median / bare.Median;
        var casesPerSecond = cases / (engine.Median / 1000);
        Console.WriteLine();
        Console.WriteLine($"{"path",-38} {"median ms",10} {"min ms",8} {"cases/s",9} {"vs bare",8} {"GC pause ms",12}");
        Row("engine, per case (xunit front door)", engine, cases, bare.Median);
        Row("engine, ConformanceRunner.RunAsync", runner, cases, bare.Median);
        Row("bare HttpClient replay (baseline)", bare, cases, bare.Median);
        Console.WriteLine();
        Console.WriteLine($"cases {cases}, exchanges {requests}; engine {engine.Median:0.0} ms, bare {bare.Median:0.0} ms; {casesPerSecond:N0} cases/s; overhead {overhead:0.00}x " +
                          $"(fastest runs: {engine.Min / bare.Min:0.00}x)");
        Console.WriteLine($"target overhead <= {OverheadTarget:0.00}x: {(overhead <= OverheadTarget ? "met" : "NOT met")} ({overhead:0.00}x)");
        Console.WriteLine($"target whole matrix < {MatrixSecondsTarget:0} s: {(engine.Median / 1000 < MatrixSecondsTarget ? "met" : "NOT met")} ({engine.Median / 1000:0.000} s on {Environment.ProcessorCount} cores)");
    }

    private static void Row(string path, Samples samples, int cases, double bareMedian) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path,-38} {samples.Median,10:0.0} {samples.Min,8:0.0} {cases / (samples.Median / 1000),9:N0} {samples.Median / bareMedian,7:0.00}x {samples.GcPauseMedian,12:0.0}"));

    private static int IntArg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : fallback;
    }

    /// <summary>Wall times of one path, with the GC pause time inside each.</summary>
    private sealed class Samples
    {
        private readonly List<double> _ms = [];
        private readonly List<double> _gcPauseMs = [];

        public double Median => MedianOf(_ms);
        public double Min => _ms.Min();
        public double GcPauseMedian => MedianOf(_gcPauseMs);

        public async Task BlockAsync<T>(Func<Task<T>> run, int count)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            for (var i = 0; i < 3; i++) await run().ConfigureAwait(false);
            for (var i = 0; i < count; i++) await TimeAsync(run).ConfigureAwait(false);
        }

        private async Task TimeAsync<T>(Func<Task<T>> run)
        {
            var pause = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            await run().ConfigureAwait(false);
            _ms.Add(watch.Elapsed.TotalMilliseconds);
            _gcPauseMs.Add((GC.GetTotalPauseDuration() - pause).TotalMilliseconds);
        }

        private static double MedianOf(List<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
