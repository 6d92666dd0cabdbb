namespace CorsConformance.Browser;

/// <summary>
/// Fetch "CORS-safelisted request-header" [#cors-safelisted-request-header] plus the client hints Chromium also
/// safelists, and Fetch "forbidden request-header" [#forbidden-request-header] (headers fetch() silently drops).
/// </summary>
internal static class SafelistedHeaders
{
    /// <summary>A safelisted header's value may be at most this many bytes.</summary>
    public const int MaxValueBytes = 128;

    private static readonly HashSet<string> ForbiddenNames = new(StringComparer.Ordinal)
    {
        "accept-charset", "accept-encoding", "access-control-request-headers", "access-control-request-method",
        "connection", "content-length", "cookie", "cookie2", "date", "dnt", "expect", "host", "keep-alive",
        "origin", "referer", "set-cookie", "te", "trailer", "transfer-encoding", "upgrade", "via",
        // Removed from the standard's list, still dropped by Chromium.
        "user-agent",
    };

    private static readonly string[] SafelistedContentTypes =
        ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    private static readonly HashSet<string> EffectiveConnectionTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "slow-2g", "2g", "3g", "4g",
    };

    /// <summary>True for a name script cannot set (the browser drops it); <paramref name="lowerName"/> is lowercase.</summary>
    public static bool IsForbiddenName(string lowerName) =>
        ForbiddenNames.Contains(lowerName) || lowerName.StartsWith("proxy-", StringComparison.Ordinal)
        || lowerName.StartsWith("sec-", StringComparison.Ordinal);

    /// <summary>
    /// Null when the header is CORS-safelisted on its own; otherwise the reason it is not
    /// (a phrase that follows the header name, e.g. "is not a CORS-safelisted header").
    /// </summary>
    /// <param name="lowerName">The header name, lowercase.</param>
    /// <param name="value">The normalized value (HTTP whitespace trimmed, repeated lines combined with ", ").</param>
    public static string? WhyNotSafelisted(string lowerName, string value)
    {
        if (!IsSafelistedName(lowerName))
            return "is not a CORS-safelisted header";
        if (value.Length > MaxValueBytes)
            return $"value is {value.Length} bytes, above the {MaxValueBytes}-byte limit for a safelisted header";
        return lowerName switch
        {
            "accept" => FirstUnsafeByte(value) is { } c ? $"value contains the CORS-unsafe byte {Describe(c)}" : null,
            "accept-language" or "content-language" => FirstNonLanguageByte(value) is { } c
                ? $"value contains {Describe(c)}; only 0-9 A-Z a-z space * , - . ; = are allowed"
                : null,
            "content-type" => WhyContentTypeNotSafelisted(value),
            "range" => IsSafelistedRange(value) ? null : "value is not a single range of the form bytes=N- or bytes=N-M",
            "dpr" or "device-memory" or "downlink" => IsDecimal(value) ? null : "value is not a decimal number",
            "width" or "viewport-width" or "rtt" => IsDigits(value) ? null : "value is not an integer",
            "ect" => EffectiveConnectionTypes.Contains(value) ? null : "value is not slow-2g, 2g, 3g or 4g",
            "save-data" => value.Equals("on", StringComparison.OrdinalIgnoreCase) ? null : "value is not 'on'",
            _ => null, // intervention: Chromium accepts any value
        };
    }

    private static bool IsSafelistedName(string lowerName) => lowerName is
        "accept" or "accept-language" or "content-language" or "content-type" or "range"
        // Chromium's client hints and its own Intervention header (services/network/public/cpp/cors/cors.cc).
        or "dpr" or "device-memory" or "width" or "viewport-width" or "rtt" or "downlink" or "ect" or "save-data"
        or "intervention";

    // Fetch "CORS-unsafe request-header byte": controls except TAB, and " ( ) : < > ? @ [ \ ] { } DEL.
    private static bool IsCorsUnsafeByte(char c) =>
        (c < 0x20 && c != '\t') || c is '"' or '(' or ')' or ':' or '<' or '>' or '?' or '@' or '[' or '\\' or ']'
            or '{' or '}' or (char)0x7F;

    private static char? FirstUnsafeByte(string value)
    {
        foreach (var c in value)
        {
            if (IsCorsUnsafeByte(c))
                return c;
        }
        return null;
    }

    private static char? FirstNonLanguageByte(string value)
    {
        foreach (var c in value)
        {
            var ok = c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z' or ' ' or '*' or ',' or '-' or '.' or ';' or '=';
            if (!ok)
                return c;
        }
        return null;
    }

    private static string Describe(char c) => c is >= ' ' and < (char)0x7F ? $"'{c}'" : $"0x{(int)c:X2}";

    // Content-Type: no CORS-unsafe byte, and the essence of the parsed MIME type (case-insensitive, parameters
    // allowed) is one of the three form/text types.
    private static string? WhyContentTypeNotSafelisted(string value)
    {
        if (FirstUnsafeByte(value) is { } c)
            return $"value contains the CORS-unsafe byte {Describe(c)}";
        var essence = MimeEssence(value);
        if (essence is not null && SafelistedContentTypes.Contains(essence, StringComparer.Ordinal))
            return null;
        return $"'{value}' is not application/x-www-form-urlencoded, multipart/form-data or text/plain";
    }

    private static string? MimeEssence(string value)
    {
        var semicolon = value.IndexOf(';');
        var typeAndSubtype = HttpSyntax.TrimHttpWhitespace(semicolon < 0 ? value : value[..semicolon]);
        var slash = typeAndSubtype.IndexOf('/');
        if (slash < 0)
            return null;
        var type = typeAndSubtype[..slash];
        var subtype = typeAndSubtype[(slash + 1)..];
        if (!HttpSyntax.IsToken(type) || !HttpSyntax.IsToken(subtype))
            return null;
        return (type + "/" + subtype).ToLowerInvariant();
    }

    // Fetch "parse a single range header value" (whitespace not allowed); safelisted only with a first position.
    private static bool IsSafelistedRange(string value)
    {
        const string prefix = "bytes=";
        if (!value.StartsWith(prefix, StringComparison.Ordinal))
            return false;
        var rest = value[prefix.Length..];
        var dash = rest.IndexOf('-');
        if (dash <= 0)
            return false;
        var start = rest[..dash];
        var end = rest[(dash + 1)..];
        if (!IsDigits(start) || (end.Length > 0 && !IsDigits(end)))
            return false;
        if (end.Length == 0)
            return true;
        return CompareDigits(start, end) <= 0;
    }

    private static int CompareDigits(string a, string b)
    {
        a = a.TrimStart('0');
        b = b.TrimStart('0');
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
    }

    // 1*DIGIT
    private static bool IsDigits(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);

    // 1*DIGIT [ "." 1*DIGIT ]
    private static bool IsDecimal(string value)
    {
        var dot = value.IndexOf('.');
        return dot < 0 ? IsDigits(value) : IsDigits(value[..dot]) && IsDigits(value[(dot + 1)..]);
    }
}
