using System.Globalization;

namespace CorsConformance.Contract;

/// <summary>
/// Parses allowed-origin entries and names the first mistake with the corrected value. Browsers compare
/// <c>Access-Control-Allow-Origin</c> with the serialized origin byte for byte, so every spelling a browser never
/// sends (trailing slash, upper case, default port, path) is an error, not a variant.
/// </summary>
internal static class OriginEntryParser
{
    private const string Example = "https://app.example.com";

    public static OriginPattern? Parse(string? text, out ContractProblem? problem)
    {
        problem = Check(text, out var pattern);
        return problem is null ? pattern : null;
    }

    private static ContractProblem? Check(string? text, out OriginPattern? pattern)
    {
        pattern = null;
        if (string.IsNullOrWhiteSpace(text))
            return new("is empty.", $"write a serialized origin such as '{Example}'.");

        var trimmed = text.Trim();
        if (trimmed.Equals("null", StringComparison.OrdinalIgnoreCase)) return NullOrigin(text);
        if (trimmed == "*")
        {
            if (trimmed != text) return new($"'{text}' has spaces around it.", "write '*'.");
            pattern = new OriginPattern("*", "*", "*", null, wildcardSubdomain: false, anyOrigin: true);
            return null;
        }

        var raw = RawOrigin.Split(trimmed);
        var canonical = raw.Canonical();
        var fix = canonical is null ? $"write a serialized origin such as '{Example}'." : $"write '{canonical}'.";

        if (trimmed != text)
            return new($"'{text}' has spaces around it; browsers compare origins byte for byte.", fix);
        if (raw.Scheme is null)
            return new($"'{text}' has no scheme: an origin is scheme://host[:port], exactly as the browser sends it in the Origin header.", fix);
        if (raw.Scheme.Contains('*'))
            return new($"'{text}' has a wildcard in the scheme; an origin names exactly one scheme.",
                $"list each scheme separately, e.g. 'https://{raw.HostLower}' (and 'http://{raw.HostLower}' only if plain-http pages really call the API).");
        if (!OriginSyntax.IsScheme(raw.Scheme))
            return new($"'{text}' does not start with a valid scheme.", fix);
        if (raw.MalformedSeparator)
            return new($"'{text}' does not separate the scheme from the host with '://'.", fix);
        if (raw.Scheme != raw.Scheme.ToLowerInvariant())
            return new($"'{text}' has an upper-case scheme; browsers serialize the scheme in lower case and compare byte for byte.", fix);
        if (raw.UserInfo is not null)
            return new($"'{text}' contains user info '{raw.UserInfo}@'; an origin never carries credentials.", fix);
        if (raw.Tail == "/")
            return new($"'{text}' ends with '/': browsers send the origin without a trailing slash, so it never equals the Origin header (trailing-slash-mismatch).", fix);
        if (raw.Tail.Length > 0)
            return new($"'{text}' has a path, query or fragment '{raw.Tail}': an origin is only scheme://host[:port], so it never equals the Origin header.", fix);
        if (raw.Host.Length == 0)
            return new($"'{text}' has no host.", $"write a serialized origin such as '{Example}'.");

        var scheme = raw.Scheme;
        var wildcard = raw.Host.Contains('*');
        if (wildcard && CheckWildcard(text, raw) is { } wildcardProblem) return wildcardProblem;

        if (raw.Host.Any(char.IsAsciiLetterUpper))
            return new($"'{text}' has upper-case letters in the host; browsers serialize hosts in lower case and compare byte for byte.", fix);
        if (!raw.Host.All(char.IsAscii))
            return new($"'{text}' has an international host name; browsers send its punycode (ASCII) form in the Origin header.", fix);

        var host = raw.Host;
        var domain = wildcard ? host[2..] : host;
        if (wildcard && OriginSyntax.IsIpLiteral(domain))
            return new($"'{text}' puts '*' before an IP address; IP addresses have no subdomains.",
                $"write the exact origin, e.g. '{scheme}://{domain}{raw.CanonicalPortSuffix}'.");
        if (!(OriginSyntax.IsDnsName(domain) || (!wildcard && OriginSyntax.IsIpLiteral(host))))
            return InvalidHost(text, scheme, host, raw.CanonicalPortSuffix);

        if (raw.Port is not null && CheckPort(text, raw, canonical) is { } portProblem) return portProblem;

        pattern = new OriginPattern($"{scheme}://{host}{raw.CanonicalPortSuffix}", scheme, domain, raw.CanonicalPort, wildcard, anyOrigin: false);
        return null;
    }

    private static ContractProblem NullOrigin(string text) => new(
        $"'{text}' allows the opaque origin 'null', which is a security defect (null-origin-allowed): any site can send "
        + "'Origin: null' from a sandboxed iframe, a data: URL or after a cross-origin redirect, so every attacker page would be allowed "
        + "(and with credentials could read your users' responses).",
        $"remove 'null' and list the real page origins, e.g. '{Example}'.");

    private static ContractProblem? CheckWildcard(string text, RawOrigin raw)
    {
        var scheme = raw.Scheme!;
        var port = raw.CanonicalPortSuffix;
        var host = raw.HostLower;
        var labels = host.Split('.');
        var index = Array.FindIndex(labels, l => l.Contains('*'));

        if (host == "*")
            return new($"'{text}' would allow every {scheme} site; an origin pattern needs a domain.",
                $"write '*' alone to allow any origin (only without credentials), or a subdomain pattern such as '{scheme}://*.example.com'.");

        if (host.Count(c => c == '*') == 1 && labels[0] == "*")
        {
            var domain = string.Join('.', labels[1..]);
            if (labels.Length == 2 && domain != "localhost" && !OriginSyntax.IsIpLiteral(domain))
                return new($"'{text}' matches every site under '.{domain}', which anyone can register.",
                    $"narrow it to your own domain, e.g. '{scheme}://*.example.{domain}{port}', or list each origin exactly.");
            return null;
        }

        if (index == 0)
        {
            var rest = labels[1..];
            var stripped = labels[0].Replace("*", "", StringComparison.Ordinal);
            var domain = rest.Length >= 2 || stripped.Length == 0 ? string.Join('.', rest) : $"{stripped}.{string.Join('.', rest)}";
            return new($"'{text}' puts '*' inside the label '{labels[0]}'; '*' may only be the whole left-most label. "
                    + $"A partial label is a suffix match: '*example.com' would also allow an attacker's 'evilexample.com' (suffix-bypass).",
                $"write '{scheme}://*.{domain}{port}' to allow the subdomains of {domain}, or list each origin exactly.");
        }

        var after = labels[(index + 1)..];
        var parentDomain = after.Length >= 2 && !after.Any(l => l.Contains('*'));
        var exact = parentDomain && labels[index] == "*"
            ? string.Join('.', labels.Where((_, i) => i != index))
            : string.Join('.', labels.Select(l => l.Replace("*", "example", StringComparison.Ordinal)));
        var fix = parentDomain
            ? $"write '{scheme}://*.{string.Join('.', after)}{port}' to allow every subdomain of {string.Join('.', after)}, or list each origin exactly, e.g. '{scheme}://{exact}{port}'."
            : $"list each origin exactly, e.g. '{scheme}://{exact}{port}'.";
        var where = labels[index] == "*" ? "in the middle of the host" : $"inside the label '{labels[index]}'";
        return new($"'{text}' puts '*' {where}; '*' may only be the whole left-most label, as in 'https://*.example.com'.", fix);
    }

    private static ContractProblem InvalidHost(string text, string scheme, string host, string port)
    {
        var wildcard = host.StartsWith("*.", StringComparison.Ordinal) ? "*." : "";
        var repaired = string.Join('.', host[wildcard.Length..].Split('.', StringSplitOptions.RemoveEmptyEntries));
        var fix = repaired.Length > 0 && OriginSyntax.IsDnsName(repaired)
            ? $"write '{scheme}://{wildcard}{repaired}{port}'."
            : $"write the host as the browser's address bar shows it, e.g. '{Example}'.";
        return new($"'{text}' has the host '{host}', which is not a valid host name (non-empty labels of letters, digits, '-' and '_' separated by single dots).", fix);
    }

    private static ContractProblem? CheckPort(string text, RawOrigin raw, string? canonical)
    {
        var scheme = raw.Scheme!;
        var host = raw.Host;
        var port = raw.Port!;
        if (port.Length == 0)
            return new($"'{text}' ends with ':' but names no port.", $"write '{canonical}'.");
        if (port.Contains('*'))
            return new($"'{text}' has a wildcard port; browsers compare the port exactly.", $"list each port, e.g. '{scheme}://{host}:3000'.");
        if (!port.All(char.IsAsciiDigit) || port.Length > 9)
            return new($"'{text}' has the port '{port}', which is not a number.", $"write a port number, e.g. '{scheme}://{host}:8080'.");
        var value = int.Parse(port, CultureInfo.InvariantCulture);
        if (value is 0 or > 65535)
            return new($"'{text}' has the port {port}, outside 1-65535.", $"write a real port, e.g. '{scheme}://{host}:8080'.");
        if (raw.CanonicalPort is null)
            return new($"'{text}' names the default port :{port} of {scheme}; browsers omit the default port, so the Origin header is '{canonical}' and never equals this entry.",
                $"write '{canonical}'.");
        if (raw.CanonicalPort != port)
            return new($"'{text}' writes the port as '{port}'; browsers serialize it as '{raw.CanonicalPort}'.", $"write '{canonical}'.");
        return null;
    }
}
