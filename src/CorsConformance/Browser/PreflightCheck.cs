using CorsConformance.Http;
using CorsConformance.Rules;

namespace CorsConformance.Browser;

/// <summary>
/// Validates a CORS-preflight response [#cors-preflight-fetch] in Chromium's order (preflight_controller.cc,
/// preflight_result.cc): redirect, CORS check with the actual request's credentials mode, ok status, ACAM/ACAH parsing,
/// method, then headers.
/// </summary>
internal static class PreflightCheck
{
    private const string Wildcard = "*";
    private const string Authorization = "authorization";

    /// <summary>Evaluates <paramref name="preflight"/> as the answer to the preflight of <paramref name="request"/>.</summary>
    public static BrowserVerdict Evaluate(CorsRequest request, PreflightRequirement requirement, RecordedResponse preflight)
    {
        // [#cors-preflight-fetch] The preflight uses redirect mode "error": any followed redirect is a network error.
        if (HttpRedirects.IsFollowedRedirect(preflight))
            return Blocked(RuleIds.PreflightRedirect, ChromiumMessages.PreflightPrefix + ChromiumMessages.RedirectNotAllowed);

        // [#cors-preflight-fetch step 7] CORS check (credentials of the actual request) before the ok status: Chromium
        // reports a 404/405 without ACAO as a missing ACAO.
        if (CorsCheck.Run(preflight, request.Origin, request.IsCredentialed) is { } failure)
            return Blocked(failure.RuleId, ChromiumMessages.PreflightPrefix + failure.Detail);

        if (!preflight.IsOk)
            return Blocked(RuleIds.PreflightNotOk, ChromiumMessages.PreflightPrefix + ChromiumMessages.NotOkStatus);

        // [#cors-preflight-fetch step 7.1-7.2] Both lists are parsed, even when the request needs only one of them.
        var methods = AllowListParser.Parse(preflight, "Access-Control-Allow-Methods");
        if (!methods.Parsed)
            return Blocked(RuleIds.AllowListUnparseable, ChromiumMessages.CannotParseAllowMethods);
        var headers = AllowListParser.Parse(preflight, "Access-Control-Allow-Headers");
        if (!headers.Parsed)
            return Blocked(RuleIds.AllowListUnparseable, ChromiumMessages.CannotParseAllowHeaders);

        if (!MethodAllowed(requirement.RequestMethod, methods.Items, request.IsCredentialed))
            return Blocked(RuleIds.MethodNotAllowed, ChromiumMessages.MethodNotAllowed(requirement.RequestMethod));

        return CheckHeaders(requirement.UnsafeHeaderNames, headers.Items, request.IsCredentialed);
    }

    // [#cors-preflight-fetch step 7.5] The method must be safelisted or listed (case-sensitive: `patch` is not `PATCH`);
    // `*` counts only without credentials.
    private static bool MethodAllowed(string method, IReadOnlyList<string> allowed, bool credentialed) =>
        FetchMethods.IsCorsSafelisted(method)
        || Listed(allowed, method, StringComparison.Ordinal)
        || (!credentialed && Listed(allowed, Wildcard, StringComparison.Ordinal));

    // [#cors-preflight-fetch step 7.6-7.7] Every CORS-unsafe name (sorted; the first missing one is reported) must be
    // listed, case-insensitively. `*` counts only without credentials and, per the standard, never for Authorization;
    // Chromium still lets Authorization through and reports a deprecation.
    // Names and list elements are tokens (ASCII), so OrdinalIgnoreCase equals comparing their lowercase forms.
    private static BrowserVerdict CheckHeaders(IReadOnlyList<string> unsafeNames, IReadOnlyList<string> allowed, bool credentialed)
    {
        var wildcard = !credentialed && Listed(allowed, Wildcard, StringComparison.Ordinal);
        List<EngineDeviation>? deviations = null;

        foreach (var name in unsafeNames)
        {
            if (Listed(allowed, name, StringComparison.OrdinalIgnoreCase))
                continue;
            if (wildcard && name == Authorization)
            {
                (deviations ??= []).Add(new EngineDeviation(
                    RuleIds.AuthorizationNotCoveredByWildcard, VerdictKind.Blocked, VerdictKind.Accepted,
                    ChromiumMessages.AuthorizationWildcardDeprecation));
                continue;
            }
            if (wildcard)
                continue;
            return Blocked(RuleIds.HeaderNotAllowed, ChromiumMessages.HeaderNotAllowed(name));
        }
        return BrowserVerdict.Accept(deviations: deviations);
    }

    private static bool Listed(IReadOnlyList<string> allowed, string value, StringComparison comparison)
    {
        for (var i = 0; i < allowed.Count; i++)
        {
            if (string.Equals(allowed[i], value, comparison))
                return true;
        }
        return false;
    }

    private static BrowserVerdict Blocked(string ruleId, string detail) =>
        BrowserVerdict.Block(ruleId, detail, atPreflight: true);
}
