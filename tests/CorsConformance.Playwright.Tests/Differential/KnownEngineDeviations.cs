namespace CorsConformance.Playwright.Tests.Differential;

/// <summary>
/// Corpus behaviours where the engine and Chromium are known to disagree, with the reason. The differential test fails when a
/// behaviour disagrees that is not listed here, and also when a listed one starts agreeing (then remove it from this list).
/// </summary>
internal static class KnownEngineDeviations
{
    public static readonly IReadOnlyDictionary<string, string> ByBehaviour = new Dictionary<string, string>
    {
        ["actual 307 with CORS headers to a path without CORS"] =
            "BrowserModel.Evaluate judges one actual response and the probe does not follow redirects: the 307 itself passes the "
            + "CORS check, so the engine says Accepted; Chromium follows the redirect (and sends a new preflight for preflighted "
            + "requests) and blocks at the target, which has no ACAO. Fix: the probe records every hop of a same-origin redirect "
            + "chain and the model evaluates the chain (the first failing hop decides, with ' (redirected from ...)' in the message).",
    };
}
