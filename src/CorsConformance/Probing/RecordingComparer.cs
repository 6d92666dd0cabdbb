using CorsConformance.Browser;
using CorsConformance.Http;

namespace CorsConformance.Probing;

/// <summary>
/// Exact equality of recordings, as they travelled: every header line in order (names and values compared ordinally),
/// status and reason phrase; and of verdicts, property by property. (The records' own equality compares header lists by
/// reference, and <see cref="Uri.Equals(object)"/> ignores fragments: neither is "the same bytes".)
/// </summary>
internal sealed class RecordingComparer :
    IEqualityComparer<IReadOnlyList<HeaderLine>>, IEqualityComparer<RecordedResponse>, IEqualityComparer<BrowserVerdict>
{
    public static readonly RecordingComparer Instance = new();

    public bool Equals(RecordedResponse? x, RecordedResponse? y) =>
        ReferenceEquals(x, y) || x is not null && y is not null
        && x.Status == y.Status
        && string.Equals(x.ReasonPhrase, y.ReasonPhrase, StringComparison.Ordinal)
        && SameLines(x.Headers, y.Headers);

    public int GetHashCode(RecordedResponse response) => HashCode.Combine(response.Status, response.ReasonPhrase, LinesHash(response.Headers));

    public bool Equals(IReadOnlyList<HeaderLine>? x, IReadOnlyList<HeaderLine>? y) =>
        ReferenceEquals(x, y) || x is not null && y is not null && SameLines(x, y);

    public int GetHashCode(IReadOnlyList<HeaderLine> lines) => LinesHash(lines);

    /// <summary>Verdicts: every property; lists by reference (the model shares equal readable-name lists), URLs as strings.</summary>
    public bool Equals(BrowserVerdict? x, BrowserVerdict? y) =>
        ReferenceEquals(x, y) || x is not null && y is not null
        && x.Kind == y.Kind
        && x.BlockedAtPreflight == y.BlockedAtPreflight
        && string.Equals(x.RuleId, y.RuleId, StringComparison.Ordinal)
        && string.Equals(x.ChromiumDetail, y.ChromiumDetail, StringComparison.Ordinal)
        && ReferenceEquals(x.ReadableResponseHeaders, y.ReadableResponseHeaders)
        && (ReferenceEquals(x.Deviations, y.Deviations) || x.Deviations.Count == 0 && y.Deviations.Count == 0)
        && string.Equals(x.RedirectedFrom?.OriginalString, y.RedirectedFrom?.OriginalString, StringComparison.Ordinal)
        && string.Equals(x.FinalUrl?.OriginalString, y.FinalUrl?.OriginalString, StringComparison.Ordinal);

    public int GetHashCode(BrowserVerdict verdict) =>
        HashCode.Combine(verdict.Kind, verdict.RuleId, verdict.ChromiumDetail, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(verdict.ReadableResponseHeaders));

    private static bool SameLines(IReadOnlyList<HeaderLine> x, IReadOnlyList<HeaderLine> y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x.Count != y.Count) return false;
        for (var i = 0; i < x.Count; i++)
        {
            if (!string.Equals(x[i].Name, y[i].Name, StringComparison.Ordinal) || !string.Equals(x[i].Value, y[i].Value, StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    private static int LinesHash(IReadOnlyList<HeaderLine> lines)
    {
        var hash = new HashCode();
        for (var i = 0; i < lines.Count; i++)
        {
            hash.Add(lines[i].Name);
            hash.Add(lines[i].Value);
        }
        return hash.ToHashCode();
    }
}
