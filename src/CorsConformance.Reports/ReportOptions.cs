using CorsConformance.Http;
using CorsConformance.Rules;

namespace CorsConformance.Reports;

/// <summary>How a report is written.</summary>
public sealed record ReportOptions
{
    /// <summary>Findings at or above this severity fail the run (and fail their JUnit test case). Default: error.</summary>
    public Severity FailOn { get; init; } = Severity.Error;

    /// <summary>Headers added to every request (API keys, cookies): their values are replaced by <c>***</c> everywhere in the report.</summary>
    public IReadOnlyList<HeaderLine> SecretHeaders { get; init; } = [];

    /// <summary>The contract file the run checked, as the user named it; SARIF results point at it. Null when unknown.</summary>
    public string? ContractPath { get; init; }

    /// <summary>Text format only: use ANSI colours and Unicode borders (for a terminal). Default false: plain text.</summary>
    public bool Color { get; init; }

    /// <summary>Text format only: the width tables are laid out for. Default 120.</summary>
    public int Width { get; init; } = 120;

    /// <summary>The result of confirming the cases in a real browser, or null when no browser was used.</summary>
    public BrowserCheck? Browser { get; init; }

    /// <summary>The tool version written into JSON and SARIF; defaults to this assembly's version.</summary>
    public string? ToolVersion { get; init; }
}
