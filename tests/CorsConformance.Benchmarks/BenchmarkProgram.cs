using BenchmarkDotNet.Configs;
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

        var config = DefaultConfig.Instance.AddColumn(new CasesPerSecondColumn());
        // BenchmarkRunner (not the switcher): no interactive prompt; --filter, --job, --exporters ... still apply.
        var summary = BenchmarkRunner.Run<MatrixBenchmarks>(config, args);
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }
}
