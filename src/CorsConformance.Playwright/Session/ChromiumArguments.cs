namespace CorsConformance.Playwright.Session;

/// <summary>The command-line switches Chromium is launched with.</summary>
internal static class ChromiumArguments
{
    /// <summary>
    /// Quiet, CI-safe switches, plus <c>LocalNetworkAccessChecks</c> disabled: without it Chromium 142+ blocks a public-looking
    /// page (https://app.example.com) from calling a loopback server, which says nothing about the server's CORS.
    /// </summary>
    public static IReadOnlyList<string> Default { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-features=LocalNetworkAccessChecks",
    ];
}
