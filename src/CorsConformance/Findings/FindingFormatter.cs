using System.Text;
using CorsConformance.Http;
using CorsConformance.Probing;

namespace CorsConformance.Findings;

/// <summary>
/// Renders findings the way a failure message should read: the one-line verdict, what the browser prints, the evidence
/// (request and the response lines that decided it), why, the fix, and a curl command that reproduces it.
/// </summary>
public static class FindingFormatter
{
    /// <summary>Formats one finding.</summary>
    public static string Format(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = new StringBuilder();
        text.Append('[').Append(finding.Severity.ToString().ToLowerInvariant()).Append("] ")
            .Append(finding.RuleId).Append(": ").AppendLine(finding.Summary);
        if (finding.BrowserMessage is not null)
            text.Append("  Browser: ").AppendLine(finding.BrowserMessage);
        foreach (var evidence in finding.Evidence)
            AppendEvidence(text, evidence);
        text.Append("  Why: ").AppendLine(finding.Why);
        text.Append("  Fix: ").AppendLine(Indent(finding.Fix));
        if (finding.Curl is not null)
            text.Append("  Reproduce: ").AppendLine(finding.Curl);
        return text.ToString().TrimEnd();
    }

    /// <summary>Formats a case result: its outcome line, then each finding (or the reason it was not measured).</summary>
    public static string Format(CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append(result.Outcome switch
        {
            CaseOutcome.Passed => "PASSED ",
            CaseOutcome.Failed => "FAILED ",
            CaseOutcome.NotMeasured => "NOT MEASURED ",
            _ => "SKIPPED ",
        }).AppendLine(result.Case.Name);
        if (result.Note is not null) text.Append("  ").AppendLine(result.Note);
        foreach (var finding in result.Findings)
            text.AppendLine().AppendLine(Format(finding));
        if (result.Outcome == CaseOutcome.NotMeasured)
            foreach (var exchange in new[] { result.Preflight, result.Actual })
                if (exchange is not null) AppendEvidence(text, new Evidence(exchange.Request, exchange.Response, []));
        return text.ToString().TrimEnd();
    }

    private static void AppendEvidence(StringBuilder text, Evidence evidence)
    {
        text.AppendLine("  Evidence:");
        var request = evidence.Request;
        text.Append("    > ").Append(request.Method).Append(' ').AppendLine(request.Url.PathAndQuery);
        foreach (var header in request.Headers)
            text.Append("    > ").AppendLine(header.ToString());
        if (evidence.Response is null)
        {
            text.AppendLine("    < (no response)");
            return;
        }
        text.Append("    < ").Append(evidence.Response.Status);
        if (!string.IsNullOrEmpty(evidence.Response.ReasonPhrase)) text.Append(' ').Append(evidence.Response.ReasonPhrase);
        text.AppendLine();
        var deciding = evidence.DecidingHeaders;
        var shown = deciding.Count > 0 ? deciding : evidence.Response.Headers.Where(IsCorsRelevant).ToArray();
        if (shown.Count == 0) text.AppendLine("    < (no Access-Control-* headers)");
        foreach (var header in shown)
            text.Append("    < ").AppendLine(header.ToString());
    }

    private static bool IsCorsRelevant(HeaderLine line) =>
        line.Name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase)
        || line.Name.Equals("Vary", StringComparison.OrdinalIgnoreCase)
        || line.Name.Equals("Location", StringComparison.OrdinalIgnoreCase)
        || line.Name.Equals("Server", StringComparison.OrdinalIgnoreCase);

    private static string Indent(string text) => text.Replace("\n", "\n       ", StringComparison.Ordinal);
}
