namespace CorsConformance.Browser;

/// <summary>
/// Classifies an Access-Control-Allow-Origin value that is not the request origin, the way Chromium picks its error
/// (services/network/public/cpp/cors/cors.cc): a space or comma means "multiple values"; a value that does not parse
/// as a URL is "invalid"; anything else is a "mismatch".
/// </summary>
internal static class AllowOriginValue
{
    private static readonly string[] SpecialSchemes = ["http", "https", "ws", "wss", "ftp"];

    /// <summary>True when the value holds a list (Chromium looks for a space or a comma).</summary>
    public static bool LooksLikeList(string value) => value.AsSpan().IndexOfAny(' ', ',') >= 0;

    /// <summary>
    /// Whether Chromium's URL parser (GURL) accepts <paramref name="value"/>. Verified against Chromium 156:
    /// <c>example.com</c>, <c>*.example.com</c>, <c>https://</c>, <c>http://[::1</c> and the empty string are invalid;
    /// <c>https://*.example.com</c>, <c>http:example.com</c>, <c>foo://bar</c> and <c>app.example.com:443</c>
    /// (scheme "app.example.com") are valid URLs (and therefore mismatches).
    /// </summary>
    public static bool ParsesAsUrl(string value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || !IsScheme(value.AsSpan(0, colon)))
            return false;
        var scheme = value[..colon].ToLowerInvariant();
        if (!SpecialSchemes.Contains(scheme))
            return true; // non-special schemes take almost any rest (file: included)
        return HasValidAuthority(value[(colon + 1)..]);
    }

    /// <summary>
    /// True when <paramref name="value"/> is <paramref name="origin"/> followed by a slash or a path: the configured
    /// origin was stored with a trailing slash (or copied from a URL).
    /// </summary>
    public static bool IsOriginWithPath(string value, string origin) =>
        value.Length > origin.Length && value.StartsWith(origin, StringComparison.Ordinal) && value[origin.Length] == '/';

    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetter(scheme[0]))
            return false;
        foreach (var c in scheme)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
                return false;
        }
        return true;
    }

    // Special-scheme authority: slashes optional (http:example.com is fixed up), userinfo ignored, host non-empty and free
    // of forbidden host code points, bracketed IPv6 closed, port all digits up to 65535.
    private static bool HasValidAuthority(string afterScheme)
    {
        var rest = afterScheme.TrimStart('/', '\\');
        var end = rest.IndexOfAny(['/', '?', '#', '\\']);
        var authority = end < 0 ? rest : rest[..end];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
            authority = authority[(at + 1)..];

        string host;
        string? port = null;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            if (close < 0)
                return false;
            host = authority[..(close + 1)];
            var after = authority[(close + 1)..];
            if (after.Length > 0)
            {
                if (after[0] != ':')
                    return false;
                port = after[1..];
            }
        }
        else
        {
            var portColon = authority.LastIndexOf(':');
            host = portColon < 0 ? authority : authority[..portColon];
            if (portColon >= 0)
                port = authority[(portColon + 1)..];
        }

        if (host.Length == 0 || (!host.StartsWith('[') && host.AsSpan().IndexOfAny("\0\t\n\r #%/:<>?@[\\]^|") >= 0))
            return false;
        if (port is { Length: > 0 } && !(port.All(char.IsAsciiDigit) && port.Length <= 5 && int.Parse(port, System.Globalization.CultureInfo.InvariantCulture) <= 65535))
            return false;
        return true;
    }
}
