using System.Text;
using CorsConformance.Probing;
using CorsConformance.Rules;
using CorsConformance.Xunit.Rows;
using Xunit;

namespace CorsConformance.Xunit.Discovery;

/// <summary>Messages for route discovery: routes the contract forgot (<c>route-not-in-contract</c>) and probes of them.</summary>
internal static class RouteFindings
{
    public static void FailIfAny(IReadOnlyList<DiscoveredRoute> uncovered)
    {
        if (uncovered.Count > 0) throw new CorsConformanceException(NotInContract(uncovered, probed: false));
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
        if (probed) text.AppendLine("  Each was probed with the contract's defaults (ProbeDiscoveredRoutes).");
        text.Append("  Why: ").AppendLine(rule.Why);
        text.Append("  Fix: ").AppendLine(rule.Fix);
        var first = uncovered[0];
        var methods = first.Methods.Count == 0 ? "" : ", " + string.Join(", ", first.Methods.Select(m => $"\"{m}\""));
        text.Append("       e.g. .Endpoint(\"").Append(first.SamplePath).Append('"').Append(methods)
            .Append(")  or  .Exclude(\"").Append(first.Template).Append("\")");
        return text.ToString();
    }

    /// <summary>Fails when a forgotten route breaks CORS under the contract's defaults; otherwise lists them as a warning.</summary>
    public static void JudgeProbes(IReadOnlyList<RouteProbe> probes)
    {
        if (probes.Count == 0) return;
        foreach (var finding in probes.SelectMany(p => p.Results).Where(r => r.Outcome == CaseOutcome.Passed).SelectMany(r => r.Findings))
            TestContext.Current.AddWarning(FailureMessages.For(finding));
        var text = new StringBuilder();
        foreach (var probe in probes)
        {
            var failed = probe.Results.Where(r => r.Outcome is CaseOutcome.Failed or CaseOutcome.NotMeasured).ToArray();
            if (failed.Length == 0) continue;
            text.Append("FAILED discovered route ").Append(probe.Route.Display).Append(", probed as ").Append(probe.Route.SamplePath)
                .Append(" with the contract's defaults: ").Append(failed.Length).Append(" of ").Append(probe.Results.Count)
                .AppendLine(" cases failed");
            foreach (var result in failed)
                text.AppendLine().AppendLine(FailureMessages.For(result));
            text.AppendLine();
        }
        var notInContract = NotInContract(probes.Select(p => p.Route).ToArray(), probed: true);
        var unprobed = probes.Where(p => p.Results.Count == 0).Select(p => p.Route.Display).ToArray();
        if (unprobed.Length > 0)
            notInContract += Environment.NewLine + "  Not probed (none of their methods is in the contract's AllowedMethods): " + string.Join("; ", unprobed);
        if (text.Length == 0)
        {
            TestContext.Current.AddWarning(notInContract);
            return;
        }
        throw new CorsConformanceException(text.Append(notInContract).ToString());
    }
}
