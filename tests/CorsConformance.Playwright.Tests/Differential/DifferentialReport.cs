using System.Text;
using CorsConformance.Browser;
using CorsConformance.Playwright.Confirmation;

namespace CorsConformance.Playwright.Tests.Differential;

/// <summary>
/// The engine-vs-Chromium report: agreement rates, every disagreement written out in full (behaviour, request, engine
/// verdict and detail, Chromium corsError and console text), and the catalogue of Chromium's exact sentences per error.
/// </summary>
internal static class DifferentialReport
{
    public sealed record Rates(int Compared, int KindAgree, int BothBlocked, int RuleAgree, int DetailAgree, int NotCompared)
    {
        public string Summary =>
            $"engine vs Chromium: verdict kind {KindAgree}/{Compared} ({Percent(KindAgree, Compared)}); among {BothBlocked} both-blocked: "
            + $"rule id {RuleAgree}/{BothBlocked} ({Percent(RuleAgree, BothBlocked)}), console detail {DetailAgree}/{BothBlocked} ({Percent(DetailAgree, BothBlocked)}); "
            + $"not compared: {NotCompared}";
    }

    public static Rates Measure(IReadOnlyList<DifferentialRow> rows)
    {
        var compared = rows.Where(r => r.Result.Agreement != Agreement.NotCompared).ToList();
        var bothBlocked = compared.Where(r => r.Result.Agreement == Agreement.Agree && r.Result.Engine!.Kind == VerdictKind.Blocked).ToList();
        return new Rates(
            compared.Count,
            compared.Count(r => r.Result.Agreement == Agreement.Agree),
            bothBlocked.Count,
            bothBlocked.Count(r => r.Result.RuleAgrees == true),
            bothBlocked.Count(r => r.Result.DetailAgrees == true),
            rows.Count - compared.Count);
    }

    public static string Render(IReadOnlyList<DifferentialRow> rows, int behaviourCount, string chromiumVersion, TimeSpan elapsed)
    {
        var rates = Measure(rows);
        var sb = new StringBuilder();
        sb.AppendLine("# Engine vs Chromium differential report");
        sb.AppendLine();
        sb.AppendLine($"Chromium {chromiumVersion}; {behaviourCount} server behaviours × {RequestShapes.All.Count} request shapes = {rows.Count} cases; {elapsed.TotalSeconds:0.0} s.");
        sb.AppendLine();
        sb.AppendLine(rates.Summary);
        sb.AppendLine();

        sb.AppendLine("## Known engine deviations");
        sb.AppendLine();
        foreach (var (name, reason) in KnownEngineDeviations.ByBehaviour)
            sb.AppendLine($"- [{name}]: {reason}");
        sb.AppendLine();
        Section(sb, "Verdict-kind disagreements", rows.Where(r => r.Result.Agreement == Agreement.Disagree), Full);
        Section(sb, "Not compared", rows.Where(r => r.Result.Agreement == Agreement.NotCompared), r => r.Result.Disagreement ?? "");
        Section(sb, "Both blocked, different rule id",
            rows.Where(r => r.Result.Agreement == Agreement.Agree && r.Result.RuleAgrees == false), Full);
        Section(sb, "Both blocked, different console detail",
            rows.Where(r => r.Result.Agreement == Agreement.Agree && r.Result.RuleAgrees == true && r.Result.DetailAgrees == false), DetailPair);
        Section(sb, "Preflight sent by Chromium but not predicted (or the reverse)",
            rows.Where(PreflightMismatch), r => $"{Cell(r)}: Chromium preflight sent = {r.Result.Browser.PreflightSent}");
        Section(sb, "Both accepted, different readable headers",
            rows.Where(ReadableMismatch),
            r => $"{Cell(r)}: engine (restricted to headers present) [{string.Join(", ", ExpectedReadable(r.Result.Engine!, r.Result.Actual!.Response!))}], Chromium [{string.Join(", ", r.Result.Browser.IteratedHeaders.Order(StringComparer.Ordinal))}]");

        sb.AppendLine("## Chromium's exact sentences per corsError");
        sb.AppendLine();
        foreach (var group in rows.Where(r => r.Result.Browser.Outcome == BrowserOutcome.Blocked)
                     .GroupBy(r => r.Result.Browser.CorsError ?? "(no corsError)").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine($"### {group.Key} → {ChromiumCorsErrors.RuleIdFor(group.Key) ?? "(unmapped)"} ({group.Count()} cases)");
            sb.AppendLine();
            foreach (var sentence in group.GroupBy(r => r.Result.Browser.ConsoleDetail ?? "(no console line)").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var example = sentence.First();
                sb.AppendLine($"- `{sentence.Key}` — {sentence.Count()}×, e.g. {Cell(example)} (failedParameter '{example.Result.Browser.FailedParameter}')");
            }
            sb.AppendLine();
        }

        var others = rows.SelectMany(r => r.Result.Browser.OtherMessages.Select(m => (Row: r, Message: m)))
            .GroupBy(x => x.Message.Replace(x.Row.Result.Request.Url.ToString(), "<url>", StringComparison.Ordinal)).ToList();
        if (others.Count > 0)
        {
            sb.AppendLine("## Other console lines and DevTools issues");
            sb.AppendLine();
            foreach (var g in others)
                sb.AppendLine($"- `{g.Key}` — {g.Count()}×, e.g. {Cell(g.First().Row)}");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    private static bool PreflightMismatch(DifferentialRow r)
    {
        if (r.Result.Browser.PreflightSent is not { } sent) return false;
        try
        {
            return BrowserModel.NeedsPreflight(r.Result.Request).Required != sent;
        }
        catch (NotImplementedException)
        {
            return false;
        }
    }

    /// <summary>
    /// The engine lists the names script may read; Chromium iterates the names present and readable. Compare the engine's list
    /// restricted to the names the recorded response carries with what Chromium iterated (redirected responses excluded).
    /// </summary>
    private static bool ReadableMismatch(DifferentialRow r) =>
        r.Result.Agreement == Agreement.Agree && r.Result.Engine!.Kind == VerdictKind.Accepted && !r.Result.Browser.Redirected
        && r.Result.Actual?.Response is { } actual
        && !ExpectedReadable(r.Result.Engine, actual).SequenceEqual(r.Result.Browser.IteratedHeaders.Order(StringComparer.Ordinal));

    private static IEnumerable<string> ExpectedReadable(BrowserVerdict engine, CorsConformance.Http.RecordedResponse actual)
    {
        var present = actual.Headers.Select(h => h.Name.ToLowerInvariant()).ToHashSet();
        return engine.ReadableResponseHeaders.Select(h => h.ToLowerInvariant()).Where(present.Contains).Distinct().Order(StringComparer.Ordinal);
    }

    private static void Section(StringBuilder sb, string title, IEnumerable<DifferentialRow> rows, Func<DifferentialRow, string> line)
    {
        var list = rows.ToList();
        sb.AppendLine($"## {title} ({list.Count})");
        sb.AppendLine();
        foreach (var r in list) sb.AppendLine("- " + line(r));
        sb.AppendLine();
    }

    private static string Cell(DifferentialRow r) => $"[{r.Behaviour.Name}] × [{r.Shape.Name}]";

    private static string Full(DifferentialRow r)
    {
        var engine = r.Result.Engine is { } e ? VerdictComparison.DescribeEngine(e) : r.Result.EngineError;
        return $"{Cell(r)}\n  - server: {r.Behaviour}\n  - request: {r.Shape.Method} credentials={r.Shape.Credentials} "
            + $"headers=[{string.Join(", ", r.Shape.Headers.Select(h => h.ToString()))}] from {r.Result.Request.Origin}"
            + $"\n  - recorded preflight: {Describe(r.Result.Preflight)}\n  - recorded actual: {Describe(r.Result.Actual)}"
            + $"\n  - engine: {engine}\n  - Chromium: {r.Result.Browser.Describe()}"
            + $" [corsError={r.Result.Browser.CorsError}, failedParameter='{r.Result.Browser.FailedParameter}', preflight sent={r.Result.Browser.PreflightSent}]"
            + $"\n  - console: {r.Result.Browser.ConsoleMessage ?? "(none)"}";
    }

    private static string DetailPair(DifferentialRow r) =>
        $"{Cell(r)}\n  - engine:   `{r.Result.Engine!.ChromiumDetail}`\n  - Chromium: `{r.Result.Browser.ConsoleDetail}`";

    private static string Describe(CorsConformance.Http.Exchange? exchange) => exchange switch
    {
        null => "(none)",
        { Response: null } => $"{exchange.Request.Method} → no response ({exchange.TransportError})",
        _ => $"{exchange.Request.Method} → {exchange.Response!.Status} [{string.Join("; ", exchange.Response.Headers.Where(h => h.Name.StartsWith("Access-Control", StringComparison.OrdinalIgnoreCase) || h.Name == "Location").Select(h => h.ToString()))}]",
    };

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:0.0}%";
}
