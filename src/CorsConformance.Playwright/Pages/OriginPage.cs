using System.Text.Json;
using Microsoft.Playwright;

namespace CorsConformance.Playwright.Pages;

/// <summary>
/// A page whose scripts run at an exact origin (e.g. <c>https://app.example.com</c>) while every request leaves on a real
/// socket, following the verified recipe: route the origin's URL to a blank document, navigate, then
/// <c>UnrouteAllAsync()</c> before any fetch, because while any route is active Playwright answers CORS preflights itself
/// with permissive headers and a broken server looks fine. The API URL is never routed. For the origin <c>null</c> the page
/// hosts a sandboxed iframe (<c>sandbox="allow-scripts"</c>, <c>srcdoc</c>) and fetches run inside it.
/// One fresh browser context per origin page: no cookies, HTTP cache or preflight cache shared with other origins.
/// </summary>
internal sealed class OriginPage : IAsyncDisposable
{
    private const string BlankDocument =
        "<!doctype html><html><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>CorsConformance origin page</title></head><body></body></html>";

    private readonly IBrowserContext _context;
    private readonly IFrame _target;

    private OriginPage(IBrowserContext context, IPage page, IFrame target, string origin, BrowserEventLog events)
    {
        _context = context;
        Page = page;
        _target = target;
        Origin = origin;
        Events = events;
    }

    /// <summary>The page (the host page for the null origin).</summary>
    public IPage Page { get; }

    /// <summary>The origin scripts run at, as the browser serializes it.</summary>
    public string Origin { get; }

    /// <summary>DevTools events and console lines of this page, per case token.</summary>
    public BrowserEventLog Events { get; }

    /// <summary>Opens a page at <paramref name="origin"/> in a fresh context; throws <see cref="OriginNotHostableException"/> when impossible.</summary>
    public static async Task<OriginPage> OpenAsync(IBrowser browser, string origin, BrowserConfirmerOptions options)
    {
        var isNull = origin == "null";
        var hostOrigin = isNull ? options.NullOriginHost : origin;
        var pageUrl = PageUrlFor(hostOrigin);

        var context = await browser.NewContextAsync().ConfigureAwait(false);
        try
        {
            var page = await context.NewPageAsync().ConfigureAwait(false);
            var events = new BrowserEventLog();
            page.Console += (_, message) => events.OnConsole(message);
            await events.AttachAsync(await context.NewCDPSessionAsync(page).ConfigureAwait(false)).ConfigureAwait(false);

            await page.RouteAsync(url => url == pageUrl, route => route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "text/html; charset=utf-8",
                Body = BlankDocument,
            })).ConfigureAwait(false);
            await page.GotoAsync(pageUrl).ConfigureAwait(false);
            // Essential (catalog section 5): no route may stay active while cases run, or the automation layer answers preflights.
            await page.UnrouteAllAsync().ConfigureAwait(false);

            var hostActual = await page.EvaluateAsync<string>("() => self.origin").ConfigureAwait(false);
            if (hostActual != hostOrigin)
                throw new OriginNotHostableException(
                    $"'{hostOrigin}' is not a serialized origin: a page there has origin '{hostActual}', and that is what Chromium sends. "
                    + "Write origins as scheme://host[:port], lowercase, default port omitted, no path or trailing slash.");

            var target = page.MainFrame;
            if (isNull)
                target = await OpenSandboxedFrameAsync(context, page, events).ConfigureAwait(false);

            return new OriginPage(context, page, target, isNull ? "null" : hostActual, events);
        }
        catch
        {
            await context.CloseAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Issues the fetches together and returns what script saw for each.</summary>
    public async Task<IReadOnlyList<FetchResult>> RunBatchAsync(IReadOnlyList<FetchItem> items, TimeSpan timeout)
    {
        var json = await _target.EvaluateAsync<JsonElement>(FetchBatch.Script, FetchBatch.Argument(items, timeout)).ConfigureAwait(false);
        return FetchBatch.Parse(json);
    }

    /// <summary>Runs <paramref name="script"/> with <paramref name="argument"/> where the cases run (the page or the sandboxed frame).</summary>
    public Task<T> EvaluateAsync<T>(string script, object? argument) => _target.EvaluateAsync<T>(script, argument);

    private static async Task<IFrame> OpenSandboxedFrameAsync(IBrowserContext context, IPage page, BrowserEventLog events)
    {
        await page.EvaluateAsync("""
            () => new Promise((resolve, reject) => {
              const frame = document.createElement('iframe');
              frame.setAttribute('sandbox', 'allow-scripts');
              frame.srcdoc = '<!doctype html><meta charset="utf-8"><title>sandboxed</title>';
              frame.onload = () => resolve();
              frame.onerror = () => reject(new Error('sandboxed iframe did not load'));
              document.body.appendChild(frame);
            })
            """).ConfigureAwait(false);
        var frame = page.Frames.FirstOrDefault(f => f != page.MainFrame)
            ?? throw new OriginNotHostableException("The sandboxed iframe for the null origin did not appear.");

        // Chromium may isolate sandboxed frames in their own process; then only a session on the frame sees its network events.
        try
        {
            await events.AttachAsync(await context.NewCDPSessionAsync(frame).ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // In-process frame: the page's session already reports its requests.
        }

        var origin = await frame.EvaluateAsync<string>("() => self.origin").ConfigureAwait(false);
        if (origin != "null")
            throw new OriginNotHostableException($"The sandboxed iframe has origin '{origin}', not 'null'.");
        return frame;
    }

    private static string PageUrlFor(string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new OriginNotHostableException(
                $"Chromium can only host a test page at an http:// or https:// origin; '{origin}' is not one (extension and other schemes cannot be simulated).");
        if (uri.AbsolutePath != "/" || origin.EndsWith('/') || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            throw new OriginNotHostableException($"'{origin}' is not an origin: an origin has no path, trailing slash, query or user info.");
        return origin + "/";
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync().ConfigureAwait(false);
}
