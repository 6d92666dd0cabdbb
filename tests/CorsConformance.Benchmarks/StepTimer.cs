using System.Diagnostics;

namespace CorsConformance.Benchmarks;

/// <summary>
/// Times one step of <see cref="StepProfileMode"/>: two untimed runs, then a number of timed rounds; prints the median
/// and fastest wall time, the median CPU time and the megabytes allocated per round.
/// </summary>
internal sealed class StepTimer(int rounds)
{
    public async Task TimeAsync(string name, Func<Task> run)
    {
        for (var i = 0; i < 2; i++) await run().ConfigureAwait(false);
        var times = new List<double>();
        var cpu = new List<double>();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < rounds; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await run().ConfigureAwait(false);
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        var perRound = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / rounds / 1024.0 / 1024.0;
        times.Sort();
        cpu.Sort();
        Console.WriteLine($"{name,-48} {times[times.Count / 2],8:0.00} ms  (min {times[0],6:0.00})  cpu {cpu[cpu.Count / 2],7:0.0} ms  {perRound,6:0.0} MB/round");
    }
}
