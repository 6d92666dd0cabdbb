using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Http;
using CorsConformance.Playwright.Confirmation;
using CorsConformance.Playwright.Pages;
using CorsConformance.Playwright.Session;
using CorsConformance.Playwright.WebSockets;
using CorsConformance.Probing;

namespace CorsConformance.Playwright;

/// <summary>
/// Runs CORS cases as real <c>fetch()</c> calls in Chromium and compares each outcome with the engine's prediction.
/// <code>
/// await using var confirmer = await BrowserConfirmer.StartAsync();
/// var results = await confirmer.ConfirmAsync(new Uri("http://127.0.0.1:5000"), cases);
/// foreach (var r in results.Where(r => r.Agreement != Agreement.Agree)) Console.WriteLine(r.Disagreement);
/// </code>
/// One browser per confirmer (launch once, reuse, dispose at the end), one fresh page per origin, the cases of an origin
/// issued together in batches, and a unique <c>cc</c> query per case so no cached preflight hides a failure.
/// The API itself is never routed or stubbed: Chromium sees the server's own answers on a real socket.
/// </summary>
public sealed class BrowserConfirmer : IAsyncDisposable
{
    private readonly BrowserSession _session;
    private readonly BrowserConfirmerOptions _options;

    private BrowserConfirmer(BrowserSession session, BrowserConfirmerOptions options)
    {
        _session = session;
        _options = options;
    }

    /// <summary>The shared browser (tests and benchmarks open their own pages on it).</summary>
    internal BrowserSession Session => _session;

    /// <summary>The options this confirmer runs with.</summary>
    internal BrowserConfirmerOptions Options => _options;

    /// <summary>A confirmer on the same browser with other options (benchmarks); dispose only the original.</summary>
    internal BrowserConfirmer With(BrowserConfirmerOptions options)
    {
        options.Validate();
        return new BrowserConfirmer(_session, options);
    }

    /// <summary>The Chromium executable in use.</summary>
    public string ExecutablePath => _session.ExecutablePath;

    /// <summary>The Chromium version, e.g. <c>156.0.8078.79</c>.</summary>
    public string BrowserVersion => _session.Browser.Version;

    /// <summary>
    /// Finds and launches Chromium. Throws <see cref="BrowserUnavailableException"/>, whose message says how to install or
    /// point at a browser, when none can be found or started (check <see cref="Locating.ChromiumLocator.Locate(string?)"/> first to skip instead).
    /// </summary>
    public static async Task<BrowserConfirmer> StartAsync(BrowserConfirmerOptions? options = null)
    {
        options ??= new BrowserConfirmerOptions();
        options.Validate();
        return new BrowserConfirmer(await BrowserSession.LaunchAsync(options).ConfigureAwait(false), options);
    }

    /// <summary>
    /// Runs <paramref name="cases"/> against <paramref name="baseUrl"/> (a real http(s) socket, e.g. <c>http://127.0.0.1:5000</c>):
    /// records the raw answers with HttpClient for the engine, fetches from a page at each case's origin in Chromium,
    /// and returns one confirmation per case, in order.
    /// </summary>
    public async Task<IReadOnlyList<BrowserConfirmation>> ConfirmAsync(Uri baseUrl, IEnumerable<CorsCase> cases, CancellationToken cancellationToken = default)
    {
        RequireHttpBase(baseUrl);
        ArgumentNullException.ThrowIfNull(cases);
        var planned = cases.Select(c => Plan(c, baseUrl)).ToList();
        if (_options.RecordForEngine)
            planned = await RecordAllAsync(baseUrl, planned, cancellationToken).ConfigureAwait(false);
        var observed = await ObserveAsync(baseUrl, planned, cancellationToken).ConfigureAwait(false);
        return [.. planned.Select((p, i) => Confirm(p, observed[i]))];
    }

    /// <summary>
    /// Confirms results the engine already produced (e.g. by the xunit suite): each case is fetched in Chromium and compared with
    /// <see cref="CaseResult.Verdict"/>, or with a verdict computed from the result's recorded exchanges when it has none.
    /// </summary>
    public async Task<IReadOnlyList<BrowserConfirmation>> ConfirmAsync(Uri baseUrl, IEnumerable<CaseResult> results, CancellationToken cancellationToken = default)
    {
        RequireHttpBase(baseUrl);
        ArgumentNullException.ThrowIfNull(results);
        var planned = results.Select(r => Plan(r.Case, baseUrl) with { Preflight = r.Preflight, Actual = r.Actual, GivenVerdict = r.Verdict }).ToList();
        var observed = await ObserveAsync(baseUrl, planned, cancellationToken).ConfigureAwait(false);
        return [.. planned.Select((p, i) => Confirm(p, observed[i]))];
    }

    /// <summary>
    /// Opens a WebSocket to <paramref name="url"/> (ws://, wss://, or http(s):// turned into ws(s)://) from a page at
    /// <paramref name="origin"/>, and reports whether the server let it open.
    /// </summary>
    public async Task<WebSocketObservation> OpenWebSocketAsync(Uri url, string origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(origin);
        cancellationToken.ThrowIfCancellationRequested();
        var token = _session.NextCaseToken();
        var wsUrl = CaseToken.Append(ToWebSocketUrl(url), token).ToString();
        OriginPage page;
        try
        {
            page = await OriginPage.OpenAsync(_session.Browser, origin, _options).ConfigureAwait(false);
        }
        catch (OriginNotHostableException e)
        {
            return new WebSocketObservation { Url = wsUrl, Origin = origin, Opened = false, Error = e.Message };
        }
        await using (page.ConfigureAwait(false))
        {
            var result = await page.EvaluateAsync<System.Text.Json.JsonElement>(WebSocketScript.Script,
                new { url = wsUrl, timeoutMs = (int)_options.RequestTimeout.TotalMilliseconds }).ConfigureAwait(false);
            var opened = result.GetProperty("opened").GetBoolean();
            // Chromium prints the handshake failure shortly after the close event.
            var events = page.Events.For(token);
            var deadline = DateTime.UtcNow + _options.ReasonTimeout;
            while (!opened && events.OthersSnapshot().Count == 0 && DateTime.UtcNow < deadline)
                await Task.Delay(20, cancellationToken).ConfigureAwait(false);
            return new WebSocketObservation
            {
                Url = wsUrl,
                Origin = page.Origin,
                Opened = opened,
                CloseCode = result.GetProperty("code").ValueKind == System.Text.Json.JsonValueKind.Number ? result.GetProperty("code").GetInt32() : null,
                CloseReason = result.GetProperty("reason").ValueKind == System.Text.Json.JsonValueKind.String ? result.GetProperty("reason").GetString() : null,
                Error = result.GetProperty("error").ValueKind == System.Text.Json.JsonValueKind.String ? result.GetProperty("error").GetString() : null,
                ConsoleMessages = [.. events.OthersSnapshot().Select(StripConsolePrefix)],
            };
        }
    }

    /// <summary>Closes Chromium.</summary>
    public ValueTask DisposeAsync() => _session.DisposeAsync();

    private PlannedCase Plan(CorsCase corsCase, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(corsCase);
        var token = _session.NextCaseToken();
        var request = corsCase.ToRequest(baseUrl);
        return new PlannedCase(corsCase, token, request with { Url = CaseToken.Append(request.Url, token) });
    }

    private async Task<List<PlannedCase>> RecordAllAsync(Uri baseUrl, List<PlannedCase> planned, CancellationToken ct)
    {
        using var client = CorsHttpClient.CreateLive(baseUrl, _options.RequestTimeout);
        var recorded = new PlannedCase[planned.Count];
        await Parallel.ForAsync(0, planned.Count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
        {
            var p = planned[i];
            if (p.IsWebSocket)
            {
                recorded[i] = p;
                return;
            }
            var r = await ExchangeRecorder.RecordAsync(client, p.Request, _options.RequestTimeout, token).ConfigureAwait(false);
            recorded[i] = p with { Preflight = r.Preflight, Actual = r.Actual, RecordError = r.Error };
        }).ConfigureAwait(false);
        return [.. recorded];
    }

    private async Task<BrowserObservation[]> ObserveAsync(Uri baseUrl, List<PlannedCase> planned, CancellationToken ct)
    {
        var observed = new BrowserObservation[planned.Count];
        var indexed = planned.Select((p, i) => (Plan: p, Index: i)).ToList();

        foreach (var ws in indexed.Where(x => x.Plan.IsWebSocket))
            observed[ws.Index] = await ObserveWebSocketAsync(baseUrl, ws.Plan, ct).ConfigureAwait(false);

        var fetches = indexed.Where(x => !x.Plan.IsWebSocket).ToList();
        var groups = _options.PagePerCase
            ? fetches.Select(x => (Origin: x.Plan.Request.Origin, Items: new List<(PlannedCase Plan, int Index)> { x })).ToList()
            : fetches.GroupBy(x => x.Plan.Request.Origin, StringComparer.Ordinal).Select(g => (Origin: g.Key, Items: g.ToList())).ToList();

        foreach (var (origin, items) in groups)
        {
            ct.ThrowIfCancellationRequested();
            OriginPage page;
            try
            {
                page = await OriginPage.OpenAsync(_session.Browser, origin, _options).ConfigureAwait(false);
            }
            catch (OriginNotHostableException e)
            {
                foreach (var (plan, index) in items)
                    observed[index] = NotMeasured(plan, e.Message);
                continue;
            }
            await using (page.ConfigureAwait(false))
            {
                foreach (var batch in items.Chunk(_options.BatchSize))
                {
                    ct.ThrowIfCancellationRequested();
                    var results = await RunBatchAsync(page, batch.Select(b => b.Plan).ToList(), ct).ConfigureAwait(false);
                    for (var i = 0; i < batch.Length; i++)
                        observed[batch[i].Index] = results[i];
                }
            }
        }
        return observed;
    }

    private async Task<BrowserObservation[]> RunBatchAsync(OriginPage page, List<PlannedCase> batch, CancellationToken ct)
    {
        var items = batch.Select(p => new FetchItem(
            p.Token,
            p.Request.Url.ToString(),
            p.Request.Method,
            [.. p.Request.Headers.Select(h => new[] { h.Name, h.Value })],
            p.Request.Credentials switch { CredentialsMode.Include => "include", CredentialsMode.Omit => "omit", _ => "same-origin" },
            ExchangeRecorder.FetchMethod(p.Request.Method) is "GET" or "HEAD" ? null : p.Request.Body,
            p.Candidates)).ToList();

        IReadOnlyList<FetchResult> results;
        try
        {
            results = await page.RunBatchAsync(items, _options.RequestTimeout).ConfigureAwait(false);
        }
        catch (Microsoft.Playwright.PlaywrightException e)
        {
            return [.. batch.Select(p => NotMeasured(p, $"the page failed while running the batch: {e.Message.Split('\n')[0]}"))];
        }

        await WaitForReasonsAsync(page.Events, results, ct).ConfigureAwait(false);
        return [.. batch.Select((p, i) => Observe(page, p, results[i]))];
    }

    /// <summary>Chromium reports a rejected fetch's reason (DevTools event, console line) asynchronously: wait for both, bounded.</summary>
    private async Task WaitForReasonsAsync(BrowserEventLog events, IReadOnlyList<FetchResult> results, CancellationToken ct)
    {
        var pending = results.Where(r => !r.Ok && !r.Aborted).Select(r => events.For(r.Token)).ToList();
        var deadline = DateTime.UtcNow + _options.ReasonTimeout;
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            pending.RemoveAll(e => e.ReasonComplete);
            if (pending.Count > 0)
                await Task.Delay(15, ct).ConfigureAwait(false);
        }
    }

    private static BrowserObservation Observe(OriginPage page, PlannedCase plan, FetchResult result)
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

    private async Task<BrowserObservation> ObserveWebSocketAsync(Uri baseUrl, PlannedCase plan, CancellationToken ct)
    {
        var ws = await OpenWebSocketAsync(Urls.Combine(baseUrl, plan.Case.Path), plan.Case.Origin, ct).ConfigureAwait(false);
        return new BrowserObservation
        {
            Outcome = ws.Opened ? BrowserOutcome.Accepted : ws.CloseCode is null ? BrowserOutcome.NotMeasured : BrowserOutcome.Blocked,
            Url = ws.Url,
            Origin = ws.Origin,
            OtherMessages = ws.ConsoleMessages,
            Note = ws.Describe(),
        };
    }

    private static BrowserConfirmation Confirm(PlannedCase plan, BrowserObservation browser)
    {
        BrowserVerdict? engine = plan.GivenVerdict;
        var engineError = plan.RecordError;
        if (plan.IsWebSocket)
        {
            engineError = "the engine does not model WebSockets (browsers apply no CORS to them)";
        }
        else if (engine is null && engineError is null)
        {
            try
            {
                engine = BrowserModel.Evaluate(plan.Request, plan.Preflight?.Response, plan.Actual?.Response);
            }
            catch (NotImplementedException)
            {
                engineError = "the engine's BrowserModel.Evaluate is not implemented yet";
            }
            catch (Exception e)
            {
                engineError = $"the engine threw {e.GetType().Name}: {e.Message}";
            }
        }

        var comparison = VerdictComparison.Compare(plan.Request, engine, engineError, browser, plan.Actual?.Response);
        return new BrowserConfirmation
        {
            Case = plan.Case,
            Request = plan.Request,
            Browser = browser,
            Engine = engine,
            EngineError = engineError,
            Preflight = plan.Preflight,
            Actual = plan.Actual,
            Agreement = comparison.Agreement,
            RuleAgrees = comparison.RuleAgrees,
            DetailAgrees = comparison.DetailAgrees,
            Disagreement = comparison.Disagreement,
        };
    }

    private static BrowserObservation NotMeasured(PlannedCase plan, string note) => new()
    {
        Outcome = BrowserOutcome.NotMeasured,
        Url = plan.Request.Url.ToString(),
        Origin = plan.Request.Origin,
        Note = note,
    };

    private static string StripConsolePrefix(string message) =>
        message.StartsWith("console ", StringComparison.Ordinal) && message.IndexOf(": ", StringComparison.Ordinal) is var i and > 0 ? message[(i + 2)..] : message;

    private static Uri ToWebSocketUrl(Uri url)
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

    private static void RequireHttpBase(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"Base URL '{baseUrl}' must be an absolute http:// or https:// URL of a server on a real socket.", nameof(baseUrl));
    }
}
