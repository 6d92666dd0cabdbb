using CorsConformance.Playwright.Locating;
using CorsConformance.Playwright.Tests.Server;

[assembly: AssemblyFixture(typeof(CorsConformance.Playwright.Tests.ChromiumFixture))]

namespace CorsConformance.Playwright.Tests;

/// <summary>
/// One Chromium and one behaviour server for the whole test assembly. When no Chromium exists the browser tests are skipped
/// with the locator's install instructions, except in CI (CI=true or CORS_CONFORMANCE_REQUIRE_BROWSER=1), where they fail.
/// A Chromium that exists but does not start is always a failure, never a skip.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private BrowserConfirmer? _confirmer;
    private string? _unavailable;
    private string? _launchFailure;

    public BehaviourServer Server { get; private set; } = null!;

    public BrowserConfirmer Confirmer
    {
        get
        {
            if (_confirmer is not null) return _confirmer;
            if (_launchFailure is not null)
                Assert.Fail(_launchFailure);
            if (RequireBrowser)
                Assert.Fail($"The browser tests must run here (CI), but: {_unavailable}");
            Assert.Skip(_unavailable!);
            return null!;
        }
    }

    private static bool RequireBrowser =>
        Environment.GetEnvironmentVariable("CORS_CONFORMANCE_REQUIRE_BROWSER") == "1"
        || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        Server = await BehaviourServer.StartAsync();
        var location = ChromiumLocator.Locate();
        if (!location.Found)
        {
            _unavailable = location.Reason;
            return;
        }
        try
        {
            _confirmer = await BrowserConfirmer.StartAsync(new BrowserConfirmerOptions { ExecutablePath = location.ExecutablePath });
        }
        catch (BrowserUnavailableException e)
        {
            _launchFailure = e.Message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_confirmer is not null) await _confirmer.DisposeAsync();
        if (Server is not null) await Server.DisposeAsync();
    }
}
