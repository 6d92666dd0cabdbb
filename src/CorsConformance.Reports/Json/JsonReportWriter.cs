using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CorsConformance.Findings;
using CorsConformance.Http;
using CorsConformance.Probing;
using CorsConformance.Running;

namespace CorsConformance.Reports.Json;

/// <summary>Writes the stable JSON report (see <see cref="ReportSchemas.JsonReport"/>).</summary>
internal static class JsonReportWriter
{
    public const string SchemaVersion = "1.0";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(ConformanceReport report, RunGate gate, string toolVersion, BrowserCheck? browser = null) =>
        JsonSerializer.Serialize(Document(report, gate, toolVersion, browser), Options);

    public static JsonReportDocument Document(ConformanceReport report, RunGate gate, string toolVersion, BrowserCheck? browser = null) => new(
        SchemaVersion,
        new JsonTool(ToolInfo.Name, toolVersion),
        report.BaseUrl.ToString(),
        report.StartedAt,
        (long)report.Duration.TotalMilliseconds,
        new JsonSummary(
            gate.Outcome switch
            {
                GateOutcome.Passed => "passed",
                GateOutcome.FindingsAtFailLevel => "failed",
                _ => "not-measured",
            },
            ReportWords.Of(gate.FailOn), gate.Cases, gate.Measured, gate.NotMeasured, gate.Passed, gate.Failed, gate.Skipped,
            new JsonFindingCounts(gate.TotalFindings, gate.Errors, gate.Warnings, gate.Infos, gate.AtOrAboveFailLevel)),
        report.Findings.Select(Finding).ToList(),
        report.Cases.Select(Case).ToList(),
        browser is null ? null : new JsonBrowser(browser.Browser, browser.Confirmed, browser.Agreed, browser.Disagreed, browser.NotCompared, browser.NotRun,
            browser.Cases.Select(c => new JsonBrowserCase(
                c.Kind == BrowserCheckKind.ExpectationNotMet ? "expectation-not-met" : "disagreement",
                c.Kind == BrowserCheckKind.ExpectationNotMet ? "error" : "warning",
                c.CaseName, c.Endpoint, c.Message)).ToList()));

    private static JsonFinding Finding(Finding f) => new(
        f.RuleId,
        ReportWords.Of(f.Severity),
        f.Summary,
        f.CaseName,
        f.Endpoint,
        f.Method,
        f.Origin,
        f.Credentials is { } c ? ReportWords.Of(c) : null,
        f.PredictedVerdict is { } v ? ReportWords.Of(v) : null,
        f.BrowserMessage,
        f.Evidence.Select(Evidence).ToList(),
        f.Why,
        f.Fix,
        f.Curl);

    private static JsonEvidence Evidence(Evidence e) => new(
        new JsonRequest(e.Request.Method, e.Request.Url.ToString(), Headers(e.Request.Headers), e.Request.Body),
        e.Response is null ? null : new JsonResponse(e.Response.Status, e.Response.ReasonPhrase, Headers(e.Response.Headers)),
        Headers(e.DecidingHeaders));

    private static List<JsonHeader> Headers(IReadOnlyList<HeaderLine> lines) => lines.Select(l => new JsonHeader(l.Name, l.Value)).ToList();

    private static JsonCase Case(CaseResult r) => new(
        r.Case.Name,
        ReportWords.Of(r.Case.Family),
        r.Case.Path,
        r.Case.Method,
        r.Case.Origin,
        ReportWords.Of(r.Case.Credentials),
        ReportWords.Of(r.Case.Expected),
        ReportWords.Of(r.Outcome),
        r.Verdict is null ? null : new JsonVerdict(ReportWords.Of(r.Verdict.Kind), r.Verdict.RuleId, r.Verdict.ChromiumDetail),
        r.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToList(),
        r.Note);
}
