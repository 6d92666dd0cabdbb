using System.Text;
using CorsConformance.Findings;
using CorsConformance.Running;

namespace CorsConformance.Reports.Markdown;

/// <summary>GitHub-flavoured Markdown for a CI job summary: the verdict, tables per endpoint and rule, each finding folded.</summary>
internal static class MarkdownReportWriter
{
    /// <summary>Beyond this many findings the rest are counted, not listed (job summaries have a size limit).</summary>
    public const int MaxDetailedFindings = 100;

    public static string Render(ConformanceReport report, RunGate gate, BrowserCheck? browser = null)
    {
        var md = new StringBuilder();
        var icon = gate.Outcome switch
        {
            GateOutcome.Passed => ":white_check_mark:",
            GateOutcome.FindingsAtFailLevel => ":x:",
            _ => ":warning:",
        };
        md.Append("## ").Append(icon).Append(" CORS conformance of `").Append(Code(report.BaseUrl.ToString())).Append("`\n\n");
        md.Append("**").Append(Cell(gate.Headline())).Append("**\n\n");

        md.Append("| Cases | Passed | Failed | Not measured | Skipped | Errors | Warnings | Info |\n");
        md.Append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.Append($"| {gate.Cases} | {gate.Passed} | {gate.Failed} | {gate.NotMeasured} | {gate.Skipped} | {gate.Errors} | {gate.Warnings} | {gate.Infos} |\n\n");

        var endpoints = ReportTables.Endpoints(report);
        if (endpoints.Count > 0)
        {
            md.Append("### By endpoint\n\n| Endpoint | Cases | Passed | Failed | Not measured | Skipped | Rules broken |\n|---|---:|---:|---:|---:|---:|---|\n");
            foreach (var row in endpoints)
                md.Append($"| `{Code(row.Endpoint)}` | {row.Cases} | {row.Passed} | {row.Failed} | {row.NotMeasured} | {row.Skipped} | {Cell(row.Rules.Count == 0 ? "-" : string.Join(", ", row.Rules))} |\n");
            md.Append('\n');
        }

        var rules = ReportTables.Rules(report);
        if (rules.Count > 0)
        {
            md.Append("### By rule\n\n| Rule | Severity | Findings | Endpoints | What |\n|---|---|---:|---|---|\n");
            foreach (var row in rules)
                md.Append($"| `{row.RuleId}` | {ReportWords.Of(row.Severity)} | {row.Count} | {Cell(string.Join(", ", row.Endpoints))} | {Cell(row.Title ?? "")} |\n");
            md.Append('\n');
        }

        var ordered = ReportTables.Ordered(report);
        if (ordered.Count > 0)
        {
            md.Append("### Findings\n\n");
            foreach (var finding in ordered.Take(MaxDetailedFindings))
                AppendFinding(md, finding);
            if (ordered.Count > MaxDetailedFindings)
                md.Append($"_…and {ordered.Count - MaxDetailedFindings} more; see the JSON or SARIF report for all of them._\n\n");
        }

        if (browser is not null)
        {
            md.Append("### Confirmed in ").Append(Cell(browser.Browser)).Append("\n\n");
            md.Append($"{browser.Confirmed} cases run as real `fetch()` calls: {browser.Agreed} agree with the engine, {browser.Disagreed} disagree, " +
                      $"{browser.NotCompared} not compared, {browser.NotRun} not run (unsafe methods against a live server).\n\n");
            foreach (var c in browser.Cases.Take(MaxDetailedFindings))
                md.Append("- **").Append(c.Kind == BrowserCheckKind.ExpectationNotMet ? "error" : "warning").Append("** ")
                  .Append(Cell(c.CaseName)).Append(": ").Append(Cell(c.Message)).Append('\n');
            if (browser.Cases.Count > 0) md.Append('\n');
        }

        var notMeasured = ReportTables.NotMeasured(report);
        if (notMeasured.Count > 0)
        {
            md.Append("### Not measured\n\n");
            foreach (var c in notMeasured.Take(MaxDetailedFindings))
                md.Append("- ").Append(Cell(c.Case.Name)).Append(": ").Append(Cell(c.Note ?? "no response")).Append('\n');
            if (notMeasured.Count > MaxDetailedFindings) md.Append($"- …and {notMeasured.Count - MaxDetailedFindings} more\n");
            md.Append('\n');
        }
        return md.ToString();
    }

    private static void AppendFinding(StringBuilder md, Finding f)
    {
        md.Append("<details><summary><b>").Append(Html(ReportWords.Of(f.Severity))).Append("</b> <code>").Append(Html(f.RuleId)).Append("</code> ")
          .Append(Html(f.Summary)).Append("</summary>\n\n");
        if (f.BrowserMessage is not null) md.Append("Chromium prints:\n\n").Append(Fence(f.BrowserMessage));
        if (f.Evidence.Count > 0) md.Append("Evidence:\n\n").Append(Fence(EvidenceText.Render(f.Evidence), "http"));
        md.Append("**Why:** ").Append(Printable.Of(f.Why)).Append("\n\n");
        md.Append("**Fix:** ").Append(Printable.Of(f.Fix)).Append("\n\n");
        if (f.Curl is not null) md.Append("Reproduce:\n\n").Append(Fence(f.Curl, "sh"));
        md.Append("</details>\n\n");
    }

    private static string Fence(string text, string language = "")
    {
        text = Printable.Of(text);
        var fence = "```";
        while (text.Contains(fence, StringComparison.Ordinal)) fence += "`";
        return $"{fence}{language}\n{text.TrimEnd('\n')}\n{fence}\n\n";
    }

    private static string Cell(string text) => Printable.Of(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Code(string text) => text.Replace("`", "'", StringComparison.Ordinal);

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(Printable.Of(text));
}
