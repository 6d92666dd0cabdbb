using CorsConformance.Http;
using CorsConformance.Rules;

namespace CorsConformance.Browser;

/// <summary>
/// Fetch "CORS check" [#cors-check] in Chromium's order (CheckAccessInternal in services/network/public/cpp/cors/cors.cc):
/// ACAO <c>*</c> (literal when credentialed), ACAO missing, ACAO not byte-equal to the origin (list, invalid, mismatch),
/// then ACAC exactly <c>true</c> for credentialed requests.
/// </summary>
internal static class CorsCheck
{
    private const string Wildcard = "*";
    private const string True = "true";

    /// <summary>
    /// Runs the CORS check of <paramref name="response"/> for a request from <paramref name="origin"/>; null when it passes.
    /// </summary>
    /// <param name="response">The response (a preflight, a redirect or the final response).</param>
    /// <param name="origin">The request's serialized origin, compared byte for byte (<c>null</c> matches <c>null</c>).</param>
    /// <param name="credentialed">True when the (actual) request's credentials mode is include.</param>
    public static CorsCheckFailure? Run(RecordedResponse response, string origin, bool credentialed)
    {
        var allowOrigin = ResponseHeaderValue.Get(response, "Access-Control-Allow-Origin");

        if (allowOrigin == Wildcard)
        {
            // [#cors-protocol-and-credentials]: * is literal when credentials are included, even with ACAC true.
            return credentialed ? new(RuleIds.WildcardWithCredentials, ChromiumMessages.WildcardWithCredentials) : null;
        }

        if (allowOrigin is null)
            return new(RuleIds.AcaoMissing, ChromiumMessages.AcaoMissing);

        if (!string.Equals(allowOrigin, origin, StringComparison.Ordinal))
            return Mismatch(allowOrigin, origin);

        if (credentialed)
        {
            // [#http-access-control-allow-credentials]: exactly `true`, case-sensitive; two lines read as "true, true".
            var allowCredentials = ResponseHeaderValue.Get(response, "Access-Control-Allow-Credentials");
            if (allowCredentials != True)
                return new(RuleIds.CredentialsNotTrue, ChromiumMessages.CredentialsNotTrue(allowCredentials ?? string.Empty));
        }
        return null;
    }

    // Chromium reports the most specific reason: a list, then "null" (a valid value, just not this origin), then a
    // value that is not a URL, then a plain mismatch (with the trailing-slash case singled out for the fix).
    private static CorsCheckFailure Mismatch(string allowOrigin, string origin)
    {
        if (AllowOriginValue.LooksLikeList(allowOrigin))
            return new(RuleIds.DuplicateAcao, ChromiumMessages.MultipleAcaoValues(allowOrigin));
        if (allowOrigin != "null" && !AllowOriginValue.ParsesAsUrl(allowOrigin))
            return new(RuleIds.AcaoInvalid, ChromiumMessages.InvalidAcao(allowOrigin));
        var rule = AllowOriginValue.IsOriginWithPath(allowOrigin, origin) ? RuleIds.TrailingSlashMismatch : RuleIds.AcaoMismatch;
        return new(rule, ChromiumMessages.AcaoMismatch(allowOrigin));
    }
}
