namespace CorsConformance.Browser;

/// <summary>What the browser does with a cross-origin request.</summary>
public enum VerdictKind
{
    /// <summary>The script receives the response.</summary>
    Accepted,
    /// <summary>The browser blocks the response; the script sees <c>TypeError: Failed to fetch</c>.</summary>
    Blocked,
}
