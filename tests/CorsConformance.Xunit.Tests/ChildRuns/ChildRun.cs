using System.Xml.Linq;

namespace CorsConformance.Xunit.Tests.ChildRuns;

/// <summary>What a child test process reported: its rows (from <c>-xml</c>), its console output and exit code.</summary>
internal sealed class ChildRun(IReadOnlyList<RowResult> rows, string output, int exitCode)
{
    public IReadOnlyList<RowResult> Rows { get; } = rows;

    public string Output { get; } = output;

    public int ExitCode { get; } = exitCode;

    public IReadOnlyList<RowResult> Of(string className)
    {
        var rows = Rows.Where(r => r.Class == className).ToArray();
        if (rows.Length == 0)
            throw new InvalidOperationException($"The child run has no row of {className}. Output:{Environment.NewLine}{Output}");
        return rows;
    }

    public RowResult Row(string className, string name) =>
        Of(className).SingleOrDefault(r => r.Name == name)
        ?? throw new InvalidOperationException($"{className} has no row named '{name}'. Rows:{Environment.NewLine}" +
                                               string.Join(Environment.NewLine, Of(className).Select(r => "  " + r.Name)));

    public IReadOnlyList<string> FailedNames(string className) =>
        Of(className).Where(r => r.Failed).Select(r => r.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Reads an xunit v2-format XML report (what <c>-xml</c> writes).</summary>
    public static IReadOnlyList<RowResult> ParseXml(string path) =>
        XDocument.Load(path).Descendants("test").Select(test => new RowResult(
            Class: ((string?)test.Attribute("type") ?? "").Split('.')[^1],
            Method: (string?)test.Attribute("method") ?? "",
            Name: Unescape((string?)test.Attribute("name")) ?? "",
            Result: (string?)test.Attribute("result") ?? "",
            Message: Unescape(test.Element("failure")?.Element("message")?.Value),
            SkipReason: Unescape(test.Element("reason")?.Value),
            Warnings: test.Element("warnings")?.Elements("warning").Select(w => Unescape(w.Value)!).ToArray() ?? [])).ToArray();

    // xunit's XML report escapes quotes and backslashes inside messages.
    private static string? Unescape(string? value) => value?.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
}
