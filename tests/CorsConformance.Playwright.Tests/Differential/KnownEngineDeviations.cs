namespace CorsConformance.Playwright.Tests.Differential;

/// <summary>
/// Corpus behaviours where the engine and Chromium are known to disagree, with the reason. The differential test fails when a
/// behaviour disagrees that is not listed here, and also when a listed one starts agreeing (then remove it from this list).
/// </summary>
internal static class KnownEngineDeviations
{
    public static readonly IReadOnlyDictionary<string, string> ByBehaviour = new Dictionary<string, string>
    {
        // Empty: the engine follows actual-request redirects since the probe records every hop (RedirectFollower).
    };
}
