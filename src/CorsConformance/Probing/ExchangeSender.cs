using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Net.Http.Headers;
using CorsConformance.Http;

namespace CorsConformance.Probing;

/// <summary>
/// Sends one request over an <see cref="HttpClient"/> and records the exchange: every header line as sent and received,
/// no redirect followed silently, a bounded timeout, and transport failures recorded as such (never as a response).
/// With a <see cref="RecordingPool"/>, equal header lists and responses of the run share one recorded instance.
/// </summary>
internal sealed class ExchangeSender(HttpClient client, TimeSpan timeout, int retries, IReadOnlySet<string> redactedHeaderNames, RecordingPool? pool = null)
{
    public const string Redacted = "***";

    /// <remarks>Await the result once (a <see cref="ValueTask{TResult}"/>; its state is pooled, see SendPreparedAsync).</remarks>
    public ValueTask<Exchange> SendAsync(string method, Uri url, IReadOnlyList<HeaderLine> headers, string? body, CancellationToken cancellationToken) =>
        retries <= 0
            ? SendOnceAsync(method, url, headers, body, cancellationToken) // what the loop below does with no retry, one state machine less
            : SendWithRetriesAsync(method, url, headers, body, cancellationToken);

    private async ValueTask<Exchange> SendWithRetriesAsync(string method, Uri url, IReadOnlyList<HeaderLine> headers, string? body, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var exchange = await SendOnceAsync(method, url, headers, body, cancellationToken).ConfigureAwait(false);
            if (exchange.Measured || attempt >= retries || cancellationToken.IsCancellationRequested) return exchange;
            await Task.Delay(TimeSpan.FromMilliseconds(200 * (attempt + 1)), cancellationToken).ConfigureAwait(false);
        }
    }

    private ValueTask<Exchange> SendOnceAsync(string method, Uri url, IReadOnlyList<HeaderLine> headers, string? body, CancellationToken cancellationToken)
    {
        var recordedLines = Redact(headers);
        var recorded = new RecordedRequest(method, url, pool?.Share(recordedLines) ?? recordedLines, body);
        var request = new HttpRequestMessage(MethodOf(method), url);
        var contentType = (string?)null;
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (header.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) { contentType = header.Value; continue; }
            if (!request.Headers.TryAddWithoutValidation(header.Name, header.Value))
            {
                request.Dispose();
                return ValueTask.FromResult(new Exchange(recorded, null, $"the header '{header.Name}' cannot be sent by HttpClient", TimeSpan.Zero));
            }
        }
        if (body is not null || contentType is not null)
        {
            request.Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body ?? ""));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType ?? "text/plain;charset=UTF-8");
        }
        return SendPreparedAsync(request, recorded, cancellationToken);
    }

    // Only what must outlive the await is kept across it (method and URL are read back from the recorded request). Its
    // state is pooled: it was the engine's largest allocation of its own, one per exchange (--alloc in
    // tests/CorsConformance.Benchmarks); every caller awaits it once, as a pooled ValueTask requires.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Exchange> SendPreparedAsync(HttpRequestMessage request, RecordedRequest recorded, CancellationToken cancellationToken)
    {
        using var sending = request;
        // When the client's own timeout is no longer than ours, it enforces the bound: no second timer per request.
        using var timeoutSource = ClientTimesOut ? null
            : cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : new CancellationTokenSource();
        timeoutSource?.CancelAfter(timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(sending, HttpCompletionOption.ResponseContentRead, timeoutSource?.Token ?? cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var finalUrl = response.RequestMessage?.RequestUri;
            if (finalUrl is not null && finalUrl != recorded.Url)
            {
                return new Exchange(recorded, null,
                    $"the HttpClient followed a redirect from {recorded.Url} to {finalUrl}, so the redirect itself could not be judged; create the client with AllowAutoRedirect = false (CorsHttpClient.CreateLive does)",
                    elapsed);
            }
            var recordedResponse = ResponseRecorder.Record(response);
            return new Exchange(recorded, pool?.Share(recordedResponse) ?? recordedResponse, null, elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var bound = ClientTimesOut ? client.Timeout : timeout;
            var url = recorded.Url;
            return new Exchange(recorded, null, $"timed out after {bound.TotalSeconds:0.###} s waiting for {url.GetLeftPart(UriPartial.Authority)} to answer {recorded.Method} {url.AbsolutePath}", Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException ex)
        {
            return new Exchange(recorded, null, Describe(ex, recorded.Url), Stopwatch.GetElapsedTime(started));
        }
        catch (InvalidOperationException ex)
        {
            return new Exchange(recorded, null, $"the request could not be sent: {ex.Message}", Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>Whether the client's own timeout bounds a request at least as tightly as ours (then it enforces it).</summary>
    private bool ClientTimesOut => client.Timeout != Timeout.InfiniteTimeSpan && client.Timeout <= timeout;

    // The shared instances for the usual methods (exact, case-sensitive match: "patch" must stay "patch" on the wire).
    private static HttpMethod MethodOf(string method) => method switch
    {
        "GET" => HttpMethod.Get,
        "OPTIONS" => HttpMethod.Options,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "DELETE" => HttpMethod.Delete,
        "HEAD" => HttpMethod.Head,
        "PATCH" => HttpMethod.Patch,
        _ => new HttpMethod(method),
    };

    private IReadOnlyList<HeaderLine> Redact(IReadOnlyList<HeaderLine> headers)
    {
        if (redactedHeaderNames.Count == 0) return headers;
        var result = new HeaderLine[headers.Count];
        for (var i = 0; i < headers.Count; i++)
            result[i] = redactedHeaderNames.Contains(headers[i].Name) ? headers[i] with { Value = Redacted } : headers[i];
        return result;
    }

    private static string Describe(HttpRequestException ex, Uri url)
    {
        var authority = url.GetLeftPart(UriPartial.Authority);
        var inner = ex.InnerException?.Message;
        return ex.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"could not resolve the host of {authority}: {inner ?? ex.Message}",
            HttpRequestError.ConnectionError => $"could not connect to {authority}: {inner ?? ex.Message}",
            HttpRequestError.SecureConnectionError => $"TLS handshake with {authority} failed: {inner ?? ex.Message}",
            HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded =>
                $"{authority} answered with something that is not valid HTTP: {ex.Message}{(inner is null ? "" : " " + inner)}",
            _ => $"request to {authority} failed: {ex.Message}{(inner is null ? "" : " (" + inner + ")")}",
        };
    }
}
