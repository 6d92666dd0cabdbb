using CorsConformance.Http;

namespace CorsConformance.Browser;

/// <summary>
/// Fetch "HTTP-redirect fetch" for CORS requests: every hop after a redirect goes through main fetch again — a new
/// preflight when the rewritten request needs one, and the CORS check on each answer. The first hop that fails decides,
/// and Chromium names both URLs: <c>Access to fetch at 'target' (redirected from 'original') ...</c>.
/// </summary>
internal static class RedirectChainCheck
{
    public static BrowserVerdict Evaluate(CorsRequest original, BrowserVerdict first, IReadOnlyList<RedirectHop> hops)
    {
        var verdict = first;
        foreach (var hop in hops)
        {
            if (!verdict.Accepted) return verdict;
            var hopVerdict = hop.Actual?.Response is { } answer
                ? BrowserModel.Evaluate(hop.Request, hop.Preflight?.Response, answer)
                : hop.Preflight?.Response is { } preflight
                    ? BrowserModel.EvaluatePreflight(hop.Request, preflight)
                    : throw new ArgumentException($"The redirect hop to {hop.Request.Url} has no recorded answer.", nameof(hops));
            verdict = hopVerdict with
            {
                RedirectedFrom = original.Url,
                FinalUrl = hop.Request.Url,
                Deviations = [.. verdict.Deviations, .. hopVerdict.Deviations],
            };
        }
        return verdict;
    }
}
