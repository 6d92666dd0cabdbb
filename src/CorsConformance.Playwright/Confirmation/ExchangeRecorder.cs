using System.Diagnostics;
using System.Text;
using CorsConformance.Browser;
using CorsConformance.Http;

namespace CorsConformance.Playwright.Confirmation;

/// <summary>
/// Sends a case's preflight (when the engine says one is due) and actual request with HttpClient, the way the engine's probe
/// does, and records the raw answers the engine judges: every header line, redirects not followed.
/// </summary>
internal static class ExchangeRecorder
{
    private static readonly string[] FetchNormalizedMethods = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"];

    public sealed record Recording(Exchange? Preflight, Exchange? Actual, string? Error);

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
            recorded[i] = p with { Preflight = r.Preflight, Actual = r.Actual, RecordError = r.Error };
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
        catch (NotImplementedException)
        {
            return new(null, null, "the engine's BrowserModel.NeedsPreflight is not implemented yet");
        }
        catch (Exception e)
        {
            return new(null, null, $"the engine's BrowserModel.NeedsPreflight threw {e.GetType().Name}: {e.Message}");
        }

        Exchange? preflight = null;
        if (requirement.Required)
        {
            List<HeaderLine> headers = [new("Origin", request.Origin), new("Access-Control-Request-Method", requirement.RequestMethod)];
            if (requirement.AccessControlRequestHeaders is { } acrh)
                headers.Add(new("Access-Control-Request-Headers", acrh));
            preflight = await SendAsync(client, new RecordedRequest("OPTIONS", request.Url, headers), timeout, ct).ConfigureAwait(false);
        }

        var method = FetchMethod(request.Method);
        var body = method is "GET" or "HEAD" ? null : request.Body;
        var actual = await SendAsync(client,
            new RecordedRequest(method, request.Url, [new("Origin", request.Origin), .. request.Headers], body), timeout, ct).ConfigureAwait(false);
        return new(preflight, actual, null);
    }

    /// <summary>fetch() uppercases DELETE GET HEAD OPTIONS POST PUT (case-insensitively) and sends any other method as written.</summary>
    public static string FetchMethod(string method) =>
        FetchNormalizedMethods.FirstOrDefault(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase)) ?? method;

    public static async Task<Exchange> SendAsync(HttpClient client, RecordedRequest request, TimeSpan timeout, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        var contentHeaders = request.Headers.Where(h => h.Name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)).ToList();
        if (request.Body is not null || contentHeaders.Count > 0)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body ?? ""));
            foreach (var h in contentHeaders)
                message.Content.Headers.TryAddWithoutValidation(h.Name, h.Value);
        }
        foreach (var h in request.Headers.Except(contentHeaders))
            message.Headers.TryAddWithoutValidation(h.Name, h.Value);

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false);
            var elapsed = watch.Elapsed;
            List<HeaderLine> lines = [];
            foreach (var header in response.Headers.NonValidated)
                foreach (var value in header.Value) lines.Add(new(header.Key, value));
            foreach (var header in response.Content.Headers.NonValidated)
                foreach (var value in header.Value) lines.Add(new(header.Key, value));
            return new Exchange(request, new RecordedResponse((int)response.StatusCode, lines, response.ReasonPhrase), null, elapsed);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Exchange(request, null, $"no answer within {timeout.TotalSeconds:0.#} s", watch.Elapsed);
        }
        catch (HttpRequestException e)
        {
            return new Exchange(request, null, e.Message, watch.Elapsed);
        }
    }
}
