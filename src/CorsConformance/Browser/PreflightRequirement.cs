namespace CorsConformance.Browser;

/// <summary>Whether a request is preflighted, and what the preflight will carry.</summary>
/// <param name="Required">True when the browser sends an OPTIONS preflight first.</param>
/// <param name="RequestMethod">The value of Access-Control-Request-Method (the method as the script wrote it after normalization).</param>
/// <param name="UnsafeHeaderNames">The CORS-unsafe request header names: lowercase, sorted, de-duplicated (Access-Control-Request-Headers).</param>
public sealed record PreflightRequirement(bool Required, string RequestMethod, IReadOnlyList<string> UnsafeHeaderNames)
{
    // The request this requirement was computed for: the reason is worded only when someone reads it (a failure
    // message), not for every case of a run.
    private readonly CorsRequest? _request;
    private string? _reason;
    private string? _accessControlRequestHeaders;

    internal PreflightRequirement(CorsRequest request, bool required, string requestMethod, IReadOnlyList<string> unsafeHeaderNames)
        : this(required, requestMethod, unsafeHeaderNames) => _request = request;

    // A `with` copy may change the properties the cached texts were made from: it words them afresh.
    private PreflightRequirement(PreflightRequirement original)
    {
        Required = original.Required;
        RequestMethod = original.RequestMethod;
        UnsafeHeaderNames = original.UnsafeHeaderNames;
        _request = original._request;
    }

    /// <summary>
    /// Why the request is preflighted, e.g. "method PUT is not CORS-safelisted (only GET, HEAD and POST are)" or
    /// "header authorization is not a CORS-safelisted header"; null when it is not (and for a requirement built by hand,
    /// which has no request to explain).
    /// </summary>
    public string? Reason => !Required ? null : _reason ??= _request is null ? null : PreflightTrigger.Explain(_request);

    /// <summary>The Access-Control-Request-Headers value Chromium sends (comma-separated, no spaces), or null when none.</summary>
    public string? AccessControlRequestHeaders =>
        UnsafeHeaderNames.Count == 0 ? null : _accessControlRequestHeaders ??= string.Join(",", UnsafeHeaderNames);

    /// <summary>Equal when <see cref="Required"/>, <see cref="RequestMethod"/> and the header names (in order) are equal.</summary>
    public bool Equals(PreflightRequirement? other) =>
        other is not null && Required == other.Required && RequestMethod == other.RequestMethod
        && UnsafeHeaderNames.SequenceEqual(other.UnsafeHeaderNames, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Required, RequestMethod, UnsafeHeaderNames.Count);
}
