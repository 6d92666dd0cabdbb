using CorsConformance.Running;

namespace CorsConformance.Xunit.Rows;

/// <summary>A row's real-browser confirmation: the browser's verdict, or why no browser could run it.</summary>
/// <param name="Confirmation">What the browser did, compared with the engine; null when unavailable.</param>
/// <param name="UnavailableReason">Why no browser could start (with how to install one), or null.</param>
internal sealed record BrowserCheck(VerdictConfirmation? Confirmation, string? UnavailableReason)
{
    /// <summary>
    /// In CI (<c>CI=true</c>) or with <c>CORS_CONFORMANCE_REQUIRE_BROWSER=1</c> a missing browser fails the row instead of
    /// skipping its confirmation: browser checks must run there.
    /// </summary>
    public static bool Required =>
        Environment.GetEnvironmentVariable("CORS_CONFORMANCE_REQUIRE_BROWSER") == "1"
        || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
