using System.CommandLine;
using CorsConformance.Rules;

namespace CorsConformance.Cli.Commands;

/// <summary><c>cors-conformance explain RULE-ID</c>: the rule, what Chromium prints, why it matters and how to fix it.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string?>("RULE-ID")
        {
            Description = "A rule id from a report, e.g. wildcard-with-credentials. Omit it to list every rule.",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "RULE-ID",
        };
        id.CompletionSources.Add(_ => RuleCatalog.All.Select(r => new System.CommandLine.Completions.CompletionItem(r.Id)));
        var command = new Command("explain", "Explain a rule: what it checks, the message Chromium prints, why it matters, and the fixes.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var raw = parse.GetValue(id);
            var text = string.IsNullOrWhiteSpace(raw) ? List() : Explain(raw);
            await environment.Out.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Passed;
        });
        return command;
    }

    public static string Explain(string raw)
    {
        if (!RuleSuggestions.TryFind(raw, out var rule))
            throw CliException.Usage($"unknown rule id '{raw}'; closest: {string.Join(", ", RuleSuggestions.Closest(raw))} (run 'cors-conformance explain' to list every rule).");
        var text = new System.Text.StringBuilder();
        text.Append(rule.Id).Append(": ").Append(rule.Title).Append('\n');
        text.Append("Severity: ").Append(rule.DefaultSeverity.ToString().ToLowerInvariant()).Append(" (").Append(rule.Section).Append(" rule)\n\n");
        text.Append("Browser message (Chromium): ");
        text.Append(rule.ChromiumMessage switch
        {
            null => "none: the browser prints nothing for this one, which is why it goes unnoticed.",
            var message when rule.DefaultSeverity == Severity.Error =>
                $"Access to fetch at '<url>' from origin '<origin>' has been blocked by CORS policy: {message}",
            var message => $"(console warning, the request still succeeds) {message}",
        }).Append("\n\n");
        text.Append("Why it matters:\n  ").Append(rule.Why).Append("\n\n");
        text.Append("Fix:\n  ").Append(rule.Fix).Append('\n');
        return text.ToString();
    }

    public static string List()
    {
        var width = RuleCatalog.All.Max(r => r.Id.Length);
        var text = new System.Text.StringBuilder("Rules (cors-conformance explain RULE-ID for details):\n");
        foreach (var rule in RuleCatalog.All)
            text.Append("  ").Append(rule.Id.PadRight(width)).Append("  ").Append(rule.DefaultSeverity.ToString().ToLowerInvariant().PadRight(7)).Append("  ").Append(rule.Title).Append('\n');
        return text.ToString();
    }
}
