using CorsConformance.Http;

namespace CorsConformance.Browser;

/// <summary>
/// Which responses a browser follows as redirects (Fetch "redirect status" with a Location header, as Chromium's
/// network stack decides it: 301, 302, 303, 307, 308 carrying <c>Location</c>). A 304 or a 3xx without Location is
/// an ordinary response: on a preflight it fails the ok-status check, not the redirect check.
/// </summary>
internal static class HttpRedirects
{
    /// <summary>True when the browser would follow <paramref name="response"/> as a redirect.</summary>
    public static bool IsFollowedRedirect(RecordedResponse response) =>
        response.Status is 301 or 302 or 303 or 307 or 308
        && ResponseHeaderValue.Get(response, "Location") is { Length: > 0 };
}
