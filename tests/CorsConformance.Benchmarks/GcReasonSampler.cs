using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CorsConformance.Benchmarks;

/// <summary>
/// Counts why the runtime's GC chose the generation it collected (GCPerHeapHistory's condemn reasons), to tell a gen1
/// collection forced by gen1's budget from one forced by, say, poor card-marking efficiency (old objects pointing at young ones).
/// </summary>
internal sealed class GcReasonSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private static readonly string[] Conditions =
    [
        "induced_fullgc", "expand_fullgc", "high_mem", "very_high_mem", "low_ephemeral", "low_card", "eph_high_frag",
        "max_high_frag", "max_high_frag_e", "max_high_frag_m", "max_high_frag_vm", "max_gen1", "before_oom", "gen2_too_small",
        "induced_noforce", "before_bgc", "almost_max_alloc", "avoid_unproductive", "pm_induced_fullgc", "pm_alloc_loh",
    ];
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    public IEnumerable<KeyValuePair<string, int>> Counts => _counts.OrderByDescending(c => c.Value);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Recording || e.EventName is null || e.Payload is null || e.PayloadNames is null) return;
        if (e.EventName.StartsWith("GCStart", StringComparison.Ordinal))
        {
            _counts.AddOrUpdate($"GCStart depth {e.Payload[e.PayloadNames.IndexOf("Depth")]} reason {e.Payload[e.PayloadNames.IndexOf("Reason")]}", 1, (_, n) => n + 1);
            return;
        }
        if (e.EventName.StartsWith("GCMarkWithType", StringComparison.Ordinal))
        {
            var type = Convert.ToUInt32(e.Payload[e.PayloadNames.IndexOf("Type")]);
            var bytes = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("Bytes")]);
            string[] names = ["stack", "finalize queue", "handles", "older generation (cards)", "sized ref", "overflow", "dependent handles", "new finalize queue", "steal"];
            var markKey = $"marked via {(type < names.Length ? names[type] : type.ToString())} (KB total)";
            _counts.AddOrUpdate(markKey, (int)(bytes / 1024), (_, n) => n + (int)(bytes / 1024));
            return;
        }
        if (e.EventName.StartsWith("GCHeapStats", StringComparison.Ordinal) && e.PayloadNames.IndexOf("TotalPromotedSize0") is var p0 and >= 0)
        {
            _counts.AddOrUpdate("promoted from gen0 (KB total)", (int)(Convert.ToInt64(e.Payload[p0]) / 1024), (_, n) => n + (int)(Convert.ToInt64(e.Payload[p0]) / 1024));
            _counts.AddOrUpdate("promoted from gen1 (KB total)", (int)(Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("TotalPromotedSize1")]) / 1024), (_, n) => n + (int)(Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("TotalPromotedSize1")]) / 1024));
        }
        if (e.EventName.StartsWith("GCGlobalHeapHistory", StringComparison.Ordinal))
        {
            _counts.AddOrUpdate($"global: condemned gen{e.Payload[e.PayloadNames.IndexOf("CondemnedGeneration")]}, mechanisms 0x{Convert.ToUInt32(e.Payload[e.PayloadNames.IndexOf("GlobalMechanisms")]):X}, gen0 reduction {e.Payload[e.PayloadNames.IndexOf("Gen0ReductionCount")]}", 1, (_, n) => n + 1);
            return;
        }
        if (e.EventName.StartsWith("PinObjectAtGCTime", StringComparison.Ordinal))
        {
            _counts.AddOrUpdate($"pinned {e.Payload[e.PayloadNames.IndexOf("TypeName")]} ({e.Payload[e.PayloadNames.IndexOf("ObjectSize")]} B)", 1, (_, n) => n + 1);
            return;
        }
        if (e.EventName.StartsWith("GCHeapStats", StringComparison.Ordinal))
        {
            string Value(string name) => e.PayloadNames.IndexOf(name) is var i and >= 0 ? Convert.ToString(e.Payload[i])! : "?";
            _counts.AddOrUpdate($"pinned objects {Value("PinnedObjectCount")}", 1, (_, n) => n + 1);
            _counts.AddOrUpdate($"gen1 size {Convert.ToInt64(Value("GenerationSize1")) / 65536 * 64} KB", 1, (_, n) => n + 1);
            return;
        }
        if (!e.EventName.StartsWith("GCPerHeapHistory", StringComparison.Ordinal)) return;

        var gens = Convert.ToUInt32(e.Payload[e.PayloadNames.IndexOf("CondemnReasons0")]);
        var conditions = Convert.ToUInt32(e.Payload[e.PayloadNames.IndexOf("CondemnReasons1")]);
        _counts.AddOrUpdate($"per heap: compact mechanisms 0x{Convert.ToUInt32(e.Payload[e.PayloadNames.IndexOf("CompactMechanisms")]):X}, expand 0x{Convert.ToUInt32(e.Payload[e.PayloadNames.IndexOf("ExpandMechanisms")]):X}", 1, (_, n) => n + 1);
        var key = $"initial gen{gens & 3}, final gen{(gens >> 2) & 3}, budget gen{(gens >> 4) & 3}, time gen{(gens >> 6) & 3}";
        var flags = Enumerable.Range(0, Conditions.Length).Where(i => (conditions & (1u << i)) != 0).Select(i => Conditions[i]).ToArray();
        _counts.AddOrUpdate(key + (flags.Length > 0 ? "; " + string.Join(", ", flags) : ""), 1, (_, n) => n + 1);
    }
}
