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
        var exposed = AllowListParser.Parse(response, "Access-Control-Expose-Headers").Items;
        var everyName = !credentialed && exposed.Contains(Wildcard);
        var names = new string[SafelistedNames.Count + exposed.Count + (everyName ? response.Headers.Count : 0)];
        var count = 0;
        foreach (var name in SafelistedNames)
            names[count++] = name;
        foreach (var name in exposed)
        {
            if (name != Wildcard)
                names[count++] = name.ToLowerInvariant();
        }
        if (everyName)
        {
            foreach (var line in response.Headers)
                names[count++] = line.Name.ToLowerInvariant();
        }

        // Sorted, each name once, never Set-Cookie: compacted in place.
        Array.Sort(names, 0, count, StringComparer.Ordinal);
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var name = names[i];
            if (kept > 0 && names[kept - 1] == name || name is "set-cookie" or "set-cookie2")
                continue;
            names[kept++] = name;
        }
        if (kept != names.Length)
            Array.Resize(ref names, kept);
        return names;
    }
}
