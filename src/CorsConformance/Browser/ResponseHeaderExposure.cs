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
        var names = new List<string>(SafelistedNames.Count + exposed.Count);
        names.AddRange(SafelistedNames);
        var wildcard = false;
        foreach (var name in exposed)
        {
            if (name == Wildcard)
                wildcard = true;
            else
                names.Add(name.ToLowerInvariant());
        }

        if (!credentialed && wildcard)
        {
            foreach (var line in response.Headers)
                names.Add(line.Name.ToLowerInvariant());
        }

        names.Sort(StringComparer.Ordinal);
        var readable = new List<string>(names.Count);
        foreach (var name in names)
        {
            if (readable.Count > 0 && readable[^1] == name)
                continue;
            if (name is not ("set-cookie" or "set-cookie2"))
                readable.Add(name);
        }
        return readable.ToArray();
    }
}
