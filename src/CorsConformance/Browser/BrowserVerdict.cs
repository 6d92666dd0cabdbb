namespace CorsConformance.Browser;

/// <summary>The browser model's prediction for one request: accepted or blocked, why, and what Chromium prints.</summary>
public sealed record BrowserVerdict
{
    /// <summary>Accepted or blocked, as Chromium decides.</summary>
    public required VerdictKind Kind { get; init; }

    /// <summary>The catalog rule that blocked the request, or null when accepted.</summary>
    public string? RuleId { get; init; }

    /// <summary>
    /// Chromium's console detail sentence (what follows "has been blocked by CORS policy: "), or null when accepted.
    /// Preflight failures start with "Response to preflight request doesn't pass access control check: " where Chromium does.
    /// </summary>
    public string? ChromiumDetail { get; init; }

    /// <summary>True when the blocking decision was taken on the preflight response.</summary>
    public bool BlockedAtPreflight { get; init; }

    /// <summary>Spec/engine deviations that applied (warnings: browsers pass today but the spec says fail).</summary>
    public IReadOnlyList<EngineDeviation> Deviations { get; init; } = [];

    /// <summary>Response header names (lowercase) that script may read, when accepted.</summary>
    public IReadOnlyList<string> ReadableResponseHeaders { get; init; } = [];

    /// <summary>The URL first fetched, when the verdict was decided after following redirects.</summary>
    public Uri? RedirectedFrom { get; init; }

    /// <summary>The URL whose answer decided the verdict, when redirects were followed.</summary>
    public Uri? FinalUrl { get; init; }

    /// <summary>True when accepted.</summary>
    public bool Accepted => Kind == VerdictKind.Accepted;

    // Verdicts are immutable, so the common accepted ones are shared: the plain one, and the last one for a readable-names
    // list (ResponseHeaderExposure shares that list between the responses of one API).
    private static readonly BrowserVerdict PlainAccept = new() { Kind = VerdictKind.Accepted };
    private static BrowserVerdict? s_lastAcceptReadable;

    /// <summary>An accepted verdict.</summary>
    public static BrowserVerdict Accept(IReadOnlyList<string>? readable = null, IReadOnlyList<EngineDeviation>? deviations = null)
    {
        if (deviations is { Count: > 0 })
            return new() { Kind = VerdictKind.Accepted, ReadableResponseHeaders = readable ?? [], Deviations = deviations };
        if (readable is null || readable.Count == 0)
            return PlainAccept;
        if (Volatile.Read(ref s_lastAcceptReadable) is { } last && ReferenceEquals(last.ReadableResponseHeaders, readable))
            return last;
        var verdict = new BrowserVerdict { Kind = VerdictKind.Accepted, ReadableResponseHeaders = readable };
        Volatile.Write(ref s_lastAcceptReadable, verdict);
        return verdict;
    }

    /// <summary>A blocked verdict.</summary>
    public static BrowserVerdict Block(string ruleId, string chromiumDetail, bool atPreflight, IReadOnlyList<EngineDeviation>? deviations = null) =>
        new() { Kind = VerdictKind.Blocked, RuleId = ruleId, ChromiumDetail = chromiumDetail, BlockedAtPreflight = atPreflight, Deviations = deviations ?? [] };

    /// <summary>
    /// The full console line Chromium prints for a blocked fetch, e.g.
    /// <c>Access to fetch at 'URL' from origin 'O' has been blocked by CORS policy: DETAIL</c>.
    /// </summary>
    public string? ChromiumConsoleMessage(Uri url, string origin) =>
        ChromiumDetail is null ? null
        : FinalUrl is null ? $"Access to fetch at '{url}' from origin '{origin}' has been blocked by CORS policy: {ChromiumDetail}"
        : $"Access to fetch at '{FinalUrl}' (redirected from '{RedirectedFrom ?? url}') from origin '{origin}' has been blocked by CORS policy: {ChromiumDetail}";
}
