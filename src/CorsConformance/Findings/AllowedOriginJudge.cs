using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Http;
using CorsConformance.Rules;
using static CorsConformance.Findings.CorsHeaderValues;

namespace CorsConformance.Findings;

/// <summary>
/// Judges a case the contract expects the browser to accept (preflight, actual, credentials, exposed headers, Vary,
/// error path): the browser verdict first, then the family's own rule.
/// </summary>
internal static class AllowedOriginJudge
{
    // requirement and preflightVerdict: what the probe already computed for this request (null: computed here).
    public static Judgement Judge(CorsCase corsCase, CorsRequest request, Exchange? preflight, Exchange? actual, Exchange? control, IReadOnlyList<RedirectHop> redirects,
        PreflightRequirement? requirement = null, BrowserVerdict? preflightVerdict = null)
    {
        if (corsCase.Family == CaseFamily.ErrorPath && actual?.Response is { Status: < 400 } ok)
            return new Judgement(null, [], false,
                $"{corsCase.Path} answered {ok.Status}, not an error, so the error path was not exercised: point errorProbes at a path that really answers {corsCase.ExpectedStatus}");

        var verdict = BrowserModel.EvaluateFetch(request, requirement ?? BrowserModel.NeedsPreflight(request), preflightVerdict, preflight?.Response, actual?.Response);
        if (redirects.Count > 0) verdict = BrowserModel.EvaluateRedirects(request, verdict, redirects);
        var findings = new List<Finding>();
        foreach (var deviation in verdict.Deviations)
        {
            var at = preflight ?? actual!;
            findings.Add(FindingFactory.ForCase(deviation.RuleId, RuleCatalog.Get(deviation.RuleId).DefaultSeverity, corsCase,
                $"{Describe(corsCase)} works in browsers today only through a deprecated exception: {deviation.Note}",
                at, CorsLines(at.Response!), verdict, deviation.Note));
        }

        if (!verdict.Accepted)
        {
            var deciding = DecidingExchange(verdict, preflight, actual, redirects);
            // error-path-missing-headers means the error answer lacks CORS headers; a wrong ACAO there is its own rule.
            var missingOnErrorPath = corsCase.Family == CaseFamily.ErrorPath
                && (verdict.RuleId == RuleIds.AcaoMissing || verdict.RuleId == RuleIds.CredentialsNotTrue && !deciding.Response!.Headers.Has(Acac));
            var ruleId = missingOnErrorPath ? RuleIds.ErrorPathMissingHeaders : verdict.RuleId!;
            var why = missingOnErrorPath
                ? $"The {deciding.Response!.Status} answer of {corsCase.Path} fails the CORS check ({verdict.RuleId}), so script sees 'Failed to fetch' instead of the error."
                : null;
            findings.Add(FindingFactory.ForCase(ruleId, Severity.Error, corsCase,
                $"Chromium blocks {Describe(corsCase)}: {RuleCatalog.Get(verdict.RuleId!).Title}",
                deciding, CorsLines(deciding.Response!), verdict, extraWhy: why));
            return new Judgement(verdict, findings, false);
        }

        if (corsCase.Family == CaseFamily.ExposedHeaders && actual?.Response is { } exposed)
        {
            var readable = verdict.ReadableResponseHeaders;
            var missing = corsCase.MustReadHeaders.Where(h => !readable.Contains(h, StringComparer.OrdinalIgnoreCase)).ToArray();
            if (missing.Length > 0)
                findings.Add(FindingFactory.ForCase(RuleIds.ExposeHeadersMissing, Severity.Error, corsCase,
                    $"Script on {corsCase.Origin} cannot read {string.Join(", ", missing)} from {corsCase.Method} {corsCase.Path}: headers.get() returns null",
                    actual, exposed.Headers.Where(h => h.Name.Equals("Access-Control-Expose-Headers", StringComparison.OrdinalIgnoreCase)).ToArray(), verdict,
                    browserMessage: "(no console message: response.headers.get('" + missing[0] + "') returns null)"));
        }

        if (corsCase.Family == CaseFamily.Vary && actual?.Response is { } withOrigin && control?.Response is { } withoutOrigin)
        {
            var dependsOnOrigin = withOrigin.Headers.Combined(Acao) != withoutOrigin.Headers.Combined(Acao);
            if (dependsOnOrigin && !VaryCoversOrigin(withOrigin) && !IsUncacheable(withOrigin))
                findings.Add(FindingFactory.ForCase(RuleIds.MissingVaryOrigin, Severity.Error, corsCase,
                    $"{corsCase.Method} {corsCase.Path} answers ACAO '{withOrigin.Headers.Combined(Acao)}' to {corsCase.Origin} and '{withoutOrigin.Headers.Combined(Acao) ?? "(none)"}' without Origin, but sends no 'Vary: Origin'",
                    actual, withOrigin.Headers.Where(h => h.Name.Equals(Acao, StringComparison.OrdinalIgnoreCase) || h.Name.Equals("Vary", StringComparison.OrdinalIgnoreCase) || h.Name.Equals("Cache-Control", StringComparison.OrdinalIgnoreCase)).ToArray(),
                    verdict, browserMessage: "(no console message until a cache replays this answer to another origin; then: The 'Access-Control-Allow-Origin' header has a value '...' that is not equal to the supplied origin.)"));
        }

        if (preflight?.Response is { } pre && actual?.Response is { } act)
        {
            var disagree = pre.Headers.Combined(Acao) != act.Headers.Combined(Acao)
                           || (request.IsCredentialed && pre.Headers.Combined(Acac) != act.Headers.Combined(Acac));
            if (disagree)
                findings.Add(FindingFactory.ForCase(RuleIds.PreflightActualDisagree, Severity.Warning, corsCase,
                    $"Preflight and actual response of {Describe(corsCase)} carry different CORS headers (ACAO '{pre.Headers.Combined(Acao)}' vs '{act.Headers.Combined(Acao)}')",
                    actual, CorsLines(act), verdict));
        }

        return findings.Count == 0
            ? new Judgement(verdict, [], true)
            : new Judgement(verdict, findings, !findings.Any(f => f.Severity == Severity.Error));
    }

    private static Exchange DecidingExchange(BrowserVerdict verdict, Exchange? preflight, Exchange? actual, IReadOnlyList<RedirectHop> redirects)
    {
        if (verdict.FinalUrl is { } final && redirects.LastOrDefault(h => h.Request.Url == final) is { } hop)
            return verdict.BlockedAtPreflight ? hop.Preflight! : hop.Actual!;
        return verdict.BlockedAtPreflight ? preflight! : actual!;
    }

    public static string Describe(CorsCase c) =>
        $"{c.Method} {c.Path} from {c.Origin}{(c.Credentials == CredentialsMode.Include ? " with credentials" : "")}";
}
