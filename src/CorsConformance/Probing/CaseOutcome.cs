namespace CorsConformance.Probing;

/// <summary>How one case ended.</summary>
public enum CaseOutcome
{
    /// <summary>Measured; the server keeps the contract for this case.</summary>
    Passed,
    /// <summary>Measured; at least one finding at error severity (or the expected outcome was not met).</summary>
    Failed,
    /// <summary>Could not be measured (unreachable, timeout, redirect followed by the client, ...): never a pass.</summary>
    NotMeasured,
    /// <summary>Deliberately not run (e.g. unsafe actual request against a live server): only what could be measured safely was.</summary>
    Skipped,
}
