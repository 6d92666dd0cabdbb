namespace CorsConformance.Reports.Json;

// The JSON report's shape. Property names are written camelCase; the schema is schema/cors-conformance-report.schema.json.
// Changing a name or removing a property is a breaking change: bump SchemaVersion and the schema together.

internal sealed record JsonReportDocument(
    string SchemaVersion,
    JsonTool Tool,
    string BaseUrl,
    DateTimeOffset StartedAt,
    long DurationMs,
    JsonSummary Summary,
    IReadOnlyList<JsonFinding> Findings,
    IReadOnlyList<JsonCase> Cases,
    JsonBrowser? Browser);

internal sealed record JsonTool(string Name, string Version);

internal sealed record JsonSummary(
    string Result,
    string FailOn,
    int Cases,
    int Measured,
    int NotMeasured,
    int Passed,
    int Failed,
    int Skipped,
    JsonFindingCounts Findings);

internal sealed record JsonFindingCounts(int Total, int Error, int Warning, int Info, int AtOrAboveFailLevel);

internal sealed record JsonFinding(
    string RuleId,
    string Severity,
    string Summary,
    string? Case,
    string Endpoint,
    string? Method,
    string? Origin,
    string? Credentials,
    string? PredictedVerdict,
    string? BrowserMessage,
    IReadOnlyList<JsonEvidence> Evidence,
    string Why,
    string Fix,
    string? Curl);

internal sealed record JsonEvidence(JsonRequest Request, JsonResponse? Response, IReadOnlyList<JsonHeader> DecidingHeaders);

internal sealed record JsonRequest(string Method, string Url, IReadOnlyList<JsonHeader> Headers, string? Body);

internal sealed record JsonResponse(int Status, string? ReasonPhrase, IReadOnlyList<JsonHeader> Headers);

internal sealed record JsonHeader(string Name, string Value);

internal sealed record JsonCase(
    string Name,
    string Family,
    string Endpoint,
    string Method,
    string Origin,
    string Credentials,
    string Expected,
    string Outcome,
    JsonVerdict? Verdict,
    IReadOnlyList<string> RuleIds,
    string? Note);

internal sealed record JsonVerdict(string Kind, string? RuleId, string? ChromiumDetail);

internal sealed record JsonBrowser(
    string Browser,
    int Confirmed,
    int Agreed,
    int Disagreed,
    int NotCompared,
    int NotRun,
    IReadOnlyList<JsonBrowserCase> Cases);

internal sealed record JsonBrowserCase(string Kind, string Severity, string Case, string Endpoint, string Message);
