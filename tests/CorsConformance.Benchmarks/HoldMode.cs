namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile --hold</c>: the process's memory with and without one run's results, for an outside heap tool. After a
/// full collection, prints the process id and waits 15 seconds ("empty"); then runs the matrix once, collects again and
/// waits 15 seconds more while the results are still held ("held").
/// </summary>
internal static class HoldMode
{
    public static async Task RunAsync(MatrixBench bench)
    {
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        Console.WriteLine($"pid {Environment.ProcessId}: empty"); await Task.Delay(15000).ConfigureAwait(false);
        var held = await bench.Engine.RunCasesAsync().ConfigureAwait(false);
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        Console.WriteLine($"pid {Environment.ProcessId}: held"); await Task.Delay(15000).ConfigureAwait(false);
        GC.KeepAlive(held);
    }
}
