using CorsConformance.Http;

namespace CorsConformance.Browser;

/// <summary>
/// A pure, synchronous model of the Fetch standard's CORS algorithms as Chromium implements them:
/// whether a request is preflighted, whether the preflight and the actual response pass, and the
/// exact console detail Chromium prints when they do not.
/// </summary>
public static class BrowserModel
{
    /// <summary>Decides whether <paramref name="request"/> is preflighted ([#main-fetch], [#cors-safelisted-request-header]).</summary>
    public static PreflightRequirement NeedsPreflight(CorsRequest request) => throw new NotImplementedException();

    /// <summary>
    /// Validates a preflight response for <paramref name="request"/> (CORS check with the actual request's
    /// credentials mode, ok status, no redirect, ACAM/ACAH parsing and matching).
    /// </summary>
    public static BrowserVerdict EvaluatePreflight(CorsRequest request, RecordedResponse preflight) => throw new NotImplementedException();

    /// <summary>The CORS check on the actual (non-preflight) response; computes the readable response headers when accepted.</summary>
    public static BrowserVerdict EvaluateResponse(CorsRequest request, RecordedResponse actual) => throw new NotImplementedException();

    /// <summary>
    /// The whole fetch: the preflight (when <see cref="NeedsPreflight"/> says one is due and it is given), then the actual response
    /// (when given; null when only the preflight was sent, e.g. an unsafe method against a live server).
    /// </summary>
    public static BrowserVerdict Evaluate(CorsRequest request, RecordedResponse? preflight, RecordedResponse? actual) => throw new NotImplementedException();

    /// <summary>Seconds <paramref name="engine"/> caches this preflight (default 5 s; caps Chromium 7200, Firefox 86400, WebKit 600).</summary>
    public static int EffectiveMaxAgeSeconds(RecordedResponse preflight, BrowserEngine engine) => throw new NotImplementedException();
}
