using System.Reflection;

namespace CorsConformance.Reports;

/// <summary>The tool's name and version as written into machine-readable reports.</summary>
internal static class ToolInfo
{
    public const string Name = "cors-conformance";

    public const string InformationUri = "https://github.com/corsconformance/corsconformance";

    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational)) return typeof(ToolInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal); // drop the source revision suffix
        return plus < 0 ? informational : informational[..plus];
    }
}
