namespace CorsConformance.Playwright.Confirmation;

/// <summary>Whether the engine's predicted verdict and Chromium's real behaviour agree on accepted vs blocked.</summary>
public enum Agreement
{
    /// <summary>Both accepted, or both blocked.</summary>
    Agree,
    /// <summary>One accepted and the other blocked: a bug in the engine (or a deviation to record).</summary>
    Disagree,
    /// <summary>No comparison possible: the engine could not predict, or Chromium could not run the case.</summary>
    NotCompared,
}
