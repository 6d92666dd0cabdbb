namespace CorsConformance.Browser;

/// <summary>Method rules of the Fetch standard as fetch() applies them before anything goes on the wire.</summary>
internal static class FetchMethods
{
    private static readonly string[] Normalized = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"];

    /// <summary>
    /// Fetch "normalize a method" [#concept-method-normalize]: a byte-case-insensitive match for DELETE, GET, HEAD,
    /// OPTIONS, POST or PUT is uppercased; anything else is sent exactly as written (<c>patch</c> stays <c>patch</c>).
    /// </summary>
    public static string Normalize(string method)
    {
        foreach (var known in Normalized)
        {
            if (string.Equals(method, known, StringComparison.OrdinalIgnoreCase))
                return known;
        }
        return method;
    }

    /// <summary>Fetch "CORS-safelisted method" [#cors-safelisted-method]: GET, HEAD or POST (after normalization).</summary>
    public static bool IsCorsSafelisted(string normalizedMethod) =>
        normalizedMethod is "GET" or "HEAD" or "POST";

    /// <summary>Fetch "forbidden method" [#forbidden-method]: CONNECT, TRACE, TRACK (fetch() rejects them).</summary>
    public static bool IsForbidden(string method) =>
        method.Equals("CONNECT", StringComparison.OrdinalIgnoreCase)
        || method.Equals("TRACE", StringComparison.OrdinalIgnoreCase)
        || method.Equals("TRACK", StringComparison.OrdinalIgnoreCase);
}
