using System.Diagnostics;

namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile --loop model --seconds N</c>: the browser model and the judges alone, no I/O, over one run's recorded
/// results, round after round for N seconds (for an outside sampler); prints the rounds done and the time each took.
/// </summary>
internal static class ModelLoopMode
{
    public static async Task RunAsync(MatrixBench bench, int seconds)
    {
        var recorded = await bench.Engine.RunCasesAsync().ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var done = 0;
        for (; clock.Elapsed.TotalSeconds < seconds; done++) ProfileWorkloads.ModelAndJudges(recorded, new Uri("http://localhost/"));
        Console.WriteLine($"model: {done} rounds in {clock.Elapsed.TotalSeconds:0.0} s, {clock.Elapsed.TotalMilliseconds / done:0.00} ms each");
    }
}
