using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CorsConformance.Benchmarks;

/// <summary>
/// In-process allocation sampling for <c>--profile --alloc</c>: the runtime's GC AllocationTick event fires about
/// every 100 KB allocated and names the type that crossed the line, so counts per type approximate bytes per type.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, int> _ticks = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    public IEnumerable<KeyValuePair<string, int>> Top(int count) => _ticks.OrderByDescending(t => t.Value).Take(count);

    public int Total => _ticks.Values.Sum();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal)) return;
        var index = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
        if (index >= 0 && eventData.Payload?[index] is string type)
            _ticks.AddOrUpdate(type, 1, (_, n) => n + 1);
    }
}
