namespace CorsConformance.Reports;

/// <summary>The report formats a conformance run can be written in.</summary>
public enum ReportFormat
{
    /// <summary>For people: summary tables per endpoint and rule, then each finding with its evidence, fix and curl.</summary>
    Text,
    /// <summary>Stable JSON (schema: <see cref="ReportSchemas.JsonReport"/>).</summary>
    Json,
    /// <summary>JUnit XML: one test case per conformance case.</summary>
    Junit,
    /// <summary>SARIF 2.1.0 for code-scanning dashboards.</summary>
    Sarif,
    /// <summary>Markdown for a CI job summary.</summary>
    Markdown,
}
