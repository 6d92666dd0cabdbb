using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace CorsConformance.Benchmarks;

/// <summary>
/// The entry point (a named class: top-level statements would declare a second global <c>Program</c> next to ShopApi's).
/// <code>
/// dotnet run -c Release --project tests/CorsConformance.Benchmarks                 BenchmarkDotNet (args pass through: --filter, --job, ...)
/// dotnet run -c Release --project tests/CorsConformance.Benchmarks -- --quick      Stopwatch medians in a few seconds
/// </code>
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--quick"))
            return await QuickMode.RunAsync(args).ConfigureAwait(false);
        if (args.Contains("--profile"))
            return await SubStepProfile.RunAsync(args).ConfigureAwait(false);

        // One operation is a whole matrix (tens of ms): 8 per iteration, and 20 warm-up iterations (about 160 matrices)
        // so the JIT's tiering has finished on 2 busy cores before anything is measured; 30 measured iterations.
        // A --job given on the command line replaces this one.
        var job = Job.Default.WithInvocationCount(8).WithUnrollFactor(1).WithWarmupCount(20).WithIterationCount(30).AsDefault();
        var config = DefaultConfig.Instance.AddJob(job).AddColumn(new CasesPerSecondColumn());
        // BenchmarkRunner (not the switcher): no interactive prompt; --filter, --job, --exporters ... still apply.
        var summary = BenchmarkRunner.Run<MatrixBenchmarks>(config, args);
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }
}
