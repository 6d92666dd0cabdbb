using CorsConformance.Probing;

namespace CorsConformance.Benchmarks;

/// <summary>
/// <c>--profile --record-cost</c>: what recording one response costs. For the requests of two cases, sends each once
/// and prints the bytes <see cref="ResponseRecorder.Record"/> allocates on its first call and on later calls over the
/// same response, with the header lines it recorded.
/// </summary>
internal static class RecordCostMode
{
    public static async Task RunAsync(MatrixBench bench)
    {
        foreach (var template in bench.Bare.PerCase[1].Concat(bench.Bare.PerCase[5]))
        {
            using var request = template.ToMessage();
            using var response = await bench.Client.SendAsync(request).ConfigureAwait(false);
            var first = GC.GetAllocatedBytesForCurrentThread();
            var recorded = ResponseRecorder.Record(response);
            var once = GC.GetAllocatedBytesForCurrentThread() - first;
            first = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++) ResponseRecorder.Record(response);
            var again = (GC.GetAllocatedBytesForCurrentThread() - first) / 100;
            Console.WriteLine($"{request.Method} {request.RequestUri}: {recorded.Headers.Count} lines, Record allocates {once} B (then {again} B): " +
                              string.Join(" | ", recorded.Headers));
        }
    }
}
