using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Http;
using CorsConformance.Rules;
using static CorsConformance.Findings.CorsHeaderValues;

namespace CorsConformance.Findings;

/// <summary>
/// Judges a case the contract expects the browser to block (an origin the contract does not allow). The same exchange is
/// judged as a credentialed and as a non-credentialed fetch: the server cannot tell them apart, the attacker can choose.
/// </summary>
internal static class AttackerOriginJudge
{
    // requirement: what the probe already computed for this request (null: computed here); the credentials mode does not change it.
    public static Judgement Judge(CorsCase corsCase, CorsRequest request, Exchange? preflight, Exchange? actual, PreflightRequirement? requirement = null)
    {
        var deciding = actual ?? preflight!;
        var response = deciding.Response!;
        var ruleId = corsCase.SecurityRuleId ?? RuleIds.UnlistedOriginAllowed;

        if (ruleId == RuleIds.ReflectsRequestHeadersOrMethods)
            return JudgeEchoedAllowLists(corsCase, preflight ?? deciding);

        if (ruleId == RuleIds.CrlfInReflectedValue)
        {
            var injected = response.Headers.Where(h => h.Name.Equals("x-cors-conformance-injected", StringComparison.OrdinalIgnoreCase)
                                                       || h.Value.Contains('\r', StringComparison.Ordinal) || h.Value.Contains('\n', StringComparison.Ordinal)).ToArray();
            if (injected.Length > 0)
            {
                var finding = FindingFactory.ForCase(ruleId, Severity.Error, corsCase,
                    $"The Origin's encoded CR/LF reached the response headers of {corsCase.Method} {corsCase.Path}", deciding, injected);
                return new Judgement(null, [finding], false);
            }
            // A literal echo of this odd origin is what prefix/reflection probes report; this probe is only about injection.
            return new Judgement(null, [], true);
        }

        requirement ??= BrowserModel.NeedsPreflight(request);
        var credentialed = BrowserModel.EvaluateFetch(request with { Credentials = CredentialsMode.Include }, requirement, null, preflight?.Response, actual?.Response);
        var anonymous = BrowserModel.EvaluateFetch(request with { Credentials = CredentialsMode.SameOrigin }, requirement, null, preflight?.Response, actual?.Response);
        var wildcard = response.Headers.Combined(Acao)?.Trim() == "*";

        Finding? found = null;
        if (credentialed.Accepted)
        {
            found = FindingFactory.ForCase(ruleId, Severity.Error, corsCase,
                $"{Show(corsCase.Origin)} can read {corsCase.Method} {corsCase.Path} WITH the user's cookies: the server trusts it ({RuleCatalog.Get(ruleId).Title})",
                deciding, CorsLines(response), credentialed,
                browserMessage: "(no console message: the browser accepts the response, which is the problem)",
                extraWhy: "The server answered this origin with its own value in Access-Control-Allow-Origin and Access-Control-Allow-Credentials: true.");
        }
        else if (anonymous.Accepted && !(wildcard && request.IsCredentialed))
        {
            // ('*' on an endpoint whose contract wants credentials is reported by wildcard-with-credentials already.)
            var id = wildcard ? RuleIds.UnlistedOriginAllowed : ruleId;
            found = FindingFactory.ForCase(id, wildcard ? Severity.Warning : RuleCatalog.Get(id).DefaultSeverity == Severity.Error ? Severity.Warning : RuleCatalog.Get(id).DefaultSeverity, corsCase,
                wildcard
                    ? $"{corsCase.Method} {corsCase.Path} answers 'Access-Control-Allow-Origin: *' although the contract restricts it to its allowed origins"
                    : $"{Show(corsCase.Origin)} can read {corsCase.Method} {corsCase.Path} (without cookies): the server trusts it ({RuleCatalog.Get(id).Title})",
                deciding, CorsLines(response), anonymous,
                browserMessage: "(no console message: the browser accepts the response, which is the problem)");
        }
        return found is null
            ? new Judgement(credentialed, [], true)
            : new Judgement(credentialed.Accepted ? credentialed : anonymous, [found], false);
    }

    private static Judgement JudgeEchoedAllowLists(CorsCase corsCase, Exchange preflight)
    {
        var response = preflight.Response!;
        var methods = ListElements(response, Acam);
        var headers = ListElements(response, Acah);
        var echoedMethod = methods.Contains(corsCase.Method, StringComparer.Ordinal);
        var echoedHeader = corsCase.Headers.Any(h => headers.Contains(h.Name, StringComparer.OrdinalIgnoreCase));
        if (!echoedMethod && !echoedHeader) return new Judgement(null, [], true);
        var what = echoedMethod && echoedHeader ? $"method {corsCase.Method} and header {corsCase.Headers[0].Name}" : echoedMethod ? $"method {corsCase.Method}" : $"header {corsCase.Headers[0].Name}";
        var finding = FindingFactory.ForCase(RuleIds.ReflectsRequestHeadersOrMethods, Severity.Info, corsCase,
            $"The preflight of {corsCase.Path} echoes the requested {what} back: every method and header is allowed",
            preflight, response.Headers.Where(h => h.Name.Equals(Acam, StringComparison.OrdinalIgnoreCase) || h.Name.Equals(Acah, StringComparison.OrdinalIgnoreCase)).ToArray());
        return new Judgement(null, [finding], true);
    }

    private static string Show(string origin) => origin == "null" ? "Any page (Origin: null)" : $"A page on {origin}";
}
