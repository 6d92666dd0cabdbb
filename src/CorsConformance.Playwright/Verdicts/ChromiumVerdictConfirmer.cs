using CorsConformance.Cases;
using CorsConformance.Playwright.Confirmation;
using CorsConformance.Probing;
using CorsConformance.Running;

namespace CorsConformance.Playwright.Verdicts;

/// <summary>
/// The engine's <see cref="IVerdictConfirmer"/> seam over a <see cref="BrowserConfirmer"/>: HTTP cases are fetched from pages
/// at their origins (batched per origin), WebSocket cases are opened from a page at the attacker origin.
/// </summary>
internal sealed class ChromiumVerdictConfirmer(BrowserConfirmer browser) : IVerdictConfirmer
{
    public string Description => $"Chromium {browser.BrowserVersion} ({browser.ExecutablePath})";

    public async Task<IReadOnlyList<VerdictConfirmation>> ConfirmAsync(Uri baseUrl, IReadOnlyList<CaseResult> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var confirmations = new VerdictConfirmation[results.Count];
        var fetched = new List<int>();
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            if (result.Outcome is CaseOutcome.NotMeasured or CaseOutcome.Skipped)
                confirmations[i] = NotCompared(result.Case, "the engine did not measure this case, so there is nothing to compare");
            else if (result.Case.Family == CaseFamily.WebSocket)
                confirmations[i] = await ConfirmWebSocketAsync(baseUrl, result, cancellationToken).ConfigureAwait(false);
            else
                fetched.Add(i);
        }

        var browserResults = await browser.ConfirmAsync(baseUrl, fetched.Select(i => results[i]), cancellationToken).ConfigureAwait(false);
        for (var k = 0; k < fetched.Count; k++)
            confirmations[fetched[k]] = From(browserResults[k]);
        return confirmations;
    }

    private VerdictConfirmation From(BrowserConfirmation confirmation)
    {
        var observed = $"Chromium {browser.BrowserVersion}: {confirmation.Browser.Describe()}";
        bool? agrees = confirmation.Agreement switch
        {
            Agreement.Agree => confirmation.RuleAgrees != false && confirmation.DetailAgrees != false,
            Agreement.Disagree => false,
            _ => null,
        };
        return new VerdictConfirmation
        {
            Case = confirmation.Case,
            Agrees = agrees,
            Observed = observed,
            Disagreement = agrees == true ? null : confirmation.Disagreement ?? observed,
        };
    }

    private async Task<VerdictConfirmation> ConfirmWebSocketAsync(Uri baseUrl, CaseResult result, CancellationToken cancellationToken)
    {
        var url = new Uri(baseUrl, result.Case.Path);
        var observation = await browser.OpenWebSocketAsync(url, result.Case.Origin, cancellationToken).ConfigureAwait(false);
        var observed = $"Chromium {browser.BrowserVersion}: {observation.Describe()}";
        if (observation.Error is not null && !observation.Opened)
            return NotCompared(result.Case, observed);
        // The engine fails a WebSocket case exactly when the foreign upgrade was accepted.
        var engineSaysOpened = result.Outcome == CaseOutcome.Failed;
        var agrees = observation.Opened == engineSaysOpened;
        return new VerdictConfirmation
        {
            Case = result.Case,
            Agrees = agrees,
            Observed = observed,
            Disagreement = agrees ? null :
                $"The engine says the upgrade from '{result.Case.Origin}' was {(engineSaysOpened ? "accepted" : "refused")}, but in Chromium it was {(observation.Opened ? "accepted" : "refused")}: {observation.Describe()}",
        };
    }

    private static VerdictConfirmation NotCompared(CorsCase corsCase, string why) => new()
    {
        Case = corsCase,
        Agrees = null,
        Observed = why,
        Disagreement = "Not compared in Chromium: " + why,
    };
}
