using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace CorsConformance.Playwright.Pages;

/// <summary>
/// Collects, per case token, what Chromium reported about a request: DevTools <c>Network.loadingFailed</c>
/// (<c>corsErrorStatus</c>), whether a preflight was sent, DevTools issues, and console lines.
/// </summary>
internal sealed class BrowserEventLog
{
    private readonly ConcurrentDictionary<string, (string Token, bool IsPreflight)> _byRequestId = new();
    private readonly ConcurrentDictionary<string, CaseEvents> _byToken = new();

    /// <summary>What was reported about one case.</summary>
    internal sealed class CaseEvents
    {
        private readonly Lock _gate = new();
        public string? CorsError { get; private set; }
        public string? FailedParameter { get; private set; }
        public string? NetError { get; private set; }
        public bool Failed { get; private set; }
        public bool PreflightSent { get; private set; }
        public bool SawRequest { get; private set; }
        public string? ConsoleMessage { get; private set; }
        public string? ConsoleDetail { get; private set; }
        public List<string> Others { get; } = [];

        /// <summary>
        /// Records a Network.loadingFailed. The main request's failure carries the decisive corsErrorStatus; the preflight's own
        /// request may fail too (without one), and must not end the wait for the main request's reason.
        /// </summary>
        public void RecordFailure(string? corsError, string? failedParameter, string? netError, bool isPreflightRequest)
        {
            lock (_gate)
            {
                if (CorsError is null && corsError is not null)
                {
                    CorsError = corsError;
                    FailedParameter = failedParameter;
                }
                if (isPreflightRequest) return;
                NetError ??= netError;
                Failed = true;
            }
        }

        /// <summary>True once the main request failed and its reason is complete (corsError and console line both, or neither).</summary>
        public bool ReasonComplete
        {
            get
            {
                lock (_gate)
                    return (Failed && (CorsError is null) == (ConsoleMessage is null)) || (!SawRequest && ConsoleMessage is not null);
            }
        }

        public void RecordRequest(bool isPreflight)
        {
            SawRequest = true;
            if (isPreflight) PreflightSent = true;
        }

        public void RecordConsole(string message, string detail)
        {
            lock (_gate)
            {
                if (ConsoleMessage is null)
                {
                    ConsoleMessage = message;
                    ConsoleDetail = detail;
                }
                else Others.Add(message);
            }
        }

        public void RecordOther(string message)
        {
            lock (_gate) Others.Add(message);
        }

        public List<string> OthersSnapshot()
        {
            lock (_gate) return [.. Others];
        }
    }

    private readonly ConcurrentQueue<string> _unmatched = new();

    /// <summary>Console lines and DevTools issues that name no case (e.g. deprecation issues, which carry only a source location).</summary>
    public IReadOnlyList<string> Unmatched => [.. _unmatched];

    public CaseEvents For(string token) => _byToken.GetOrAdd(token, _ => new CaseEvents());

    /// <summary>Subscribes to a DevTools session (page or out-of-process frame) and enables the Network and Audits domains.</summary>
    public async Task AttachAsync(ICDPSession cdp)
    {
        cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) => OnRequestWillBeSent(e);
        cdp.Event("Network.loadingFailed").OnEvent += (_, e) => OnLoadingFailed(e);
        cdp.Event("Audits.issueAdded").OnEvent += (_, e) => OnIssue(e);
        await cdp.SendAsync("Network.enable").ConfigureAwait(false);
        await cdp.SendAsync("Audits.enable").ConfigureAwait(false);
    }

    /// <summary>Records a console line when it names a case URL.</summary>
    public void OnConsole(IConsoleMessage message)
    {
        var text = message.Text;
        if (ChromiumConsoleLine.TryParse(text, out var url, out var from, out var detail))
        {
            var token = CaseToken.Find(from) ?? CaseToken.Find(url);
            if (token is not null) For(token).RecordConsole(text, detail);
            return;
        }
        if (text.StartsWith("Failed to load resource", StringComparison.Ordinal)) return;
        var other = CaseToken.Find(text) ?? CaseToken.Find(message.Location);
        if (other is not null) For(other).RecordOther($"console {message.Type}: {text}");
        else _unmatched.Enqueue($"console {message.Type}: {text}");
    }

    private void OnRequestWillBeSent(JsonElement? e)
    {
        if (e is not { } ev) return;
        var request = ev.GetProperty("request");
        var url = request.GetProperty("url").GetString();
        var token = CaseToken.Find(url);
        if (token is null) return;
        var requestId = ev.GetProperty("requestId").GetString()!;
        // fetch()'s own request has resource type "Fetch" (even with method OPTIONS); Chromium's preflight is "Preflight" or "Other".
        var type = ev.TryGetProperty("type", out var t) ? t.GetString() : null;
        var isPreflight = type == "Preflight" || (type != "Fetch" && request.GetProperty("method").GetString() == "OPTIONS");
        _byRequestId.TryAdd(requestId, (token, isPreflight));
        For(token).RecordRequest(isPreflight);
    }

    private void OnLoadingFailed(JsonElement? e)
    {
        if (e is not { } ev) return;
        if (!_byRequestId.TryGetValue(ev.GetProperty("requestId").GetString()!, out var request)) return;
        string? corsError = null, failedParameter = null;
        if (ev.TryGetProperty("corsErrorStatus", out var status))
        {
            corsError = status.GetProperty("corsError").GetString();
            failedParameter = status.TryGetProperty("failedParameter", out var p) ? p.GetString() : null;
        }
        var netError = ev.TryGetProperty("errorText", out var text) ? text.GetString() : null;
        For(request.Token).RecordFailure(corsError, failedParameter, netError, request.IsPreflight);
    }

    private void OnIssue(JsonElement? e)
    {
        if (e is not { } ev || !ev.TryGetProperty("issue", out var issue)) return;
        var raw = issue.GetRawText();
        var token = CaseToken.Find(raw);
        var code = issue.TryGetProperty("code", out var c) ? c.GetString() : "issue";
        var detail = DescribeIssue(issue);
        var line = $"devtools issue {code}{(detail is null ? "" : ": " + detail)}";
        if (token is null) _unmatched.Enqueue(line);
        else For(token).RecordOther(line);
    }

    private static string? DescribeIssue(JsonElement issue)
    {
        if (!issue.TryGetProperty("details", out var details)) return null;
        foreach (var kind in details.EnumerateObject())
        {
            if (kind.Value.ValueKind != JsonValueKind.Object) continue;
            if (kind.Value.TryGetProperty("type", out var type)) return type.ToString();
            if (kind.Value.TryGetProperty("corsErrorStatus", out var status)) return status.GetProperty("corsError").GetString();
        }
        return null;
    }
}
