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
    /// <param name="explain">False: any non-null result means "not safelisted", without wording the reason (no allocation).</param>
    public static string? WhyNotSafelisted(string lowerName, string value, bool explain = true)
    {
        if (!IsSafelistedName(lowerName))
            return NotSafelistedName;
        if (value.Length > MaxValueBytes)
            return explain ? $"value is {value.Length} bytes, above the {MaxValueBytes}-byte limit for a safelisted header" : Unworded;
        return lowerName switch
        {
            "accept" => FirstUnsafeByte(value) is { } c ? (explain ? $"value contains the CORS-unsafe byte {Describe(c)}" : Unworded) : null,
            "accept-language" or "content-language" => FirstNonLanguageByte(value) is { } c
                ? (explain ? $"value contains {Describe(c)}; only 0-9 A-Z a-z space * , - . ; = are allowed" : Unworded)
                : null,
            "content-type" => WhyContentTypeNotSafelisted(value, explain),
            "range" => IsSafelistedRange(value) ? null : "value is not a single range of the form bytes=N- or bytes=N-M",
            "dpr" or "device-memory" or "downlink" => IsDecimal(value) ? null : "value is not a decimal number",
            "width" or "viewport-width" or "rtt" => IsDigits(value) ? null : "value is not an integer",
            "ect" => EffectiveConnectionTypes.Contains(value) ? null : "value is not slow-2g, 2g, 3g or 4g",
            "save-data" => value.Equals("on", StringComparison.OrdinalIgnoreCase) ? null : "value is not 'on'",
            _ => null, // intervention: Chromium accepts any value
        };
    }

    private const string NotSafelistedName = "is not a CORS-safelisted header";
    private const string Unworded = "is not CORS-safelisted";

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
    private static string? WhyContentTypeNotSafelisted(string value, bool explain)
    {
        if (FirstUnsafeByte(value) is { } c)
            return explain ? $"value contains the CORS-unsafe byte {Describe(c)}" : Unworded;
        if (IsSafelistedEssence(value))
            return null;
        return explain ? $"'{value}' is not application/x-www-form-urlencoded, multipart/form-data or text/plain" : Unworded;
    }

    // The essence (type/subtype before any parameter, HTTP whitespace trimmed, both tokens) compared case-insensitively.
    private static bool IsSafelistedEssence(string value)
    {
        var semicolon = value.IndexOf(';');
        var typeAndSubtype = HttpSyntax.TrimHttpWhitespace(semicolon < 0 ? value.AsSpan() : value.AsSpan(0, semicolon));
        var slash = typeAndSubtype.IndexOf('/');
        if (slash < 0)
            return false;
        if (!HttpSyntax.IsToken(typeAndSubtype[..slash]) || !HttpSyntax.IsToken(typeAndSubtype[(slash + 1)..]))
            return false;
        foreach (var safelisted in SafelistedContentTypes)
        {
            if (typeAndSubtype.Equals(safelisted, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
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
