using CorsConformance.Browser;
using CorsConformance.Http;

namespace CorsConformance.Probing;

/// <summary>
/// Lets equal recordings of one run share one instance. A contract's cases repeat themselves on the wire: the same
/// origin and headers go to several endpoints, the same endpoint answers several families' requests with the same
/// lines, and many cases end in the same verdict. A run keeps every case's exchanges until its last row or report has read them, so without sharing the garbage
/// collector has to promote a copy of each repeated header list, response and verdict (see tests/CorsConformance.Benchmarks).
/// Recordings are immutable, so sharing an equal one changes nothing a reader can see. Bounded: past
/// <see cref="Capacity"/> distinct values of a kind, new values are kept as they are.
/// </summary>
internal sealed class RecordingPool
{
    /// <summary>How many distinct values of each kind are remembered.</summary>
    public const int Capacity = 4096;

    private readonly BoundedCache<IReadOnlyList<HeaderLine>, IReadOnlyList<HeaderLine>> _lines = new(Capacity, RecordingComparer.Instance);
    private readonly BoundedCache<RecordedResponse, RecordedResponse> _responses = new(Capacity, RecordingComparer.Instance);
    private readonly BoundedCache<BrowserVerdict, BrowserVerdict> _verdicts = new(Capacity, RecordingComparer.Instance);

    /// <summary>
    /// The equal header lines sent earlier in this run, or <paramref name="lines"/>. (Requests themselves are not
    /// shared: each case sends a different one, so remembering them would cost more than it saves; their lines repeat,
    /// because cases to different endpoints send the same lines.)
    /// </summary>
    public IReadOnlyList<HeaderLine> Share(IReadOnlyList<HeaderLine> lines) => Share(_lines, lines);

    /// <summary>The equal response recorded earlier in this run, or <paramref name="response"/>.</summary>
    public RecordedResponse Share(RecordedResponse response) => Share(_responses, response);

    /// <summary>
    /// The equal verdict given earlier in this run, or <paramref name="verdict"/>. Equal means every property the same;
    /// lists compare by reference (the model shares the readable-name list per <c>Access-Control-Expose-Headers</c> value),
    /// so a verdict with its own list is simply kept.
    /// </summary>
    public BrowserVerdict Share(BrowserVerdict verdict) => Share(_verdicts, verdict);

    private static T Share<T>(BoundedCache<T, T> known, T value) where T : notnull =>
        known.GetOrAdd(value, static v => v);
}
