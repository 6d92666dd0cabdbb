namespace CorsConformance.Playwright.Session;

/// <summary>The command-line switches Chromium is launched with.</summary>
internal static class ChromiumArguments
{
    /// <summary>
    /// Quiet, CI-safe switches, plus <c>LocalNetworkAccessChecks</c> disabled: without it Chromium 142+ blocks a public-looking
    /// page (https://app.example.com) from calling a loopback server, which says nothing about the server's CORS; and HTTPS
    /// upgrades disabled, or Chromium rewrites a plain-http origin page (http://app.example.com, the http-origin-trusted probe)
    /// to https, where no route serves it (net::ERR_NAME_NOT_RESOLVED).
    /// </summary>
    public static IReadOnlyList<string> Default { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-features=LocalNetworkAccessChecks,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
    ];
}
