namespace CorsConformance.Reports;

/// <summary>
/// The outcome of re-running a report's cases as real <c>fetch()</c> calls in Chromium (<c>check --browser</c>): how many were
/// confirmed and the cases worth reading. Library-neutral: filled in by the front door that drives the browser.
/// </summary>
public sealed record BrowserCheck
{
    /// <summary>The browser and version, e.g. <c>Chromium 156.0.8078.73</c>.</summary>
    public required string Browser { get; init; }

    /// <summary>Cases run in the browser.</summary>
    public int Confirmed { get; init; }

    /// <summary>Cases where the browser did what the engine predicted (accepted or blocked).</summary>
    public int Agreed { get; init; }

    /// <summary>Cases where the browser and the engine disagree.</summary>
    public int Disagreed { get; init; }

    /// <summary>Cases that could not be compared (the browser could not run them, e.g. an extension origin).</summary>
    public int NotCompared { get; init; }

    /// <summary>Cases not run in the browser on purpose (unsafe methods against a live server without the contract's opt-in).</summary>
    public int NotRun { get; init; }

    /// <summary>The cases worth reading: disagreements, and contract expectations the browser did not meet.</summary>
    public IReadOnlyList<BrowserCheckCase> Cases { get; init; } = [];

    /// <summary>Cases of <see cref="BrowserCheckKind.ExpectationNotMet"/>: the browser broke the contract where the engine saw no problem.</summary>
    public int ExpectationsNotMet => Cases.Count(c => c.Kind == BrowserCheckKind.ExpectationNotMet);
}

/// <summary>Why a browser-checked case is listed.</summary>
public enum BrowserCheckKind
{
    /// <summary>The browser and the engine disagree on accepted vs blocked, but the browser still did what the contract expects.</summary>
    Disagreement,
    /// <summary>The browser did not do what the contract expects (e.g. blocked an allowed origin) while the engine predicted it would: an error.</summary>
    ExpectationNotMet,
}

/// <summary>One listed browser-checked case.</summary>
/// <param name="Kind">Why it is listed.</param>
/// <param name="CaseName">The case.</param>
/// <param name="Endpoint">The endpoint path.</param>
/// <param name="Message">What the browser did and what the engine predicted, in one line.</param>
public sealed record BrowserCheckCase(BrowserCheckKind Kind, string CaseName, string Endpoint, string Message);
