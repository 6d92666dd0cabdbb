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

    // The last answer that depended only on the Access-Control-Expose-Headers value (and, when it lists '*', on the
    // credentials mode): the responses of one API repeat the same value, so their verdicts share one read-only list.
    private static Memo? s_last;

    // Credentialed: null when the answer does not depend on the credentials mode (no '*' listed).
    private sealed record Memo(string? ExposeHeaders, bool? Credentialed, IReadOnlyList<string> Readable);

    /// <summary>
    /// The lowercase names script may read from <paramref name="response"/>, sorted: the safelisted names, the ACEH
    /// names, and with a usable <c>*</c> every header name the response carries. A name listed here but absent from
    /// the response simply reads as null.
    /// </summary>
    public static IReadOnlyList<string> ReadableNames(RecordedResponse response, bool credentialed)
    {
        var exposeHeaders = ResponseHeaderValue.Get(response, "Access-Control-Expose-Headers");
        if (Volatile.Read(ref s_last) is { } last && string.Equals(last.ExposeHeaders, exposeHeaders, StringComparison.Ordinal)
            && (last.Credentialed is null || last.Credentialed == credentialed))
            return last.Readable;

        var exposed = AllowListParser.Parse(exposeHeaders).Items;
        var listsWildcard = exposed.Contains(Wildcard);
        var everyName = !credentialed && listsWildcard;
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
        if (!everyName) // with a usable '*' the answer depends on this response's own header names
            Volatile.Write(ref s_last, new Memo(exposeHeaders, listsWildcard ? credentialed : null, names));
        return names;
    }
}
