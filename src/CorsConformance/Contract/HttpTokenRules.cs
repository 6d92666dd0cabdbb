namespace CorsConformance.Contract;

/// <summary>Checks method and header names: RFC 9110 tokens, and names browsers refuse to send or expose (Fetch).</summary>
internal static class HttpTokenRules
{
    /// <summary>Methods fetch() and XHR throw on (Fetch "forbidden method").</summary>
    private static readonly string[] ForbiddenMethods = ["CONNECT", "TRACE", "TRACK"];

    /// <summary>Request headers script can never set (Fetch "forbidden request-header"), besides <c>Proxy-*</c> and <c>Sec-*</c>.</summary>
    private static readonly string[] ForbiddenRequestHeaders =
    [
        "Accept-Charset", "Accept-Encoding", "Access-Control-Request-Headers", "Access-Control-Request-Method", "Connection",
        "Content-Length", "Cookie", "Cookie2", "Date", "DNT", "Expect", "Host", "Keep-Alive", "Origin", "Referer",
        "Set-Cookie", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Via",
    ];

    /// <summary>Response headers script can never read (Fetch "forbidden response-header name").</summary>
    private static readonly string[] ForbiddenResponseHeaders = ["Set-Cookie", "Set-Cookie2"];

    /// <summary>RFC 9110 <c>token</c>: one or more tchar.</summary>
    public static bool IsToken(string value) => value.Length > 0 && value.All(IsTokenChar);

    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    /// <summary>Problem with one method name, or null. Methods are case-sensitive and kept as written.</summary>
    public static ContractProblem? CheckMethod(string? method)
    {
        if (string.IsNullOrWhiteSpace(method))
            return new("is empty.", "write a method name such as 'GET' or 'PUT', or remove the entry.");
        if (method == "*")
            return new("'*' is not a method a client sends; the contract lists the methods your clients actually use.",
                "list them, e.g. 'GET', 'POST', 'PUT', 'DELETE'.");
        if (!IsToken(method))
            return new($"'{method}' is not a valid method name (an RFC 9110 token: letters, digits and !#$%&'*+-.^_`|~, no spaces or separators).",
                $"write '{TokenRepair(method, "GET")}'.");
        if (ForbiddenMethods.Contains(method, StringComparer.OrdinalIgnoreCase))
            return new($"'{method}' is a forbidden method: fetch() and XMLHttpRequest refuse to send it, so no browser case can exist.",
                $"remove '{method}'.");
        return null;
    }

    /// <summary>Problem with one request header name clients send, or null.</summary>
    public static ContractProblem? CheckRequestHeader(string? name)
    {
        if (CheckHeaderName(name, "Authorization") is { } problem) return problem;
        if (ForbiddenRequestHeaders.Contains(name, StringComparer.OrdinalIgnoreCase)
            || name!.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Sec-", StringComparison.OrdinalIgnoreCase))
            return new($"'{name}' is a forbidden request header: browsers set it themselves and never let script send it, so it never appears in Access-Control-Request-Headers.",
                $"remove '{name}'.");
        return null;
    }

    /// <summary>Problem with one response header name script must read, or null.</summary>
    public static ContractProblem? CheckExposedHeader(string? name)
    {
        if (CheckHeaderName(name, "X-Total-Count") is { } problem) return problem;
        if (ForbiddenResponseHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
            return new($"'{name}' is never readable by script, exposed or not (Fetch forbidden response-header name).",
                $"remove '{name}'.");
        return null;
    }

    private static ContractProblem? CheckHeaderName(string? name, string example)
    {
        if (string.IsNullOrWhiteSpace(name))
            return new("is empty.", $"write a header name such as '{example}', or remove the entry.");
        if (name == "*")
            return new("'*' is not a header name; the contract lists the headers by name so each one can be checked (and '*' means nothing to browsers on credentialed requests).",
                $"list the names, e.g. '{example}'.");
        if (!IsToken(name))
            return new($"'{name}' is not a valid header name (an RFC 9110 token: letters, digits and !#$%&'*+-.^_`|~, no spaces, ':' or separators).",
                $"write '{TokenRepair(name, example)}'.");
        return null;
    }

    /// <summary>The value with surrounding spaces removed, inner spaces as '-', a trailing ':' and other separators dropped.</summary>
    private static string TokenRepair(string value, string fallback)
    {
        var trimmed = value.Trim().TrimEnd(':').Trim();
        var repaired = new string(trimmed.Select(c => char.IsWhiteSpace(c) ? '-' : c).Where(IsTokenChar).ToArray());
        if (value.Trim().Contains(' ') && repaired.Replace("-", "", StringComparison.Ordinal).All(char.IsAsciiLetterUpper))
            repaired = repaired.Replace("-", "", StringComparison.Ordinal); // "GE T" is a typo of "GET", not "GE-T"
        return repaired.Length > 0 ? repaired : fallback;
    }
}
