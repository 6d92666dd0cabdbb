using System.Text.Json;
using CorsConformance.Playwright.Pages;
using CorsConformance.Playwright.Session;

namespace CorsConformance.Playwright.WebSockets;

/// <summary>Opens a WebSocket from a page at a given origin and records whether the server let it open.</summary>
internal static class WebSocketProbe
{
    public static async Task<WebSocketObservation> OpenAsync(
        BrowserSession session, BrowserConfirmerOptions options, Uri url, string origin, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var token = session.NextCaseToken();
        var wsUrl = CaseToken.Append(ToWebSocketUrl(url), token).ToString();
        OriginPage page;
        try
        {
            page = await OriginPage.OpenAsync(session.Browser, origin, options).ConfigureAwait(false);
        }
        catch (OriginNotHostableException e)
        {
            return new WebSocketObservation { Url = wsUrl, Origin = origin, Opened = false, Error = e.Message };
        }
        await using (page.ConfigureAwait(false))
        {
            var result = await page.EvaluateAsync<JsonElement>(WebSocketScript.Script,
                new { url = wsUrl, timeoutMs = (int)options.RequestTimeout.TotalMilliseconds }).ConfigureAwait(false);
            var opened = result.GetProperty("opened").GetBoolean();
            // Chromium prints the handshake failure shortly after the close event.
            var events = page.Events.For(token);
            var deadline = DateTime.UtcNow + options.ReasonTimeout;
            while (!opened && events.OthersSnapshot().Count == 0 && DateTime.UtcNow < deadline)
                await Task.Delay(20, ct).ConfigureAwait(false);
            return new WebSocketObservation
            {
                Url = wsUrl,
                Origin = page.Origin,
                Opened = opened,
                CloseCode = result.GetProperty("code").ValueKind == JsonValueKind.Number ? result.GetProperty("code").GetInt32() : null,
                CloseReason = result.GetProperty("reason").ValueKind == JsonValueKind.String ? result.GetProperty("reason").GetString() : null,
                Error = result.GetProperty("error").ValueKind == JsonValueKind.String ? result.GetProperty("error").GetString() : null,
                ConsoleMessages = [.. events.OthersSnapshot().Select(StripConsolePrefix)],
            };
        }
    }

    /// <summary>ws/wss kept; http → ws, https → wss.</summary>
    public static Uri ToWebSocketUrl(Uri url)
    {
        if (!url.IsAbsoluteUri)
            throw new ArgumentException($"WebSocket URL '{url}' must be absolute.", nameof(url));
        var scheme = url.Scheme switch
        {
            "ws" or "wss" => url.Scheme,
            "http" => "ws",
            "https" => "wss",
            _ => throw new ArgumentException($"WebSocket URL '{url}' must use ws://, wss://, http:// or https://.", nameof(url)),
        };
        return new UriBuilder(url) { Scheme = scheme, Port = url.IsDefaultPort ? -1 : url.Port }.Uri;
    }

    private static string StripConsolePrefix(string message) =>
        message.StartsWith("console ", StringComparison.Ordinal) && message.IndexOf(": ", StringComparison.Ordinal) is var i and > 0
            ? message[(i + 2)..]
            : message;
}
