namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile</c>: diagnostics of where the engine's time and memory go beyond the bare sends. Starts one
/// <see cref="MatrixBench"/>, reads which diagnostic the other switches ask for and runs it:
/// <c>--model-bytes</c> (<see cref="ModelBytesMode"/>), <c>--record-cost</c> (<see cref="RecordCostMode"/>),
/// <c>--alloc engine|bare|...</c> (<see cref="AllocationMode"/>), <c>--gcreasons bare|engine|engine-discard|engine-gated|...</c>
/// (<see cref="GcReasonsMode"/>), <c>--hold</c> (<see cref="HoldMode"/>), <c>--retained</c> (what a run keeps, <see cref="StepProfileMode.RetainedAsync"/>), <c>--loop model</c> (<see cref="ModelLoopMode"/>),
/// <c>--loop bare|bare-workers|engine|engine-rows|engine-rows-nogate|engine-rows-shared|engine-discard|engine-gated|runner|bare-keepN</c> (<see cref="LoopMode"/>), and otherwise the step-by-step
/// profile (<see cref="StepProfileMode"/>). <c>--iterations N</c> sets the rounds, <c>--seconds N</c> a loop's length.
/// </summary>
internal static class SubStepProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.SkipWhile(a => a != "--iterations").Skip(1).Select(int.Parse).FirstOrDefault(9);
        await using var bench = await MatrixBench.StartAsync(Console.Out).ConfigureAwait(false);
        try
        {
            await RunModeAsync(bench, args, rounds).ConfigureAwait(false);
            return 0;
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }
    }

    private static async Task RunModeAsync(MatrixBench bench, string[] args, int rounds)
    {
        if (args.Contains("--model-bytes"))
            await ModelBytesMode.RunAsync(bench).ConfigureAwait(false);
        else if (args.Contains("--record-cost"))
            await RecordCostMode.RunAsync(bench).ConfigureAwait(false);
        else if (ValueAfter(args, "--alloc") is { } sampled)
            await AllocationMode.RunAsync(bench, sampled, rounds).ConfigureAwait(false);
        else if (ValueAfter(args, "--gcreasons") is { } why)
            await GcReasonsMode.RunAsync(bench, why, rounds).ConfigureAwait(false);
        else if (args.Contains("--retained"))
            await StepProfileMode.RetainedAsync(bench).ConfigureAwait(false);
        else if (args.Contains("--hold"))
            await HoldMode.RunAsync(bench).ConfigureAwait(false);
        else if (ValueAfter(args, "--loop") is { } side)
        {
            var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(int.Parse).FirstOrDefault(10);
            if (side == "model") await ModelLoopMode.RunAsync(bench, seconds).ConfigureAwait(false);
            else await LoopMode.RunAsync(bench, side, seconds).ConfigureAwait(false);
        }
        else
            await StepProfileMode.RunAsync(bench, rounds).ConfigureAwait(false);
    }

    private static string? ValueAfter(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
