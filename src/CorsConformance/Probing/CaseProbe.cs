using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Findings;
using CorsConformance.Http;
using CorsConformance.Running;

namespace CorsConformance.Probing;

/// <summary>
/// Runs one case the way a browser would: the preflight when the model says one is due, then (unless the preflight was
/// blocked, or live mode forbids it) the actual request; then hands the exchanges to the family's judge.
/// </summary>
internal sealed class CaseProbe(ExchangeSender sender, Uri baseUrl, RunOptions options, WebSocketConnector webSockets, RecordingPool? pool = null)
{
    private readonly RedirectFollower _redirects = new(sender);

    // A contract's cases share a handful of paths: each URL is parsed once per probe (Uri is immutable).
    private readonly ConcurrentDictionary<string, Uri> _urls = new(StringComparer.Ordinal);

    /// <remarks>Await the result once: its state is pooled (a run makes one per case; see tests/CorsConformance.Benchmarks).</remarks>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<CaseResult> RunAsync(CorsCase corsCase, CorsContract contract, CancellationToken cancellationToken)
    {
        if (corsCase.Family == CaseFamily.WebSocket)
            return await RunWebSocketAsync(corsCase, cancellationToken).ConfigureAwait(false);

        var request = corsCase.ToRequestAt(_urls.GetOrAdd(corsCase.Path, static (path, root) => Urls.Combine(root, path), baseUrl));
        var requirement = BrowserModel.NeedsPreflight(request);
        Exchange? preflight = null;
        BrowserVerdict? preflightVerdict = null; // computed once here, reused by the judge
        if (requirement.Required)
        {
            preflight = await sender.SendAsync("OPTIONS", request.Url, PreflightHeaders(request, requirement), null, cancellationToken).ConfigureAwait(false);
            if (!preflight.Measured) return NotMeasured(corsCase, preflight, null);
            preflightVerdict = BrowserModel.CheckPreflight(request, requirement, preflight.Response!);
            if (!preflightVerdict.Accepted || corsCase.Expected == ExpectedOutcome.Blocked && corsCase.IsUnsafe)
                return Judge(corsCase, request, requirement, preflightVerdict, preflight, null, null, []);
        }

        if (options.Mode == RunMode.Live && corsCase.IsUnsafe && !contract.AllowUnsafeLiveRequests)
        {
            if (preflight is null)
                return new CaseResult { Case = corsCase, Outcome = CaseOutcome.Skipped, Note = LiveNote(corsCase) };
            return Judge(corsCase, request, requirement, preflightVerdict, preflight, null, null, []) with { Note = LiveNote(corsCase) + " Only the preflight was sent and judged." };
        }

        var actual = await sender.SendAsync(corsCase.Method, request.Url, ActualHeaders(corsCase, request), corsCase.Body, cancellationToken).ConfigureAwait(false);
        if (!actual.Measured) return NotMeasured(corsCase, preflight, actual);

        IReadOnlyList<RedirectHop> redirects = [];
        // Only a redirect answer has hops to follow (the follower would return none for anything else).
        if (corsCase.Expected == ExpectedOutcome.Accepted && RedirectFollower.Next(request, actual.Response!) is not null)
        {
            redirects = await _redirects.FollowAsync(request, actual, hop => ActualHeaders(corsCase, hop), PreflightHeaders, cancellationToken).ConfigureAwait(false);
            if (RedirectFollower.NotMeasured(redirects) is { } hopError)
                return new CaseResult { Case = corsCase, Outcome = CaseOutcome.NotMeasured, Preflight = preflight, Actual = actual, Redirects = redirects, Note = "Not measured: " + hopError };
        }

        Exchange? control = null;
        if (corsCase.Family == CaseFamily.Vary)
        {
            control = await sender.SendAsync(corsCase.Method, request.Url, ActualHeaders(corsCase, request, withOrigin: false), corsCase.Body, cancellationToken).ConfigureAwait(false);
            if (!control.Measured) return NotMeasured(corsCase, preflight, control);
        }
        return Judge(corsCase, request, requirement, preflightVerdict, preflight, actual, control, redirects);
    }

    private CaseResult Judge(CorsCase corsCase, CorsRequest request, PreflightRequirement requirement, BrowserVerdict? preflightVerdict,
        Exchange? preflight, Exchange? actual, Exchange? control, IReadOnlyList<RedirectHop> redirects)
    {
        var judgement = corsCase.Expected == ExpectedOutcome.Accepted
            ? AllowedOriginJudge.Judge(corsCase, request, preflight, actual, control, redirects, requirement, preflightVerdict)
            : AttackerOriginJudge.Judge(corsCase, request, preflight, actual, requirement);
        return ToResult(corsCase, judgement, preflight, actual, redirects);
    }

    private async Task<CaseResult> RunWebSocketAsync(CorsCase corsCase, CancellationToken cancellationToken)
    {
        var url = SocketWebSocketConnector.WebSocketUrl(baseUrl, corsCase.Path);
        var attacker = await UpgradeAsync(url, corsCase.Origin, cancellationToken).ConfigureAwait(false);
        if (!attacker.Measured) return NotMeasured(corsCase, null, attacker);
        Exchange? control = null;
        if (attacker.Response!.Status != 101 && corsCase.ControlOrigin is { } allowed)
        {
            control = await UpgradeAsync(url, allowed, cancellationToken).ConfigureAwait(false);
            if (!control.Measured) return NotMeasured(corsCase, null, control);
        }
        return ToResult(corsCase, WebSocketJudge.Judge(corsCase, attacker, control), null, attacker);
    }

    private async Task<Exchange> UpgradeAsync(Uri url, string origin, CancellationToken cancellationToken)
    {
        var request = new RecordedRequest("GET", url, [new("Origin", origin), new("Connection", "Upgrade"), new("Upgrade", "websocket"), new("Sec-WebSocket-Version", "13")]);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(options.RequestTimeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var status = await webSockets(url, origin, timeoutSource.Token).ConfigureAwait(false);
            return new Exchange(request, new RecordedResponse(status, []), null, Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Exchange(request, null, $"the WebSocket upgrade to {url} timed out after {options.RequestTimeout.TotalSeconds:0.###} s", Stopwatch.GetElapsedTime(started));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new Exchange(request, null, $"the WebSocket upgrade to {url} failed: {ex.Message}", Stopwatch.GetElapsedTime(started));
        }
    }

    private static IReadOnlyList<HeaderLine> PreflightHeaders(CorsRequest request, PreflightRequirement requirement) =>
        requirement.AccessControlRequestHeaders is { } names
            ? new HeaderLine[] { new("Origin", request.Origin), new("Access-Control-Request-Method", requirement.RequestMethod), new("Access-Control-Request-Headers", names), new("Accept", "*/*"), new("Sec-Fetch-Mode", "cors") }
            : new HeaderLine[] { new("Origin", request.Origin), new("Access-Control-Request-Method", requirement.RequestMethod), new("Accept", "*/*"), new("Sec-Fetch-Mode", "cors") };

    private IReadOnlyList<HeaderLine> ActualHeaders(CorsCase corsCase, CorsRequest request, bool withOrigin = true)
    {
        // Exact size: the recorded request keeps this array for as long as the run keeps the case's result.
        var addAccept = !request.Headers.Has("Accept");
        var extras = corsCase.Expected == ExpectedOutcome.Accepted ? options.ExtraHeaders : [];
        var headers = new HeaderLine[(withOrigin ? 2 : 0) + request.Headers.Count + (addAccept ? 1 : 0) + extras.Count];
        var i = 0;
        if (withOrigin) headers[i++] = new("Origin", request.Origin);
        for (var j = 0; j < request.Headers.Count; j++) headers[i++] = request.Headers[j];
        if (addAccept) headers[i++] = new("Accept", "*/*");
        if (withOrigin) headers[i++] = new("Sec-Fetch-Mode", "cors");
        for (var j = 0; j < extras.Count; j++) headers[i++] = extras[j];
        return headers;
    }

    private static string LiveNote(CorsCase corsCase) =>
        $"Live mode: the actual {corsCase.Method} request was not sent because it could change data; set allowUnsafeLiveRequests in the contract to send it.";

    private static CaseResult NotMeasured(CorsCase corsCase, Exchange? preflight, Exchange? failed) => new()
    {
        Case = corsCase,
        Outcome = CaseOutcome.NotMeasured,
        Preflight = preflight,
        Actual = failed == preflight ? null : failed,
        Note = "Not measured: " + (failed?.TransportError ?? preflight?.TransportError ?? "no response"),
    };

    private CaseResult ToResult(CorsCase corsCase, Judgement judgement, Exchange? preflight, Exchange? actual, IReadOnlyList<RedirectHop>? redirects = null) => new()
    {
        Case = corsCase,
        Redirects = redirects ?? [],
        Outcome = judgement.NotMeasuredReason is not null ? CaseOutcome.NotMeasured : judgement.ContractKept ? CaseOutcome.Passed : CaseOutcome.Failed,
        Preflight = preflight,
        Actual = actual,
        Verdict = judgement.Verdict is { } verdict ? pool?.Share(verdict) ?? verdict : null,
        Findings = judgement.Findings,
        Note = judgement.NotMeasuredReason is null ? null : "Not measured: " + judgement.NotMeasuredReason,
    };
}
