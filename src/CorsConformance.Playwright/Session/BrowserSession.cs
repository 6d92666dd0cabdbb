using CorsConformance.Playwright.Locating;
using Microsoft.Playwright;

namespace CorsConformance.Playwright.Session;

/// <summary>One Chromium for a whole run: launched once, shared by every origin page, closed at the end.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private int _caseCounter;

    private BrowserSession(IPlaywright playwright, IBrowser browser, string executablePath, string runToken)
    {
        _playwright = playwright;
        Browser = browser;
        ExecutablePath = executablePath;
        RunToken = runToken;
    }

    public IBrowser Browser { get; }

    public string ExecutablePath { get; }

    /// <summary>Random per launch: case URLs carry it so no preflight cached by an earlier run can answer for this one.</summary>
    public string RunToken { get; }

    /// <summary>A new token for one case URL (<c>run-n</c>), unique within this browser.</summary>
    public string NextCaseToken() => $"{RunToken}-{Interlocked.Increment(ref _caseCounter)}";

    /// <summary>Finds and launches Chromium; throws <see cref="BrowserUnavailableException"/> with the fix when it cannot.</summary>
    public static async Task<BrowserSession> LaunchAsync(BrowserConfirmerOptions options)
    {
        var location = ChromiumLocator.Locate(options.ExecutablePath);
        if (!location.Found)
            throw new BrowserUnavailableException(location.Reason!);

        IPlaywright playwright;
        try
        {
            playwright = await Microsoft.Playwright.Playwright.CreateAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            throw new BrowserUnavailableException(
                $"Microsoft.Playwright's driver could not start ({e.Message}). The driver ships in the NuGet package and is copied to "
                + "'.playwright' next to your test assembly; make sure that folder exists in the output directory.", e);
        }

        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = location.ExecutablePath,
                Headless = options.Headless,
                Args = [.. ChromiumArguments.Default, .. options.ExtraArguments],
            }).ConfigureAwait(false);
            return new BrowserSession(playwright, browser, location.ExecutablePath!, Guid.NewGuid().ToString("N")[..8]);
        }
        catch (Exception e)
        {
            playwright.Dispose();
            throw new BrowserUnavailableException(
                $"Chromium at '{location.ExecutablePath}' (found via {location.Source}) did not start: {FirstLine(e.Message)}. "
                + $"Check that it runs (`{location.ExecutablePath} --headless --no-sandbox --dump-dom about:blank`), "
                + $"or point {ChromiumLocator.BrowserVariable} at another Chromium.", e);
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Browser.CloseAsync().ConfigureAwait(false);
        }
        finally
        {
            _playwright.Dispose();
        }
    }
}
