using CorsConformance.Http;
using CorsConformance.Reports;
using CorsConformance.Rules;

namespace CorsConformance.Cli.Commands;

/// <summary>The validated options of <c>check</c>.</summary>
internal sealed record CheckSettings(
    string ContractPath,
    Uri BaseUrl,
    ReportFormat Format,
    string? OutputPath,
    IReadOnlyList<HeaderLine> Headers,
    Severity FailOn,
    TimeSpan Timeout,
    int Concurrency,
    int Retries,
    bool Browser = false,
    string? BrowserPath = null);
