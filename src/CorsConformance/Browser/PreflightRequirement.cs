namespace CorsConformance.Browser;

/// <summary>Whether a request is preflighted, and what the preflight will carry.</summary>
/// <param name="Required">True when the browser sends an OPTIONS preflight first.</param>
/// <param name="Reason">Human reason, e.g. "method PUT is not safelisted" or "header authorization is not safelisted".</param>
/// <param name="RequestMethod">The value of Access-Control-Request-Method (the method as the script wrote it after normalization).</param>
/// <param name="UnsafeHeaderNames">The CORS-unsafe request header names: lowercase, sorted, de-duplicated (Access-Control-Request-Headers).</param>
public sealed record PreflightRequirement(bool Required, string? Reason, string RequestMethod, IReadOnlyList<string> UnsafeHeaderNames)
{
    /// <summary>The Access-Control-Request-Headers value Chromium sends (comma-separated, no spaces), or null when none.</summary>
    public string? AccessControlRequestHeaders => UnsafeHeaderNames.Count == 0 ? null : string.Join(",", UnsafeHeaderNames);
}
