using CorsConformance.Http;

namespace CorsConformance.Findings;

/// <summary>The request and response lines that decided a finding.</summary>
/// <param name="Request">The request that was sent (preflight or actual).</param>
/// <param name="Response">The response received, or null when none arrived.</param>
/// <param name="DecidingHeaders">The response header lines that decided it (e.g. both ACAO lines), possibly empty.</param>
public sealed record Evidence(RecordedRequest Request, RecordedResponse? Response, IReadOnlyList<HeaderLine> DecidingHeaders);
