using CorsConformance.Http;

namespace CorsConformance.Browser;

/// <summary>
/// Which response headers script can read on a CORS response [#concept-filtered-response-cors]: the CORS-safelisted
/// response-header names, plus the names listed in Access-Control-Expose-Headers. <c>*</c> exposes every header
/// (except Set-Cookie/Set-Cookie2, which are never exposed) only without credentials; with credentials it is the
/// literal name "*". An unparseable ACEH exposes nothing (seen in Chromium 156).
/// </summary>
internal static class ResponseHeaderExposure
{
    /// <summary>Fetch "CORS-safelisted response-header name".</summary>
    public static readonly IReadOnlyList<string> SafelistedNames =
        ["cache-control", "content-language", "content-length", "content-type", "expires", "last-modified", "pragma"];

    private const string Wildcard = "*";

    /// <summary>
    /// The lowercase names script may read from <paramref name="response"/>, sorted: the safelisted names, the ACEH
    /// names, and with a usable <c>*</c> every header name the response carries. A name listed here but absent from
    /// the response simply reads as null.
    /// </summary>
    public static IReadOnlyList<string> ReadableNames(RecordedResponse response, bool credentialed)
    {
        var readable = new SortedSet<string>(SafelistedNames, StringComparer.Ordinal);
        var exposed = AllowListParser.Parse(response, "Access-Control-Expose-Headers");
        foreach (var name in exposed.Items)
        {
            if (name != Wildcard)
                readable.Add(name.ToLowerInvariant());
        }

        if (!credentialed && exposed.Items.Contains(Wildcard, StringComparer.Ordinal))
        {
            foreach (var line in response.Headers)
                readable.Add(line.Name.ToLowerInvariant());
        }

        readable.Remove("set-cookie");
        readable.Remove("set-cookie2");
        return readable.ToArray();
    }
}
