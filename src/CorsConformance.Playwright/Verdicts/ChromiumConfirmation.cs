using System.Collections.Concurrent;
using CorsConformance.Running;

namespace CorsConformance.Playwright.Verdicts;

/// <summary>
/// Opts a test suite into real-browser confirmation:
/// <code>
/// public class ShopApiCors : CorsConformanceTests&lt;Program&gt;
/// {
///     protected override CorsContract Contract =&gt; ...;
///     protected override VerdictConfirmerSource? Browser =&gt; ChromiumConfirmation.Source();
/// }
/// </code>
/// One Chromium per test process (per executable path and launch switches), launched on first use and closed when the process exits.
/// </summary>
public static class ChromiumConfirmation
{
    // Keyed by what launches a browser (options hold lists, so records of equal options are not equal).
    private static readonly ConcurrentDictionary<string, Lazy<Task<BrowserConfirmer>>> Shared = new(StringComparer.Ordinal);

    static ChromiumConfirmation()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var started in Shared.Values.Where(l => l.IsValueCreated).Select(l => l.Value))
            {
                if (started.IsCompletedSuccessfully)
                    started.Result.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
            }
        };
    }

    /// <summary>
    /// The confirmer source for <paramref name="options"/> (default: Chromium from <c>CORS_CONFORMANCE_BROWSER</c>,
    /// Playwright's browsers or the system, headless). Starting it throws <see cref="BrowserUnavailableException"/>,
    /// with install instructions, when no Chromium can be found or launched.
    /// </summary>
    /// <param name="options">How to find and drive Chromium.</param>
    public static VerdictConfirmerSource Source(BrowserConfirmerOptions? options = null)
    {
        options ??= new BrowserConfirmerOptions();
        return async cancellationToken =>
        {
            var key = $"{options.ExecutablePath}|{options.Headless}|{string.Join(' ', options.ExtraArguments)}";
            var lazy = Shared.GetOrAdd(key, _ => new Lazy<Task<BrowserConfirmer>>(() => BrowserConfirmer.StartAsync(options)));
            try
            {
                var browser = await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
                return new ChromiumVerdictConfirmer(browser);
            }
            catch (BrowserUnavailableException)
            {
                Shared.TryRemove(new KeyValuePair<string, Lazy<Task<BrowserConfirmer>>>(key, lazy));
                throw;
            }
        };
    }
}
