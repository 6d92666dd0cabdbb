using CorsConformance.Reports.Json;
using CorsConformance.Reports.Junit;
using CorsConformance.Reports.Markdown;
using CorsConformance.Reports.Redaction;
using CorsConformance.Reports.Sarif;
using CorsConformance.Reports.Text;
using CorsConformance.Running;

namespace CorsConformance.Reports;

/// <summary>Writes a <see cref="ConformanceReport"/> in any <see cref="ReportFormat"/>, with secret header values redacted.</summary>
public static class ConformanceReportWriter
{
    /// <summary>Renders <paramref name="report"/> as text in <paramref name="format"/>.</summary>
    public static string Render(ConformanceReport report, ReportFormat format, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= new ReportOptions();
        var redactor = new SecretRedactor(options.SecretHeaders);
        var safe = redactor.Report(report);
        var gate = RunGate.Evaluate(safe, options.FailOn, options.Browser);
        var browser = options.Browser is null ? null : options.Browser with { Cases = [.. options.Browser.Cases.Select(c => c with { Message = redactor.Text(c.Message) })] };
        var version = options.ToolVersion ?? ToolInfo.Version;
        var text = format switch
        {
            ReportFormat.Json => JsonReportWriter.Render(safe, gate, version, browser) + "\n",
            ReportFormat.Junit => JunitReportWriter.Render(safe, gate, browser),
            ReportFormat.Sarif => SarifReportWriter.Render(safe, gate, version, options.ContractPath, browser) + "\n",
            ReportFormat.Markdown => MarkdownReportWriter.Render(safe, gate, browser),
            _ => RenderText(safe, gate, options, browser),
        };
        // Belt and braces: a secret value that reached the output through a field the structural pass does not know is masked here.
        return redactor.Text(text);
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    public static void Write(ConformanceReport report, ReportFormat format, TextWriter writer, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Render(report, format, options));
        writer.Flush();
    }

    private static string RenderText(ConformanceReport report, RunGate gate, ReportOptions options, BrowserCheck? browser)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        TextReportWriter.Write(report, gate, writer, options.Color, options.Width, browser);
        return writer.ToString();
    }
}
