namespace CorsConformance.Reports;

/// <summary>The published schemas of the machine-readable reports.</summary>
public static class ReportSchemas
{
    /// <summary>The JSON Schema (draft 2020-12) of the JSON report.</summary>
    public static string JsonReport => ReadResource("CorsConformance.Reports.cors-conformance-report.schema.json");

    private static string ReadResource(string name)
    {
        using var stream = typeof(ReportSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {typeof(ReportSchemas).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
