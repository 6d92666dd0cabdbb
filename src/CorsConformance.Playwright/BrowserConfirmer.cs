using CorsConformance.Cases;
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
            planned = await ExchangeRecorder.RecordAllAsync(baseUrl, planned, _options.RequestTimeout, cancellationToken).ConfigureAwait(false);
        var observed = await new CaseRunner(_session, _options).ObserveAsync(baseUrl, planned, cancellationToken).ConfigureAwait(false);
        return [.. planned.Select((p, i) => EngineJudge.Confirm(p, observed[i]))];
    }

    /// <summary>
    /// Confirms results the engine already produced (e.g. by the xunit suite): each case is fetched in Chromium and compared with
    /// <see cref="CaseResult.Verdict"/>, or with a verdict computed from the result's recorded exchanges when it has none.
    /// </summary>
    public async Task<IReadOnlyList<BrowserConfirmation>> ConfirmAsync(Uri baseUrl, IEnumerable<CaseResult> results, CancellationToken cancellationToken = default)
    {
        RequireHttpBase(baseUrl);
        ArgumentNullException.ThrowIfNull(results);
        var planned = results.Select(r => Plan(r.Case, baseUrl) with { Preflight = r.Preflight, Actual = r.Actual, Redirects = r.Redirects, GivenVerdict = r.Verdict }).ToList();
        var observed = await new CaseRunner(_session, _options).ObserveAsync(baseUrl, planned, cancellationToken).ConfigureAwait(false);
        return [.. planned.Select((p, i) => EngineJudge.Confirm(p, observed[i]))];
    }

    /// <summary>
    /// Opens a WebSocket to <paramref name="url"/> (ws://, wss://, or http(s):// turned into ws(s)://) from a page at
    /// <paramref name="origin"/>, and reports whether the server let it open.
    /// </summary>
    public Task<WebSocketObservation> OpenWebSocketAsync(Uri url, string origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(origin);
        return WebSocketProbe.OpenAsync(_session, _options, url, origin, cancellationToken);
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

    private static void RequireHttpBase(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"Base URL '{baseUrl}' must be an absolute http:// or https:// URL of a server on a real socket.", nameof(baseUrl));
    }
}
