using CorsConformance.Contract;
using CorsConformance.Findings;
using CorsConformance.Probing;
using CorsConformance.Rules;

namespace CorsConformance.Running;

/// <summary>The result of a whole run: every case, every finding (per-case and contract-wide), and counts.</summary>
public sealed record ConformanceReport
{
    /// <summary>The contract checked.</summary>
    public required CorsContract Contract { get; init; }

    /// <summary>The base URL probed.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>Every case result, in matrix order.</summary>
    public required IReadOnlyList<CaseResult> Cases { get; init; }

    /// <summary>Every finding: per-case findings followed by contract-wide ones.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>When the run started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>How long the run took.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Cases that got an answer (passed or failed).</summary>
    public int Measured => Cases.Count(c => c.Outcome is CaseOutcome.Passed or CaseOutcome.Failed);

    /// <summary>Cases that could not be measured.</summary>
    public int NotMeasured => Cases.Count(c => c.Outcome == CaseOutcome.NotMeasured);

    /// <summary>Findings at or above <paramref name="level"/>.</summary>
    public IEnumerable<Finding> AtOrAbove(Severity level) => Findings.Where(f => f.Severity >= level);
}
