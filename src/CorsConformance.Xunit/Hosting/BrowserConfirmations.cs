using CorsConformance.Probing;
using CorsConformance.Running;

namespace CorsConformance.Xunit.Hosting;

/// <summary>
/// Real-browser confirmation of one test class: once every case has its engine result, all of them are confirmed
/// together (batched per origin by the confirmer) against the app on its real socket, and each row reads its own.
/// </summary>
internal sealed class BrowserConfirmations(VerdictConfirmerSource source, Uri baseUrl)
{
    private readonly Lock _gate = new();
    private Task<IReadOnlyDictionary<string, VerdictConfirmation>>? _all;

    /// <summary>The confirmation of <paramref name="caseName"/>; throws <see cref="VerdictConfirmerUnavailableException"/> when no browser can start.</summary>
    public async Task<VerdictConfirmation> OfAsync(string caseName, Func<Task<IReadOnlyList<CaseResult>>> allResults, CancellationToken cancellationToken)
    {
        lock (_gate) _all ??= ConfirmAllAsync(allResults);
        var all = await _all.WaitAsync(cancellationToken).ConfigureAwait(false);
        return all[caseName];
    }

    private async Task<IReadOnlyDictionary<string, VerdictConfirmation>> ConfirmAllAsync(Func<Task<IReadOnlyList<CaseResult>>> allResults)
    {
        var confirmer = await source(CancellationToken.None).ConfigureAwait(false);
        var results = (await allResults().ConfigureAwait(false)).ToArray(); // the confirmer reads them more than once
        var confirmations = await confirmer.ConfirmAsync(baseUrl, results, CancellationToken.None).ConfigureAwait(false);
        return confirmations.ToDictionary(c => c.Case.Name, StringComparer.Ordinal);
    }
}
