namespace CorsConformance.Playwright.Locating;

/// <summary>The outcome of looking for a Chromium executable: where it is and how it was found, or why none was found.</summary>
public sealed record ChromiumLocation
{
    /// <summary>The executable, or null when none was found.</summary>
    public string? ExecutablePath { get; init; }

    /// <summary>Where the path came from (e.g. "option ExecutablePath", "environment CORS_CONFORMANCE_BROWSER", "system path"), or null.</summary>
    public string? Source { get; init; }

    /// <summary>When none was found: what was searched and exactly how to install or configure a browser.</summary>
    public string? Reason { get; init; }

    /// <summary>Every candidate path that was checked, in order.</summary>
    public IReadOnlyList<string> Searched { get; init; } = [];

    /// <summary>True when an executable was found.</summary>
    public bool Found => ExecutablePath is not null;

    /// <inheritdoc />
    public override string ToString() => Found ? $"Chromium at {ExecutablePath} ({Source})" : Reason ?? "No Chromium found.";
}
