using System.Diagnostics;
using System.Globalization;

namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--quick</c>: a Stopwatch measurement in about fifteen seconds. Warm-up for a fixed time (the JIT's tiering needs
/// seconds on 2 busy cores before the code is optimized), then paired rounds: each round runs the bare replay (both forms),
/// the engine's xunit path and the runner once each, in an order that rotates from round to round, each run after a full
/// collection. The overhead is the median over rounds of each round's own ratio, so the load other tenants put on the
/// machine, which drifts over seconds, hits both sides of a ratio alike. Reports, never asserts the targets; exits 1 only
/// when the matrix did not pass (a broken measurement).
/// </summary>
internal static class QuickMode
{
    private const double OverheadTarget = 1.25;
    private const double MatrixSecondsTarget = 1.0;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = IntArg(args, "--iterations", 40);
        var warmupSeconds = IntArg(args, "--warmup-seconds", 10);
        try
        {
            var setup = Stopwatch.StartNew();
            await using var bench = await MatrixBench.StartAsync(Console.Out).ConfigureAwait(false);
            Console.WriteLine($"setup (app start, capture, checks) {setup.Elapsed.TotalMilliseconds:0} ms; {Environment.ProcessorCount} cores; " +
                              $"warm-up {warmupSeconds} s, then {rounds} paired rounds");
            Console.WriteLine($"first runs in this process (cold JIT): engine {bench.ColdEngine.TotalMilliseconds:0} ms, bare {bench.ColdBare.TotalMilliseconds:0} ms");

            Path[] paths =
            [
                new("engine, per case (xunit front door)", async () => await bench.EngineMatrixAsync().ConfigureAwait(false)),
                new("engine, ConformanceRunner.RunAsync", async () => await bench.EngineRunnerAsync().ConfigureAwait(false)),
                new("bare HttpClient replay (baseline)", async () => await bench.BareReplayAsync().ConfigureAwait(false)),
                new("bare replay as 8 workers", async () => await bench.BareWorkersAsync().ConfigureAwait(false)),
            ];
            var (engine, runner, bare, bareWorkers) = (paths[0], paths[1], paths[2], paths[3]);

            var warmup = Stopwatch.StartNew();
            var warmupRounds = 0;
            while (warmup.Elapsed.TotalSeconds < warmupSeconds)
            {
                foreach (var path in paths) await path.Run().ConfigureAwait(false);
                warmupRounds++;
            }

            // Each run starts after a full collection, so no run pays for collecting another's garbage (the engine keeps
            // its results until its run ends; the run after it would otherwise collect them). The order rotates so that
            // each path runs first, second, third and last equally often.
            for (var round = 0; round < rounds; round++)
            {
                for (var slot = 0; slot < paths.Length; slot++)
                    await paths[(round + slot) % paths.Length].TimeAsync().ConfigureAwait(false);
            }

            Console.WriteLine($"({warmupRounds} warm-up rounds)");
            Report(bench.CaseCount, bench.Bare.RequestCount, paths, engine, runner, bare, bareWorkers);
            return 0;
        }
        catch (MatrixBrokenException ex)
        {
            Console.Error.WriteLine("BROKEN MEASUREMENT: " + ex.Message);
            return 1;
        }
    }

    private static void Report(int cases, int requests, Path[] paths, Path engine, Path runner, Path bare, Path bareWorkers)
    {
        // The faster bare form is the one with the lower median, compared round by round (not the faster of each round's
        // two bare runs: the smaller of two noisy times is biased low, which would inflate every ratio).
        var faster = Median(bareWorkers.Ms) < Median(bare.Ms) ? bareWorkers : bare;
        var engineToBare = Ratios(engine.Ms, bare.Ms);
        var engineToFaster = Ratios(engine.Ms, faster.Ms);
        var runnerToFaster = Ratios(runner.Ms, faster.Ms);
        Console.WriteLine();
        Console.WriteLine($"{"path",-38} {"median ms",10} {"min ms",8} {"cases/s",9} {"GC pause ms",12}");
        foreach (var path in paths)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path.Name,-38} {Median(path.Ms),10:0.0} {path.Ms.Min(),8:0.0} {cases / (Median(path.Ms) / 1000),9:N0} {Median(path.GcPauseMs),12:0.0}"));
        }
        Console.WriteLine();
        Console.WriteLine("overhead, per round (median [interquartile range], rounds at or under the target):");
        Console.WriteLine($"  engine (xunit path) / bare replay:          {Describe(engineToBare)}");
        Console.WriteLine($"  engine (xunit path) / faster bare form:      {Describe(engineToFaster)}   ({faster.Name})");
        Console.WriteLine($"  runner / faster bare form:                   {Describe(runnerToFaster)}");
        var overhead = Median(engineToBare);
        var matrixSeconds = Median(engine.Ms) / 1000;
        Console.WriteLine();
        Console.WriteLine($"cases {cases}, exchanges {requests}; engine {Median(engine.Ms):0.0} ms, bare {Median(bare.Ms):0.0} ms; {cases / matrixSeconds:N0} cases/s; overhead {overhead:0.00}x");
        Console.WriteLine($"target overhead <= {OverheadTarget:0.00}x: {(overhead <= OverheadTarget ? "met" : "NOT met")} ({overhead:0.00}x; against the faster bare form {Median(engineToFaster):0.00}x)");
        Console.WriteLine($"target whole matrix < {MatrixSecondsTarget:0} s: {(matrixSeconds < MatrixSecondsTarget ? "met" : "NOT met")} ({matrixSeconds:0.000} s on {Environment.ProcessorCount} cores)");
    }

    private static double[] Ratios(List<double> side, IReadOnlyList<double> baseline) =>
        side.Select((ms, i) => ms / baseline[i]).ToArray();

    private static string Describe(IReadOnlyList<double> ratios)
    {
        var sorted = ratios.Order().ToArray();
        var atOrUnder = sorted.Count(r => r <= OverheadTarget);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Median(sorted):0.00}x [{sorted[sorted.Length / 4]:0.00}-{sorted[sorted.Length * 3 / 4]:0.00}], {atOrUnder} of {sorted.Length}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }

    /// <summary>One timed path: its wall times, round by round, and the GC pause time inside each.</summary>
    private sealed class Path(string name, Func<Task> run)
    {
        public string Name => name;
        public Func<Task> Run => run;
        public List<double> Ms { get; } = [];
        public List<double> GcPauseMs { get; } = [];

        public async Task TimeAsync()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var pause = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            await run().ConfigureAwait(false);
            Ms.Add(watch.Elapsed.TotalMilliseconds);
            GcPauseMs.Add((GC.GetTotalPauseDuration() - pause).TotalMilliseconds);
        }
    }
}
