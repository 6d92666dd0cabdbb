using CorsConformance.Findings;
using CorsConformance.Running;
using Spectre.Console;

namespace CorsConformance.Reports.Text;

/// <summary>The report for people: verdict, a table per endpoint and per rule, then every finding with evidence, fix and curl.</summary>
internal static class TextReportWriter
{
    public static void Write(ConformanceReport report, RunGate gate, TextWriter writer, bool color, int width, BrowserCheck? browser = null)
    {
        var console = new Lines(ConsoleFactory.Create(writer, color, width), writer, color);
        var headlineStyle = gate.Outcome switch
        {
            GateOutcome.Passed => "green",
            GateOutcome.FindingsAtFailLevel => "red",
            _ => "yellow",
        };

        console.MarkupLine($"[bold]CORS conformance of {Markup.Escape(report.BaseUrl.ToString())}[/]");
        console.MarkupLine($"[{headlineStyle}]{Markup.Escape(gate.Headline())}[/]");
        console.WriteLine();

        var endpoints = ReportTables.Endpoints(report);
        if (endpoints.Count > 0)
        {
            var table = new Table().Title("By endpoint").AddColumns("Endpoint", "Cases", "Passed", "Failed", "Not measured", "Skipped", "Rules broken");
            foreach (var i in Enumerable.Range(1, 5)) table.Columns[i].RightAligned();
            foreach (var row in endpoints)
                table.AddRow(Cell(row.Endpoint), Cell(row.Cases), Cell(row.Passed), Count(row.Failed, "red"), Count(row.NotMeasured, "yellow"), Cell(row.Skipped),
                    Cell(row.Rules.Count == 0 ? "-" : string.Join(", ", row.Rules)));
            console.Table(table);
        }

        var rules = ReportTables.Rules(report);
        if (rules.Count > 0)
        {
            var table = new Table().Title("By rule").AddColumns("Rule", "Severity", "Findings", "Endpoints", "What");
            table.Columns[2].RightAligned();
            foreach (var row in rules)
                table.AddRow(Cell(row.RuleId), Severity(row.Severity), Cell(row.Count), Cell(string.Join(", ", row.Endpoints)), Cell(row.Title ?? ""));
            console.Table(table);
        }

        var ordered = ReportTables.Ordered(report);
        if (ordered.Count > 0)
        {
            console.MarkupLine("[bold]Findings[/]");
            var n = 0;
            foreach (var finding in ordered)
                WriteFinding(console, ++n, finding);
        }

        if (browser is not null)
        {
            console.MarkupLine($"[bold]Confirmed in {Markup.Escape(browser.Browser)}[/]");
            console.MarkupLine(Markup.Escape($"  {browser.Confirmed} cases run as real fetch() calls: {browser.Agreed} agree with the engine, {browser.Disagreed} disagree, " +
                                             $"{browser.NotCompared} not compared, {browser.NotRun} not run (unsafe methods against a live server)"));
            foreach (var c in browser.Cases)
                console.MarkupLine(c.Kind == BrowserCheckKind.ExpectationNotMet
                    ? $"  - [red]error[/] {Markup.Escape(Printable.Of(c.CaseName))}: {Markup.Escape(Printable.Of(c.Message))}"
                    : $"  - [yellow]warning[/] {Markup.Escape(Printable.Of(c.CaseName))}: {Markup.Escape(Printable.Of(c.Message))}");
            console.WriteLine();
        }

        var notMeasured = ReportTables.NotMeasured(report);
        if (notMeasured.Count > 0)
        {
            console.MarkupLine("[bold yellow]Not measured[/]");
            foreach (var c in notMeasured)
                console.MarkupLine($"  - {Markup.Escape(Printable.Of(c.Case.Name))}: {Markup.Escape(Printable.Of(c.Note ?? "no response"))}");
            console.WriteLine();
        }

        console.MarkupLine($"[{headlineStyle}]{Markup.Escape(gate.Headline())}[/]");
    }

    private static void WriteFinding(Lines console, int n, Finding f)
    {
        var style = f.Severity switch
        {
            Rules.Severity.Error => "red",
            Rules.Severity.Warning => "yellow",
            _ => "blue",
        };
        console.MarkupLine($"{n,3}. [{style}]{ReportWords.Of(f.Severity)}[/] [bold]{Markup.Escape(f.RuleId)}[/]: {Markup.Escape(Printable.Of(f.Summary))}");
        if (f.BrowserMessage is not null) Field(console, "Chromium", f.BrowserMessage);
        if (f.Evidence.Count > 0)
        {
            console.MarkupLine("     Evidence:");
            foreach (var line in Printable.Of(EvidenceText.Render(f.Evidence)).Split('\n'))
                console.MarkupLine("       " + Markup.Escape(line));
        }
        Field(console, "Why", f.Why);
        Field(console, "Fix", f.Fix);
        if (f.Curl is not null) Field(console, "Reproduce", f.Curl);
        console.WriteLine();
    }

    /// <summary>A labelled field; continuation lines of a multi-line value stay indented under it.</summary>
    private static void Field(Lines console, string label, string text) =>
        console.MarkupLine($"     [dim]{label}:[/] {Markup.Escape(Printable.Of(text.TrimEnd('\n')).Replace("\n", "\n       ", StringComparison.Ordinal))}");

    private static Markup Cell(string text) => new(Markup.Escape(Printable.Of(text)));

    private static Markup Cell(int n) => new(n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Markup Count(int n, string style) => n == 0 ? Cell(n) : new Markup($"[{style}]{n}[/]");

    private static Markup Severity(Rules.Severity severity) => severity switch
    {
        Rules.Severity.Error => new Markup("[red]error[/]"),
        Rules.Severity.Warning => new Markup("[yellow]warning[/]"),
        _ => new Markup("[blue]info[/]"),
    };

    /// <summary>
    /// Lines of the report: markup through Spectre in a terminal (colours, wrapping to the terminal), plain unwrapped text otherwise,
    /// so a CI log keeps each finding, evidence line and curl command on one line. Control characters a server sent are made visible.
    /// </summary>
    private sealed class Lines(IAnsiConsole console, TextWriter writer, bool color)
    {
        public void MarkupLine(string markup)
        {
            if (color) console.MarkupLine(markup);
            else writer.Write(Markup.Remove(markup) + "\n");
        }

        public void WriteLine()
        {
            if (color) console.WriteLine();
            else writer.Write("\n");
        }

        public void Table(Table table)
        {
            if (!color) table.Border(TableBorder.Ascii); // CI logs and files: no box-drawing characters
            console.Write(table);
            WriteLine();
        }
    }
}
