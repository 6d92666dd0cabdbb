using CorsConformance.Cases;

namespace CorsConformance.Running;

/// <summary>One case as a real client (a browser) ran it, compared with the engine's verdict.</summary>
public sealed record VerdictConfirmation
{
    /// <summary>The case.</summary>
    public required CorsCase Case { get; init; }

    /// <summary>True when the client did what the engine predicted; false when not; null when no comparison was possible.</summary>
    public required bool? Agrees { get; init; }

    /// <summary>One line: what the client did and why, e.g. <c>Chromium: blocked (PreflightMissingAllowOriginHeader)</c>.</summary>
    public required string Observed { get; init; }

    /// <summary>When <see cref="Agrees"/> is false or null: the message naming both sides, or why no comparison was possible.</summary>
    public string? Disagreement { get; init; }
}
