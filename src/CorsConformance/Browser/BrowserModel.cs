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
    /// <exception cref="ArgumentException">The request is not something fetch() sends (no origin, forbidden or malformed method, bad header name).</exception>
    public static PreflightRequirement NeedsPreflight(CorsRequest request) => PreflightTrigger.Evaluate(request);

    /// <summary>
    /// Validates a preflight response for <paramref name="request"/> (CORS check with the actual request's
    /// credentials mode, ok status, no redirect, ACAM/ACAH parsing and matching).
    /// </summary>
    public static BrowserVerdict EvaluatePreflight(CorsRequest request, RecordedResponse preflight)
    {
        ArgumentNullException.ThrowIfNull(preflight);
        var requirement = PreflightTrigger.Evaluate(request);
        return PreflightCheck.Evaluate(request, requirement, preflight);
    }

    /// <summary><see cref="EvaluatePreflight(CorsRequest, RecordedResponse)"/> with the requirement already computed for <paramref name="request"/>.</summary>
    internal static BrowserVerdict CheckPreflight(CorsRequest request, PreflightRequirement requirement, RecordedResponse preflight)
    {
        ArgumentNullException.ThrowIfNull(preflight);
        return PreflightCheck.Evaluate(request, requirement, preflight);
    }

    /// <summary>The CORS check on the actual (non-preflight) response; computes the readable response headers when accepted.</summary>
    /// <remarks>
    /// A followed redirect (301/302/303/307/308 with Location) is checked as a redirect hop: blocked under
    /// <c>redirect-missing-cors</c> when it fails the CORS check, accepted (nothing readable) when it passes.
    /// </remarks>
    public static BrowserVerdict EvaluateResponse(CorsRequest request, RecordedResponse actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        RequestValidation.ThrowIfInvalid(request ?? throw new ArgumentNullException(nameof(request)));
        return ActualResponseCheck.Evaluate(request, actual);
    }

    /// <summary>
    /// The whole fetch: the preflight (when <see cref="NeedsPreflight"/> says one is due and it is given), then the actual response
    /// (when given; null when only the preflight was sent, e.g. an unsafe method against a live server).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A preflight is due but <paramref name="preflight"/> is null, or there is nothing to evaluate (no preflight due and no actual response).
    /// A preflight passed for a request that needs none is ignored, as the browser would never send it.
    /// </exception>
    public static BrowserVerdict Evaluate(CorsRequest request, RecordedResponse? preflight, RecordedResponse? actual) =>
        EvaluateFetch(request, PreflightTrigger.Evaluate(request), null, preflight, actual);

    /// <summary>
    /// <see cref="Evaluate(CorsRequest, RecordedResponse?, RecordedResponse?)"/> reusing what the caller already computed:
    /// the <paramref name="requirement"/> of <paramref name="request"/> (it does not depend on the credentials mode) and,
    /// when given, the verdict on <paramref name="preflight"/> for this very request.
    /// </summary>
    internal static BrowserVerdict EvaluateFetch(CorsRequest request, PreflightRequirement requirement, BrowserVerdict? preflightVerdict, RecordedResponse? preflight, RecordedResponse? actual)
    {
        if (requirement.Required)
        {
            if (preflight is null)
            {
                throw new ArgumentException(
                    $"This request is preflighted ({requirement.Reason}) but no preflight response was given: " +
                    "record the OPTIONS exchange and pass it as the preflight.", nameof(preflight));
            }
            preflightVerdict ??= PreflightCheck.Evaluate(request, requirement, preflight);
            if (!preflightVerdict.Accepted)
                return preflightVerdict;
        }
        else
        {
            preflightVerdict = null;
        }

        if (actual is null)
        {
            return preflightVerdict ?? throw new ArgumentException(
                $"Nothing to evaluate: {requirement.RequestMethod} {request.Url} needs no preflight and no actual response was given.",
                nameof(actual));
        }

        var actualVerdict = ActualResponseCheck.Evaluate(request, actual);
        if (preflightVerdict is null || preflightVerdict.Deviations.Count == 0)
            return actualVerdict;
        return actualVerdict with { Deviations = [.. preflightVerdict.Deviations, .. actualVerdict.Deviations] };
    }

    /// <summary>
    /// The fetch after redirects: <paramref name="first"/> is the verdict on the first answer (from <see cref="Evaluate"/>);
    /// each followed hop is then judged like a fresh fetch (its own preflight when due). The first blocked hop decides;
    /// a verdict decided after a redirect carries <see cref="BrowserVerdict.RedirectedFrom"/> and <see cref="BrowserVerdict.FinalUrl"/>.
    /// </summary>
    public static BrowserVerdict EvaluateRedirects(CorsRequest request, BrowserVerdict first, IReadOnlyList<RedirectHop> hops)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(hops);
        return RedirectChainCheck.Evaluate(request, first, hops);
    }

    /// <summary>Seconds <paramref name="engine"/> caches this preflight (default 5 s; caps Chromium 7200, Firefox 86400, WebKit 600).</summary>
    /// <remarks>Unparseable values give 5 s (Firefox: 0, not cached); negative values give 0.</remarks>
    public static int EffectiveMaxAgeSeconds(RecordedResponse preflight, BrowserEngine engine) =>
        MaxAgePolicy.EffectiveSeconds(preflight, engine);
}
