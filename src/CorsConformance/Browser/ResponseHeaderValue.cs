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
        var lines = response.Headers;
        var first = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!string.Equals(lines[i].Name, name, StringComparison.OrdinalIgnoreCase))
                continue;
            if (first >= 0) // a repeated line: the rare case
                return string.Join(", ", lines.All(name).Select(HttpSyntax.TrimSpacesAndTabs));
            first = i;
        }
        return first < 0 ? null : HttpSyntax.TrimSpacesAndTabs(lines[first].Value);
    }
}
