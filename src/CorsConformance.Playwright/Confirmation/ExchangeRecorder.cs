using CorsConformance.Browser;
using CorsConformance.Http;
using CorsConformance.Probing;

namespace CorsConformance.Playwright.Confirmation;

/// <summary>
/// Sends a case's preflight (when the engine says one is due) and actual request with HttpClient, the way the engine's probe
/// does, and records the raw answers the engine judges: every header line, redirects not followed.
/// </summary>
internal static class ExchangeRecorder
{
    private static readonly string[] FetchNormalizedMethods = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"];

    public sealed record Recording(Exchange? Preflight, Exchange? Actual, IReadOnlyList<RedirectHop> Redirects, string? Error);

    /// <summary>Records every planned fetch case (8 at a time) and returns the plans with their exchanges.</summary>
    public static async Task<List<PlannedCase>> RecordAllAsync(Uri baseUrl, IReadOnlyList<PlannedCase> planned, TimeSpan timeout, CancellationToken ct)
    {
        using var client = CorsConformance.Probing.CorsHttpClient.CreateLive(baseUrl, timeout);
        var recorded = new PlannedCase[planned.Count];
        await Parallel.ForAsync(0, planned.Count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
        {
            var p = planned[i];
            if (p.IsWebSocket)
            {
                recorded[i] = p;
                return;
            }
            var r = await RecordAsync(client, p.Request, timeout, token).ConfigureAwait(false);
            recorded[i] = p with { Preflight = r.Preflight, Actual = r.Actual, Redirects = r.Redirects, RecordError = r.Error };
        }).ConfigureAwait(false);
        return [.. recorded];
    }

    public static async Task<Recording> RecordAsync(HttpClient client, CorsRequest request, TimeSpan timeout, CancellationToken ct)
    {
        PreflightRequirement requirement;
        try
        {
            requirement = BrowserModel.NeedsPreflight(request);
        }
        catch (Exception e)
        {
            return new(null, null, [], $"the engine's BrowserModel.NeedsPreflight threw {e.GetType().Name}: {e.Message}");
        }

        // The engine's own sender and redirect follower: the browser layer judges exactly what the probe records.
        var sender = new ExchangeSender(client, timeout, retries: 0, new HashSet<string>());
        Exchange? preflight = null;
        if (requirement.Required)
        {
            preflight = await sender.SendAsync("OPTIONS", request.Url, PreflightHeaders(request, requirement), null, ct).ConfigureAwait(false);
            if (!preflight.Measured || !BrowserModel.EvaluatePreflight(request, preflight.Response!).Accepted)
                return new(preflight, null, [], null);
        }

        var method = FetchMethod(request.Method);
        var body = method is "GET" or "HEAD" ? null : request.Body;
        var actual = await sender.SendAsync(method, request.Url, ActualHeaders(request), body, ct).ConfigureAwait(false);
        if (!actual.Measured) return new(preflight, actual, [], null);
        var redirects = await new RedirectFollower(sender).FollowAsync(request with { Method = method, Body = body }, actual, ActualHeaders, PreflightHeaders, ct).ConfigureAwait(false);
        return new(preflight, actual, redirects, RedirectFollower.NotMeasured(redirects));
    }

    private static IReadOnlyList<HeaderLine> PreflightHeaders(CorsRequest request, PreflightRequirement requirement) =>
        requirement.AccessControlRequestHeaders is { } acrh
            ? [new("Origin", request.Origin), new("Access-Control-Request-Method", requirement.RequestMethod), new("Access-Control-Request-Headers", acrh)]
            : [new("Origin", request.Origin), new("Access-Control-Request-Method", requirement.RequestMethod)];

    private static IReadOnlyList<HeaderLine> ActualHeaders(CorsRequest request) => [new("Origin", request.Origin), .. request.Headers];

    /// <summary>fetch() uppercases DELETE GET HEAD OPTIONS POST PUT (case-insensitively) and sends any other method as written.</summary>
    public static string FetchMethod(string method) =>
        FetchNormalizedMethods.FirstOrDefault(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase)) ?? method;
}
