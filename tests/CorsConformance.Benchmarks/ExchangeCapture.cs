using CorsConformance.Cases;
using CorsConformance.Http;
using CorsConformance.Probing;

namespace CorsConformance.Benchmarks;

/// <summary>
/// Turns the engine's results into request templates, per case and in the order the engine sends them: preflight,
/// actual request, followed redirect hops, and for Vary cases the control request (the actual request without Origin,
/// which the engine sends but does not keep in <see cref="CaseResult"/>). Then checks them against what a
/// <see cref="RecordingHandler"/> saw on the wire in the same run: every template must match one recorded request,
/// and no recorded request may be left over.
/// </summary>
internal static class ExchangeCapture
{
    public static ExchangeTemplate[][] FromResults(IReadOnlyList<CaseResult> results, IReadOnlyCollection<(string Key, int Status)> seen)
    {
        var perCase = results.Select(r => Requests(r).Select(ExchangeTemplate.From).ToArray()).ToArray();

        var unmatched = seen.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => new Queue<int>(g.Select(s => s.Status)), StringComparer.Ordinal);
        foreach (var template in perCase.SelectMany(t => t))
        {
            if (!unmatched.TryGetValue(template.Key, out var statuses) || statuses.Count == 0)
                throw new MatrixBrokenException("The engine's results name a request the transport never saw:\n" + template.Key
                    + "\nNearest seen:\n" + unmatched.Keys.OrderBy(k => Distance(k, template.Key)).First());
            template.Status = statuses.Dequeue();
        }
        var left = unmatched.Where(u => u.Value.Count > 0).Select(u => u.Key).ToArray();
        if (left.Length > 0)
            throw new MatrixBrokenException($"{left.Length} request(s) reached the transport but are missing from the templates, e.g.:\n" + left[0]);
        return perCase;
    }

    private static IEnumerable<RecordedRequest> Requests(CaseResult result)
    {
        if (result.Preflight is { } preflight) yield return preflight.Request;
        if (result.Actual is { } actual) yield return actual.Request;
        foreach (var hop in result.Redirects)
        {
            if (hop.Preflight is { } hopPreflight) yield return hopPreflight.Request;
            if (hop.Actual is { } hopActual) yield return hopActual.Request;
        }
        if (result.Case.Family == CaseFamily.Vary && result.Actual is { } withOrigin)
            yield return withOrigin.Request with { Headers = [.. withOrigin.Request.Headers.Where(h => !IsBrowserCorsHeader(h))] };
    }

    private static int Distance(string a, string b) => Math.Abs(a.Length - b.Length) + a.Zip(b).Count(p => p.First != p.Second);

    private static bool IsBrowserCorsHeader(HeaderLine line) =>
        line.Name.Equals("Origin", StringComparison.OrdinalIgnoreCase) || line.Name.Equals("Sec-Fetch-Mode", StringComparison.OrdinalIgnoreCase);
}
