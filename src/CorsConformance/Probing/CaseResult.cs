using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Findings;
using CorsConformance.Http;

namespace CorsConformance.Probing;

/// <summary>What happened to one case: the exchanges recorded, the browser verdict and the findings.</summary>
public sealed record CaseResult
{
    /// <summary>The case.</summary>
    public required CorsCase Case { get; init; }

    /// <summary>Passed, failed, not measured or skipped.</summary>
    public required CaseOutcome Outcome { get; init; }

    /// <summary>The preflight exchange, when one was due and sent.</summary>
    public Exchange? Preflight { get; init; }

    /// <summary>The actual exchange, when sent.</summary>
    public Exchange? Actual { get; init; }

    /// <summary>The redirects of the actual request the probe followed, as a browser would (empty when none).</summary>
    public IReadOnlyList<RedirectHop> Redirects { get; init; } = [];

    /// <summary>The browser model's verdict, when measured.</summary>
    public BrowserVerdict? Verdict { get; init; }

    /// <summary>Findings this case revealed (per-case rules).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Why the case was not measured or skipped, or null.</summary>
    public string? Note { get; init; }
}
