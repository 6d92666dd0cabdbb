using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Http;
using CorsConformance.Rules;

namespace CorsConformance.Findings;

/// <summary>Builds findings with the rule's reason and fix, the evidence, the browser message and a curl reproduction.</summary>
internal static class FindingFactory
{
    public static Finding ForCase(
        string ruleId,
        Severity severity,
        CorsCase corsCase,
        string summary,
        Exchange deciding,
        IReadOnlyList<HeaderLine> decidingHeaders,
        BrowserVerdict? verdict = null,
        string? browserMessage = null,
        string? extraWhy = null)
    {
        var rule = RuleCatalog.Get(ruleId);
        var stackFix = StackAdvice.For(ruleId, deciding.Response);
        return new Finding
        {
            RuleId = ruleId,
            Severity = severity,
            Summary = summary,
            CaseName = corsCase.Name,
            Endpoint = corsCase.Path,
            Method = corsCase.Method,
            Origin = corsCase.Origin,
            Credentials = corsCase.Credentials,
            PredictedVerdict = verdict?.Kind,
            BrowserMessage = browserMessage ?? verdict?.ChromiumConsoleMessage(deciding.Request.Url, corsCase.Origin),
            Why = extraWhy is null ? rule.Why : extraWhy + " " + rule.Why,
            Fix = stackFix is null ? rule.Fix : rule.Fix + Environment.NewLine + stackFix,
            Evidence = [new Evidence(deciding.Request, deciding.Response, decidingHeaders)],
            Curl = CurlCommand.For(deciding.Request),
        };
    }

    public static Finding ContractWide(string ruleId, Severity severity, string endpoint, string summary, Exchange deciding, IReadOnlyList<HeaderLine> decidingHeaders, string? extraWhy = null)
    {
        var rule = RuleCatalog.Get(ruleId);
        var stackFix = StackAdvice.For(ruleId, deciding.Response);
        return new Finding
        {
            RuleId = ruleId,
            Severity = severity,
            Summary = summary,
            Endpoint = endpoint,
            Method = deciding.Request.Method,
            Origin = deciding.Request.Headers.Combined("Origin"),
            Why = extraWhy is null ? rule.Why : extraWhy + " " + rule.Why,
            Fix = stackFix is null ? rule.Fix : rule.Fix + Environment.NewLine + stackFix,
            Evidence = [new Evidence(deciding.Request, deciding.Response, decidingHeaders)],
            Curl = CurlCommand.For(deciding.Request),
        };
    }
}
