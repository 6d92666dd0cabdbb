using CorsConformance.Http;
using CorsConformance.Rules;

namespace CorsConformance.Browser;

/// <summary>
/// The CORS check on a non-preflight response [#http-fetch step "CORS check"], including redirects
/// [#http-redirect-fetch]: a followed redirect of a CORS request must pass the same check, or the browser stops there.
/// </summary>
internal static class ActualResponseCheck
{
    /// <summary>Evaluates <paramref name="actual"/> (a final response or a redirect hop) for <paramref name="request"/>.</summary>
    public static BrowserVerdict Evaluate(CorsRequest request, RecordedResponse actual)
    {
        var failure = CorsCheck.Run(actual, request.Origin, request.IsCredentialed);
        var isRedirect = HttpRedirects.IsFollowedRedirect(actual);

        if (failure is not null)
        {
            var detail = failure.RuleId == RuleIds.AcaoMissing
                ? failure.Detail + ChromiumMessages.AcaoMissingFetchSuffix
                : failure.Detail;
            // A redirect hop that fails is reported under redirect-missing-cors; Chromium's sentence names the exact cause.
            var rule = isRedirect ? RuleIds.RedirectMissingCors : failure.RuleId;
            return BrowserVerdict.Block(rule, detail, atPreflight: false);
        }

        // A redirect that passes lets the browser go on to the Location; script never sees the redirect's headers.
        return isRedirect
            ? BrowserVerdict.Accept()
            : BrowserVerdict.Accept(ResponseHeaderExposure.ReadableNames(actual, request.IsCredentialed));
    }
}
