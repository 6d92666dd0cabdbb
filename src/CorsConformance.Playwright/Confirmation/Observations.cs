using CorsConformance.Playwright.Pages;
using CorsConformance.Playwright.WebSockets;

namespace CorsConformance.Playwright.Confirmation;

/// <summary>Turns what script saw and what Chromium reported into a <see cref="BrowserObservation"/>.</summary>
internal static class Observations
{
    public static BrowserObservation FromFetch(OriginPage page, PlannedCase plan, FetchResult result)
    {
        var events = page.Events.For(plan.Token);
        var common = new BrowserObservation
        {
            Outcome = BrowserOutcome.NotMeasured,
            Url = plan.Request.Url.ToString(),
            Origin = page.Origin,
            CorsError = events.CorsError,
            FailedParameter = events.FailedParameter,
            NetError = events.NetError,
            ConsoleMessage = events.ConsoleMessage,
            ConsoleDetail = events.ConsoleDetail,
            OtherMessages = events.OthersSnapshot(),
            PreflightSent = events.SawRequest ? events.PreflightSent : null,
        };
        if (result.Ok)
        {
            return common with
            {
                Outcome = BrowserOutcome.Accepted,
                Status = result.Status,
                Redirected = result.Redirected,
                ReadableHeaders = result.Readable,
                IteratedHeaders = result.Iterated,
            };
        }
        if (result.Aborted)
            return common with { ScriptError = result.Error, Note = "no answer within the request timeout; fetch() was aborted" };
        if (ChromiumCorsErrors.IsSetupError(events.CorsError))
            return common with
            {
                ScriptError = result.Error,
                Note = $"Chromium refused for a local-network permission reason ({events.CorsError}), not because of the server's CORS headers: "
                    + "launch Chromium with --disable-features=LocalNetworkAccessChecks",
            };
        if (events.CorsError is not null || events.ConsoleDetail is not null)
            return common with { Outcome = BrowserOutcome.Blocked, ScriptError = result.Error };
        return common with { Outcome = BrowserOutcome.NetworkError, ScriptError = result.Error };
    }

    /// <summary>A WebSocket case: accepted when it opened, blocked when the server refused the handshake.</summary>
    public static BrowserObservation FromWebSocket(WebSocketObservation ws) => new()
    {
        Outcome = ws.Opened ? BrowserOutcome.Accepted : ws.CloseCode is null ? BrowserOutcome.NotMeasured : BrowserOutcome.Blocked,
        Url = ws.Url,
        Origin = ws.Origin,
        OtherMessages = ws.ConsoleMessages,
        Note = ws.Describe(),
    };

    public static BrowserObservation NotMeasured(PlannedCase plan, string note) => new()
    {
        Outcome = BrowserOutcome.NotMeasured,
        Url = plan.Request.Url.ToString(),
        Origin = plan.Request.Origin,
        Note = note,
    };
}
