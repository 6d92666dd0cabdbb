using CorsConformance.Probing;

namespace CorsConformance.Running;

/// <summary>
/// Confirms the engine's results in a real client (CorsConformance.Playwright implements it with Chromium). The engine and
/// the test front doors know only this seam, so a user who never opts into a browser never downloads one.
/// </summary>
public interface IVerdictConfirmer
{
    /// <summary>What confirms, e.g. <c>Chromium 156.0.8078.79 (/usr/bin/chromium)</c>.</summary>
    string Description { get; }

    /// <summary>
    /// Re-runs each result's case against <paramref name="baseUrl"/> (a server on a real socket) and compares what the
    /// client did with the engine's verdict; one confirmation per result, in order.
    /// </summary>
    /// <param name="baseUrl">The API's base URL on a real socket.</param>
    /// <param name="results">The engine's results to confirm.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    Task<IReadOnlyList<VerdictConfirmation>> ConfirmAsync(Uri baseUrl, IReadOnlyList<CaseResult> results, CancellationToken cancellationToken);
}

/// <summary>
/// Starts the shared confirmer of a run. Throws <see cref="VerdictConfirmerUnavailableException"/> (whose message says how
/// to install or point at the client) when it cannot start.
/// </summary>
/// <param name="cancellationToken">Cancels the start.</param>
public delegate Task<IVerdictConfirmer> VerdictConfirmerSource(CancellationToken cancellationToken);
