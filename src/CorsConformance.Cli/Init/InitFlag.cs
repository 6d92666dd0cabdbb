using CorsConformance.Rules;

namespace CorsConformance.Cli.Init;

/// <summary>Something unsafe (or surprising) the server does today, found while drafting a contract.</summary>
internal sealed record InitFlag(string RuleId, Severity Severity, string Path, string Message)
{
    public override string ToString() =>
        $"{(Severity == Severity.Error ? "unsafe" : "warning")}: {RuleId} on {Path}: {Message} (cors-conformance explain {RuleId})";
}
