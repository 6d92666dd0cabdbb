using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CorsConformance.Findings;
using CorsConformance.Probing;
using CorsConformance.Running;

namespace CorsConformance.Reports.Junit;

/// <summary>
/// JUnit XML in the de-facto (Jenkins/Ant) shape: one <c>testsuite</c> per run, one <c>testcase</c> per conformance case
/// (classname = endpoint), plus one per contract-wide finding. A case fails when its outcome is failed or it carries a finding
/// at or above the fail level; not measured is an <c>error</c>; skipped is <c>skipped</c>.
/// </summary>
internal static class JunitReportWriter
{
    public static string Render(ConformanceReport report, RunGate gate, BrowserCheck? browser = null)
    {
        var testcases = report.Cases.Select(c => CaseElement(c, gate)).ToList();
        testcases.AddRange(report.Findings.Where(f => f.CaseName is null).Select(f => ContractWideElement(f, gate)));
        if (browser is not null) testcases.Add(BrowserElement(browser));

        int Count(string child) => testcases.Count(t => t.Element(child) is not null);
        var failures = Count("failure");
        var errors = Count("error");
        var skipped = Count("skipped");
        var time = Seconds(report.Duration);

        var suite = new XElement("testsuite",
            new XAttribute("name", $"CORS conformance of {report.BaseUrl}"),
            new XAttribute("tests", testcases.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", errors),
            new XAttribute("skipped", skipped),
            new XAttribute("time", time),
            new XAttribute("timestamp", report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            new XElement("properties",
                Property("baseUrl", report.BaseUrl.ToString()),
                Property("failOn", ReportWords.Of(gate.FailOn)),
                Property("result", gate.Headline()),
                Property("tool", $"{ToolInfo.Name} {ToolInfo.Version}")),
            testcases);

        var root = new XElement("testsuites",
            new XAttribute("name", ToolInfo.Name),
            new XAttribute("tests", testcases.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", errors),
            new XAttribute("skipped", skipped),
            new XAttribute("time", time),
            suite);

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), settings))
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        return builder.ToString() + "\n";
    }

    private static XElement CaseElement(CaseResult result, RunGate gate)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", ClassName(result.Case.Path)),
            new XAttribute("name", Clean(result.Case.Name)),
            new XAttribute("time", Seconds((result.Preflight?.Elapsed ?? TimeSpan.Zero) + (result.Actual?.Elapsed ?? TimeSpan.Zero))));

        var failing = result.Findings.Where(f => f.Severity >= gate.FailOn).ToList();
        switch (result.Outcome)
        {
            case CaseOutcome.NotMeasured:
                element.Add(new XElement("error",
                    new XAttribute("message", Clean($"not measured: {result.Note ?? "no response"}")),
                    new XAttribute("type", "not-measured"),
                    Clean(Transport(result))));
                break;
            case CaseOutcome.Skipped:
                element.Add(new XElement("skipped", new XAttribute("message", Clean(result.Note ?? "skipped"))));
                break;
            default:
                if (failing.Count > 0 || result.Outcome == CaseOutcome.Failed)
                {
                    var first = failing.FirstOrDefault() ?? result.Findings.FirstOrDefault();
                    var message = first?.Summary
                        ?? (result.Verdict?.ChromiumDetail is { } detail ? $"{result.Verdict.RuleId}: {detail}" : $"expected {ReportWords.Of(result.Case.Expected)}");
                    element.Add(new XElement("failure",
                        new XAttribute("message", Clean(message)),
                        new XAttribute("type", first?.RuleId ?? result.Verdict?.RuleId ?? "cors-conformance"),
                        Clean(string.Join("\n\n", (failing.Count > 0 ? failing : result.Findings).Select(FindingText)))));
                }
                break;
        }

        var below = result.Findings.Where(f => f.Severity < gate.FailOn).ToList();
        if (below.Count > 0)
            element.Add(new XElement("system-out", Clean(string.Join("\n\n", below.Select(FindingText)))));
        return element;
    }

    private static XElement ContractWideElement(Finding finding, RunGate gate)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", ClassName(finding.Endpoint)),
            new XAttribute("name", Clean($"{finding.RuleId} {finding.Endpoint}")),
            new XAttribute("time", "0"));
        if (finding.Severity >= gate.FailOn)
            element.Add(new XElement("failure", new XAttribute("message", Clean(finding.Summary)), new XAttribute("type", finding.RuleId), Clean(FindingText(finding))));
        else
            element.Add(new XElement("system-out", Clean(FindingText(finding))));
        return element;
    }

    /// <summary>One test case for the browser confirmation: failed when the browser broke the contract, disagreements in system-out.</summary>
    private static XElement BrowserElement(BrowserCheck browser)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", "cors.browser"),
            new XAttribute("name", Clean($"{browser.Browser} confirms the engine's verdicts")),
            new XAttribute("time", "0"));
        var errors = browser.Cases.Where(c => c.Kind == BrowserCheckKind.ExpectationNotMet).ToList();
        if (errors.Count > 0)
            element.Add(new XElement("failure",
                new XAttribute("message", Clean($"{errors.Count} case(s) broke the contract in {browser.Browser} although the engine predicted they would not: {errors[0].CaseName}")),
                new XAttribute("type", "browser-expectation-not-met"),
                Clean(string.Join("\n", errors.Select(c => $"{c.CaseName}: {c.Message}")))));
        var summary = $"{browser.Confirmed} cases run in {browser.Browser}: {browser.Agreed} agree, {browser.Disagreed} disagree, {browser.NotCompared} not compared, {browser.NotRun} not run (unsafe methods against a live server)";
        var disagreements = browser.Cases.Where(c => c.Kind == BrowserCheckKind.Disagreement).Select(c => $"{c.CaseName}: {c.Message}");
        element.Add(new XElement("system-out", Clean(string.Join("\n", new[] { summary }.Concat(disagreements)))));
        return element;
    }

    private static string FindingText(Finding f)
    {
        var text = new StringBuilder();
        text.Append('[').Append(ReportWords.Of(f.Severity)).Append("] ").Append(f.RuleId).Append(": ").Append(f.Summary).Append('\n');
        if (f.BrowserMessage is not null) text.Append("Chromium: ").Append(f.BrowserMessage).Append('\n');
        if (f.Evidence.Count > 0) text.Append(EvidenceText.Render(f.Evidence)).Append('\n');
        text.Append("Why: ").Append(f.Why).Append('\n');
        text.Append("Fix: ").Append(f.Fix).Append('\n');
        if (f.Curl is not null) text.Append("Reproduce: ").Append(f.Curl).Append('\n');
        return text.ToString().TrimEnd('\n');
    }

    private static string Transport(CaseResult result) =>
        string.Join("\n", new[] { result.Preflight, result.Actual }
            .Where(e => e is not null)
            .Select(e => $"{e!.Request.Method} {e.Request.Url}: {e.TransportError ?? (e.Response is null ? "no response" : $"HTTP {e.Response.Status}")}"));

    private static string ClassName(string path) => "cors" + (string.IsNullOrEmpty(path) || path == "/" ? ".root" : path.Replace('/', '.'));

    private static XElement Property(string name, string value) => new("property", new XAttribute("name", name), new XAttribute("value", Clean(value)));

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML 1.0 cannot carry (e.g. a NUL or ESC a broken server sent back).</summary>
    private static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var clean = new StringBuilder(text.Length);
        foreach (var c in text) clean.Append(XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD');
        return clean.ToString();
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
