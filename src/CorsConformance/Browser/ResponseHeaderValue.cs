using CorsConformance.Http;

namespace CorsConformance.Browser;

/// <summary>
/// Reads a response header the way Chromium's network stack hands it to the CORS code: every line with
/// that name, each value trimmed of spaces and tabs, joined with <c>", "</c> (Fetch "get" on a header list).
/// Two <c>Access-Control-Allow-Origin: a</c> lines therefore read as <c>a, a</c>.
/// </summary>
internal static class ResponseHeaderValue
{
    /// <summary>The combined, trimmed value of <paramref name="name"/>, or null when the response has no such line.</summary>
    public static string? Get(RecordedResponse response, string name)
    {
        var values = response.Headers.All(name);
        if (values.Count == 0)
            return null;
        if (values.Count == 1)
            return HttpSyntax.TrimSpacesAndTabs(values[0]);
        return string.Join(", ", values.Select(HttpSyntax.TrimSpacesAndTabs));
    }
}
