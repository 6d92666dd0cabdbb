namespace CorsConformance.Playwright.Confirmation;

/// <summary>What Chromium did with one real fetch() and why, as the browser itself reported it.</summary>
public sealed record BrowserObservation
{
    /// <summary>Accepted, blocked, network error or not measured.</summary>
    public required BrowserOutcome Outcome { get; init; }

    /// <summary>The URL fetched (carries the per-case <c>cc</c> query that keeps preflight caches apart).</summary>
    public required string Url { get; init; }

    /// <summary>The page's origin as the browser serialized it (<c>null</c> for the sandboxed iframe).</summary>
    public required string Origin { get; init; }

    /// <summary>The response status script saw, when accepted.</summary>
    public int? Status { get; init; }

    /// <summary>True when fetch() followed a redirect.</summary>
    public bool Redirected { get; init; }

    /// <summary>Lowercase header names for which <c>response.headers.get(name)</c> returned a value (among the names asked about).</summary>
    public IReadOnlyList<string> ReadableHeaders { get; init; } = [];

    /// <summary>Every header name script sees when iterating <c>response.headers</c> (lowercase).</summary>
    public IReadOnlyList<string> IteratedHeaders { get; init; } = [];

    /// <summary>DevTools <c>Network.loadingFailed</c> → <c>corsErrorStatus.corsError</c>, e.g. <c>MultipleAllowOriginValues</c>.</summary>
    public string? CorsError { get; init; }

    /// <summary>DevTools <c>corsErrorStatus.failedParameter</c> (the offending value or name).</summary>
    public string? FailedParameter { get; init; }

    /// <summary>DevTools <c>errorText</c>, e.g. <c>net::ERR_FAILED</c>.</summary>
    public string? NetError { get; init; }

    /// <summary>The full console line, e.g. <c>Access to fetch at '...' from origin '...' has been blocked by CORS policy: ...</c>.</summary>
    public string? ConsoleMessage { get; init; }

    /// <summary>The part of <see cref="ConsoleMessage"/> after "has been blocked by CORS policy: ".</summary>
    public string? ConsoleDetail { get; init; }

    /// <summary>Other console lines and DevTools issues about this request (deprecations such as Authorization under <c>ACAH: *</c>).</summary>
    public IReadOnlyList<string> OtherMessages { get; init; } = [];

    /// <summary>What script saw when fetch() rejected, e.g. <c>TypeError: Failed to fetch</c>.</summary>
    public string? ScriptError { get; init; }

    /// <summary>True when Chromium sent an OPTIONS preflight for this fetch, false when it did not, null when unknown.</summary>
    public bool? PreflightSent { get; init; }

    /// <summary>Why the case was not measured, or null.</summary>
    public string? Note { get; init; }

    /// <summary>The catalog rule id for <see cref="CorsError"/>, or null.</summary>
    public string? RuleId => ChromiumCorsErrors.RuleIdFor(CorsError);

    /// <summary>One line: what Chromium did and why.</summary>
    public string Describe() => Outcome switch
    {
        BrowserOutcome.Accepted =>
            $"Chromium accepted (status {Status}{(Redirected ? ", after a redirect" : "")}; script can read [{string.Join(", ", IteratedHeaders)}])",
        BrowserOutcome.Blocked =>
            $"Chromium blocked ({CorsError}{(string.IsNullOrEmpty(FailedParameter) ? "" : $" '{FailedParameter}'")}"
            + $"{(RuleId is null ? "" : $" → {RuleId}")}): {ConsoleDetail ?? "no console line arrived"}",
        BrowserOutcome.NetworkError => $"Chromium failed the request without a CORS reason ({NetError ?? ScriptError})",
        _ => $"not measured in Chromium: {Note}",
    };
}
