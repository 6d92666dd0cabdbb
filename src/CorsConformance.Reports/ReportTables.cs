using CorsConformance.Findings;
using CorsConformance.Probing;
using CorsConformance.Rules;
using CorsConformance.Running;

namespace CorsConformance.Reports;

/// <summary>The per-endpoint and per-rule rows shared by the text and Markdown reports.</summary>
internal static class ReportTables
{
    public sealed record EndpointRow(string Endpoint, int Cases, int Passed, int Failed, int NotMeasured, int Skipped, IReadOnlyList<string> Rules);

    public sealed record RuleRow(string RuleId, Severity Severity, int Count, IReadOnlyList<string> Endpoints, string? Title);

    public static IReadOnlyList<EndpointRow> Endpoints(ConformanceReport report)
    {
        var paths = report.Cases.Select(c => c.Case.Path)
            .Concat(report.Findings.Select(f => f.Endpoint))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return paths.Select(path =>
        {
            var cases = report.Cases.Where(c => c.Case.Path == path).ToList();
            int Count(CaseOutcome o) => cases.Count(c => c.Outcome == o);
            var rules = report.Findings.Where(f => f.Endpoint == path)
                .GroupBy(f => f.RuleId, StringComparer.Ordinal)
                .OrderByDescending(g => g.Max(f => f.Severity)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Count() == 1 ? g.Key : $"{g.Key} x{g.Count()}")
                .ToList();
            return new EndpointRow(path, cases.Count, Count(CaseOutcome.Passed), Count(CaseOutcome.Failed), Count(CaseOutcome.NotMeasured), Count(CaseOutcome.Skipped), rules);
        }).ToList();
    }

    public static IReadOnlyList<RuleRow> Rules(ConformanceReport report) =>
        report.Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => new RuleRow(
                g.Key,
                g.Max(f => f.Severity),
                g.Count(),
                g.Select(f => f.Endpoint).Distinct(StringComparer.Ordinal).ToList(),
                RuleCatalog.TryGet(g.Key, out var info) ? info.Title : null))
            .OrderByDescending(r => r.Severity).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .ToList();

    /// <summary>Findings, most severe first, then by endpoint and rule; the run's order otherwise.</summary>
    public static IReadOnlyList<Finding> Ordered(ConformanceReport report) =>
        report.Findings.OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Endpoint, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();

    /// <summary>Cases that were not measured, with why.</summary>
    public static IReadOnlyList<CaseResult> NotMeasured(ConformanceReport report) =>
        report.Cases.Where(c => c.Outcome == CaseOutcome.NotMeasured).ToList();
}
