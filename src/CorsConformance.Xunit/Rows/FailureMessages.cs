using System.Text;
using CorsConformance.Findings;
using CorsConformance.Probing;
using CorsConformance.Running;
using CorsConformance.Xunit.Hosting;

namespace CorsConformance.Xunit.Rows;

/// <summary>The one place failure text is produced (the core's <see cref="FindingFormatter"/>).</summary>
internal static class FailureMessages
{
    public static string For(CaseResult result) => FindingFormatter.Format(result);

    public static string For(Finding finding) => FindingFormatter.Format(finding);

    /// <summary>What the browser did with a case the engine failed (appended to the engine's message), or nothing.</summary>
    public static string InTheBrowser(BrowserCheck? browser) => browser?.Confirmation is { } confirmation
        ? Environment.NewLine + Environment.NewLine + (confirmation.Agrees == false ? "  The browser DISAGREES: " + confirmation.Disagreement : "  In the browser: " + confirmation.Observed)
        : "";

    public static string BrowserDisagrees(CaseResult result, VerdictConfirmation confirmation) => new StringBuilder()
        .Append("FAILED in the browser ").AppendLine(result.Case.Name)
        .AppendLine("  The engine passed this case, but the browser did otherwise (an engine bug to report, or a browser deviation):")
        .Append("  ").AppendLine(confirmation.Disagreement ?? confirmation.Observed)
        .Append("  Browser: ").Append(confirmation.Observed)
        .ToString();

    public static string ContractWideNotMeasured(string endpoint, ContractWideOutcome outcome)
    {
        var first = outcome.NotMeasured[0];
        return new StringBuilder()
            .Append("NOT MEASURED contract-wide ").Append(endpoint).Append(": ").Append(outcome.NotMeasured.Count).Append(" of ")
            .Append(outcome.CaseCount).AppendLine(" cases of this endpoint could not be measured, so its contract-wide checks were not made.")
            .Append("  First: ").Append(first.Case.Name).Append(" - ").AppendLine(first.Note ?? "no response")
            .Append("  Fix: make the server reachable from the test run (base URL, network, timeouts in ConfigureRun), then run again.")
            .ToString();
    }

    public static string ContractWide(string endpoint, IReadOnlyList<Finding> findings)
    {
        var text = new StringBuilder();
        text.Append("FAILED contract-wide ").Append(endpoint).Append(": ").Append(findings.Count)
            .AppendLine(findings.Count == 1 ? " finding" : " findings");
        foreach (var finding in findings)
            text.AppendLine().AppendLine(For(finding));
        return text.ToString().TrimEnd();
    }
}
