using System.Text;
using CorsConformance.Findings;
using CorsConformance.Probing;

namespace CorsConformance.Xunit.Rows;

/// <summary>The one place failure text is produced (the core's <see cref="FindingFormatter"/>).</summary>
internal static class FailureMessages
{
    public static string For(CaseResult result) => FindingFormatter.Format(result);

    public static string For(Finding finding) => FindingFormatter.Format(finding);

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
