using System.Diagnostics;
using System.Globalization;

namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--quick</c>: a Stopwatch measurement in a few seconds. Warm-up, then rounds of engine (per case), bare replay and
/// engine (runner) interleaved so drift hits all three alike; medians. Reports, never asserts the targets; exits 1 only
/// when the matrix did not pass (a broken measurement).
/// </summary>
internal static class QuickMode
{
    private const double OverheadTarget = 1.25;
    private const double MatrixSecondsTarget = 1.0;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = IntArg(args, "--iterations", 15);
        var warmup = IntArg(args, "--warmup", 3);
        try
        {
            var setup = Stopwatch.StartNew();
            await using var bench = await MatrixBench.StartAsync(Console.Out).ConfigureAwait(false);
            Console.WriteLine($"setup (app start, capture, checks) {setup.Elapsed.TotalMilliseconds:0} ms; {Environment.ProcessorCount} cores; {warmup} warm-up + {rounds} timed rounds");

            for (var i = 0; i < warmup; i++)
            {
                await bench.EngineMatrixAsync().ConfigureAwait(false);
                await bench.BareReplayAsync().ConfigureAwait(false);
                await bench.EngineRunnerAsync().ConfigureAwait(false);
            }

            var engine = new List<double>(rounds);
            var bare = new List<double>(rounds);
            var runner = new List<double>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                engine.Add(await TimeAsync(bench.EngineMatrixAsync).ConfigureAwait(false));
                bare.Add(await TimeAsync(bench.BareReplayAsync).ConfigureAwait(false));
                runner.Add(await TimeAsync(bench.EngineRunnerAsync).ConfigureAwait(false));
            }

            Report(bench.CaseCount, bench.Bare.RequestCount, Median(engine), Median(bare), Median(runner), engine, bare);
            return 0;
        }
        catch (MatrixBrokenException ex)
        {
            Console.Error.WriteLine("BROKEN MEASUREMENT: " + ex.Message);
            return 1;
        }
    }

    private static void Report(int cases, int requests, double engineMs, double bareMs, double runnerMs, List<double> engine, List<double> bare)
    {
        var overhead = engineMs / bareMs;
        var casesPerSecond = cases / (engineMs / 1000);
        Console.WriteLine();
        Console.WriteLine($"{"path",-34} {"median ms",10} {"min ms",8} {"cases/s",9} {"vs bare",8}");
        Row("engine, per case (xunit front door)", engineMs, engine.Min(), cases, bareMs);
        Row("engine, ConformanceRunner.RunAsync", runnerMs, double.NaN, cases, bareMs);
        Row("bare HttpClient replay (baseline)", bareMs, bare.Min(), cases, bareMs);
        Console.WriteLine();
        Console.WriteLine($"cases {cases}, exchanges {requests}; engine {engineMs:0.0} ms, bare {bareMs:0.0} ms; {casesPerSecond:N0} cases/s; overhead {overhead:0.00}x");
        Console.WriteLine($"target overhead <= {OverheadTarget:0.00}x: {(overhead <= OverheadTarget ? "met" : "NOT met")} ({overhead:0.00}x)");
        Console.WriteLine($"target whole matrix < {MatrixSecondsTarget:0} s: {(engineMs / 1000 < MatrixSecondsTarget ? "met" : "NOT met")} ({engineMs / 1000:0.000} s on {Environment.ProcessorCount} cores)");
    }

    private static void Row(string path, double medianMs, double minMs, int cases, double bareMs) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path,-34} {medianMs,10:0.0} {(double.IsNaN(minMs) ? "" : minMs.ToString("0.0", CultureInfo.InvariantCulture)),8} {cases / (medianMs / 1000),9:N0} {medianMs / bareMs,7:0.00}x"));

    private static async Task<double> TimeAsync<T>(Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        await run().ConfigureAwait(false);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }
}
