using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Http;

namespace CorsConformance.Playwright.Confirmation;

/// <summary>One case run in real Chromium, next to the engine's prediction for the same server answers.</summary>
public sealed record BrowserConfirmation
{
    /// <summary>The case.</summary>
    public required CorsCase Case { get; init; }

    /// <summary>The request as issued (its URL carries the per-case <c>cc</c> query).</summary>
    public required CorsRequest Request { get; init; }

    /// <summary>What Chromium did and why.</summary>
    public required BrowserObservation Browser { get; init; }

    /// <summary>The engine's prediction, or null when it could not predict (see <see cref="EngineError"/>).</summary>
    public BrowserVerdict? Engine { get; init; }

    /// <summary>Why the engine gave no prediction, or null.</summary>
    public string? EngineError { get; init; }

    /// <summary>The raw preflight exchange the engine judged (recorded with HttpClient), when one was due.</summary>
    public Exchange? Preflight { get; init; }

    /// <summary>The raw actual exchange the engine judged, when recorded.</summary>
    public Exchange? Actual { get; init; }

    /// <summary>Accepted/blocked agreement between the engine and Chromium.</summary>
    public required Agreement Agreement { get; init; }

    /// <summary>When both blocked: whether the engine's rule id names Chromium's <c>corsError</c> (null when not both blocked).</summary>
    public bool? RuleAgrees { get; init; }

    /// <summary>When both blocked: whether the engine's predicted console detail equals Chromium's, byte for byte (null when not both blocked).</summary>
    public bool? DetailAgrees { get; init; }

    /// <summary>The failure message naming both sides when they disagree (or cannot be compared), else null.</summary>
    public string? Disagreement { get; init; }

    /// <summary>True when Chromium did what the case expects (accepted or blocked); null when Chromium could not run it.</summary>
    public bool? ExpectationMet => Browser.Outcome switch
    {
        BrowserOutcome.Accepted => Case.Expected == ExpectedOutcome.Accepted,
        BrowserOutcome.Blocked or BrowserOutcome.NetworkError => Case.Expected == ExpectedOutcome.Blocked,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Case.Name}: {Browser.Describe()}{(Disagreement is null ? "" : " | " + Disagreement)}";
}
