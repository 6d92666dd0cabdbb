using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Probing;
using CorsConformance.Rules;

namespace CorsConformance.Reports;

/// <summary>The stable lowercase words every report uses for the engine's enums.</summary>
internal static class ReportWords
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string Of(CredentialsMode credentials) => credentials switch
    {
        CredentialsMode.Include => "include",
        CredentialsMode.Omit => "omit",
        _ => "same-origin",
    };

    public static string Of(VerdictKind verdict) => verdict == VerdictKind.Accepted ? "accepted" : "blocked";

    public static string Of(ExpectedOutcome expected) => expected == ExpectedOutcome.Accepted ? "accepted" : "blocked";

    public static string Of(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Passed => "passed",
        CaseOutcome.Failed => "failed",
        CaseOutcome.NotMeasured => "not-measured",
        _ => "skipped",
    };

    public static string Of(CaseFamily family) => family switch
    {
        CaseFamily.Preflight => "preflight",
        CaseFamily.Actual => "actual",
        CaseFamily.Credentials => "credentials",
        CaseFamily.ExposedHeaders => "exposed-headers",
        CaseFamily.Vary => "vary",
        CaseFamily.ErrorPath => "error-path",
        CaseFamily.AttackerOrigin => "attacker-origin",
        CaseFamily.WebSocket => "websocket",
        _ => family.ToString().ToLowerInvariant(),
    };

    /// <summary>"1 error", "2 warnings".</summary>
    public static string Count(int n, string noun) => n == 1 || noun == "info" ? $"{n} {noun}" : $"{n} {noun}s";
}
