using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Findings;
using CorsConformance.Http;
using CorsConformance.Probing;

namespace CorsConformance.Running;

/// <summary>
/// A case's result as a run keeps it until someone reads it: a struct of references to what the result shares with the
/// rest of the run (the case's URL, the pooled header lists, responses and verdict, the findings) instead of five objects
/// of its own (result, two exchanges, two recorded requests). <see cref="Expand"/> gives back an equal
/// <see cref="CaseResult"/>: every property equal, every header list, response and verdict the very same instance.
/// </summary>
/// <remarks>
/// Why: a run keeps every result until its last row or report has read them, so the collections that run while the
/// matrix is still going promote each one, and a 1,000-case run's results reached gen2 through gen1 collections (see
/// tests/CorsConformance.Benchmarks). Compact results are stored in arrays that hold no object of their own, so a
/// collection copies one array slot per case and finds nothing young behind it. Results of any other shape (a transport
/// error, redirects, a note, a preflight and an actual request to different URLs) are kept as they are.
/// </remarks>
internal readonly struct CompactCaseResult
{
    private const string PreflightMethod = "OPTIONS";

    private readonly CaseResult? _kept; // a result of another shape, kept whole
    private readonly CaseOutcome _outcome;
    private readonly Uri? _url;
    private readonly IReadOnlyList<HeaderLine>? _preflightHeaders; // null: no preflight
    private readonly RecordedResponse? _preflightResponse;
    private readonly TimeSpan _preflightElapsed;
    private readonly IReadOnlyList<HeaderLine>? _actualHeaders; // null: no actual request
    private readonly RecordedResponse? _actualResponse;
    private readonly TimeSpan _actualElapsed;
    private readonly BrowserVerdict? _verdict;
    private readonly IReadOnlyList<Finding> _findings;

    private CompactCaseResult(CaseResult kept)
    {
        _kept = kept;
        _findings = kept.Findings;
    }

    private CompactCaseResult(CaseResult result, Uri? url)
    {
        _outcome = result.Outcome;
        _url = url;
        if (result.Preflight is { } preflight)
            (_preflightHeaders, _preflightResponse, _preflightElapsed) = (preflight.Request.Headers, preflight.Response, preflight.Elapsed);
        if (result.Actual is { } actual)
            (_actualHeaders, _actualResponse, _actualElapsed) = (actual.Request.Headers, actual.Response, actual.Elapsed);
        _verdict = result.Verdict;
        _findings = result.Findings;
    }

    /// <summary>True when the result did not fit the compact shape and is kept as it is.</summary>
    public bool IsKeptWhole => _kept is not null;

    /// <summary>The compact form of <paramref name="result"/>, the result of <paramref name="corsCase"/>.</summary>
    public static CompactCaseResult Of(CaseResult result, CorsCase corsCase)
    {
        ArgumentNullException.ThrowIfNull(result);
        // Redirects: the shared empty list a result without redirects holds (what `[]` compiles to), so the expansion's is the same.
        if (!ReferenceEquals(result.Case, corsCase) || result.Note is not null || !ReferenceEquals(result.Redirects, Array.Empty<RedirectHop>()))
            return new CompactCaseResult(result);

        var preflight = result.Preflight;
        var actual = result.Actual;
        if (preflight is not null && !IsPlain(preflight, PreflightMethod, null)) return new CompactCaseResult(result);
        if (actual is not null && !IsPlain(actual, corsCase.Method, corsCase.Body)) return new CompactCaseResult(result);
        if (preflight is not null && actual is not null && !ReferenceEquals(preflight.Request.Url, actual.Request.Url)) return new CompactCaseResult(result);
        return new CompactCaseResult(result, preflight?.Request.Url ?? actual?.Request.Url);
    }

    /// <summary>The result again, equal to the one compacted (the same instance when it was kept whole).</summary>
    public CaseResult Expand(CorsCase corsCase)
    {
        if (_kept is not null) return _kept;
        return new CaseResult
        {
            Case = corsCase,
            Outcome = _outcome,
            Preflight = _preflightHeaders is null ? null
                : new Exchange(new RecordedRequest(PreflightMethod, _url!, _preflightHeaders), _preflightResponse, null, _preflightElapsed),
            Actual = _actualHeaders is null ? null
                : new Exchange(new RecordedRequest(corsCase.Method, _url!, _actualHeaders, corsCase.Body), _actualResponse, null, _actualElapsed),
            Verdict = _verdict,
            Findings = _findings,
        };
    }

    // An exchange the expansion can rebuild from the case: answered, the expected method and body (compared as the
    // record compares them: ordinal strings).
    private static bool IsPlain(Exchange exchange, string method, string? body) =>
        exchange.Response is not null && exchange.TransportError is null
        && string.Equals(exchange.Request.Method, method, StringComparison.Ordinal)
        && string.Equals(exchange.Request.Body, body, StringComparison.Ordinal);
}
