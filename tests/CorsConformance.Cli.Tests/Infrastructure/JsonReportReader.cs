using System.Text.Json.Nodes;

namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>Reads what tests assert on from a JSON report that has already been validated against its schema.</summary>
public static class JsonReportReader
{
    public static IReadOnlyList<string> RuleIds(JsonNode report, string? severity = null) =>
        report["findings"]!.AsArray()
            .Where(f => severity is null || f!["severity"]!.GetValue<string>() == severity)
            .Select(f => f!["ruleId"]!.GetValue<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static int Summary(JsonNode report, string field) => report["summary"]![field]!.GetValue<int>();

    public static string Result(JsonNode report) => report["summary"]!["result"]!.GetValue<string>();
}
