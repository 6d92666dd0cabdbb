namespace CorsConformance.Browser;

/// <summary>
/// A place where browsers do not follow the Fetch standard for this exchange
/// (e.g. <c>Access-Control-Allow-Headers: *</c> covering Authorization: spec-fail, browsers pass).
/// </summary>
/// <param name="RuleId">The catalog rule id.</param>
/// <param name="SpecVerdict">What the Fetch standard decides.</param>
/// <param name="ChromiumVerdict">What Chromium decides.</param>
/// <param name="Note">What the browser prints or why it matters (deprecation text, etc.).</param>
public sealed record EngineDeviation(string RuleId, VerdictKind SpecVerdict, VerdictKind ChromiumVerdict, string Note);
