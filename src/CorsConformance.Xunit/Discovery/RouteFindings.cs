using System.Text;
using CorsConformance.Probing;
using CorsConformance.Rules;
using CorsConformance.Xunit.Rows;
using Xunit;

namespace CorsConformance.Xunit.Discovery;

/// <summary>Messages for route discovery: routes the contract forgot (<c>route-not-in-contract</c>) and probes of them.</summary>
internal static class RouteFindings
{
    public static void Judge(IReadOnlyList<DiscoveredRoute> uncovered, bool probed)
    {
        if (uncovered.Count == 0) return;
        var message = NotInContract(uncovered, probed);
        if (probed) TestContext.Current.AddWarning(message);
        else throw new CorsConformanceException(message);
    }

    public static string NotInContract(IReadOnlyList<DiscoveredRoute> uncovered, bool probed)
    {
        var rule = RuleCatalog.Get(RuleIds.RouteNotInContract);
        var text = new StringBuilder();
        text.Append("[warning] ").Append(RuleIds.RouteNotInContract).Append(": ").Append(uncovered.Count)
            .Append(uncovered.Count == 1 ? " route of the app is" : " routes of the app are")
            .AppendLine(" neither covered nor excluded by the contract");
        foreach (var route in uncovered)
            text.Append("    ").AppendLine(route.Display);
        if (probed) text.AppendLine("  Each was probed with the contract's defaults (DiscoveredRoute rows).");
        text.Append("  Why: ").AppendLine(rule.Why);
        text.Append("  Fix: ").AppendLine(rule.Fix);
        var first = uncovered[0];
        var methods = first.Methods.Count == 0 ? "" : ", " + string.Join(", ", first.Methods.Select(m => $"\"{m}\""));
        text.Append("       e.g. .Endpoint(\"").Append(first.SamplePath).Append('"').Append(methods)
            .Append(")  or  .Exclude(\"").Append(first.Template).Append("\")");
        return text.ToString();
    }

    public static void JudgeProbe(DiscoveredRoute route, IReadOnlyList<CaseResult> results)
    {
        var failed = results.Where(r => r.Outcome is CaseOutcome.Failed or CaseOutcome.NotMeasured).ToArray();
        foreach (var finding in results.Where(r => r.Outcome == CaseOutcome.Passed).SelectMany(r => r.Findings))
            TestContext.Current.AddWarning(FailureMessages.For(finding));
        if (failed.Length == 0) return;
        var text = new StringBuilder();
        text.Append("FAILED discovered route ").Append(route.Display).Append(", probed as ").Append(route.SamplePath)
            .Append(" with the contract's defaults: ").Append(failed.Length).Append(" of ").Append(results.Count)
            .AppendLine(" cases failed");
        foreach (var result in failed)
            text.AppendLine().AppendLine(FailureMessages.For(result));
        throw new CorsConformanceException(text.ToString().TrimEnd());
    }
}
