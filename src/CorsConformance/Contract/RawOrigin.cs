using System.Globalization;

namespace CorsConformance.Contract;

/// <summary>
/// A leniently split origin entry (<c>scheme://userinfo@host:port/tail</c>), so that every mistake can be named and
/// the value a browser would actually send can be suggested (<see cref="Canonical"/>).
/// </summary>
internal sealed record RawOrigin(string? Scheme, bool MalformedSeparator, string? UserInfo, string Host, string? Port, string Tail)
{
    private static readonly string[] KnownSchemes = ["http", "https", "ws", "wss"];

    public static RawOrigin Split(string text)
    {
        string? scheme = null;
        var malformed = false;
        string rest;
        var separator = text.IndexOf("://", StringComparison.Ordinal);
        if (separator > 0)
        {
            scheme = text[..separator];
            rest = text[(separator + 3)..];
        }
        else if (separator < 0 && MalformedSchemePrefix(text) is { } prefix)
        {
            scheme = prefix;
            malformed = true;
            rest = text[(prefix.Length + 1)..].TrimStart('/');
        }
        else
        {
            rest = text.TrimStart(':').TrimStart('/');
        }

        var end = rest.IndexOfAny(['/', '?', '#']);
        var authority = end < 0 ? rest : rest[..end];
        var tail = end < 0 ? "" : rest[end..];
        var at = authority.LastIndexOf('@');
        var userInfo = at >= 0 ? authority[..at] : null;
        var hostPort = authority[(at + 1)..];

        string host;
        string? port = null;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']');
            host = close < 0 ? hostPort : hostPort[..(close + 1)];
            var after = close < 0 ? "" : hostPort[(close + 1)..];
            if (after.StartsWith(':')) port = after[1..];
            else if (after.Length > 0) host = hostPort;
        }
        else
        {
            var colon = hostPort.LastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort[..colon];
            port = colon < 0 ? null : hostPort[(colon + 1)..];
        }
        return new RawOrigin(scheme, malformed, userInfo, host, port, tail);
    }

    /// <summary><c>https:app.example.com</c> or <c>https:/app.example.com</c>: a known scheme without <c>://</c>.</summary>
    private static string? MalformedSchemePrefix(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0) return null;
        var candidate = text[..colon];
        var after = text[(colon + 1)..];
        var looksLikePort = after.Length > 0 && char.IsAsciiDigit(after[0]);
        return !looksLikePort && KnownSchemes.Contains(candidate.ToLowerInvariant()) ? candidate : null;
    }

    /// <summary>The host in lower case (ASCII only).</summary>
    public string HostLower => Host.ToLowerInvariant();

    /// <summary>The lower-case scheme, or the scheme a browser page at this host most likely has.</summary>
    public string SchemeOrGuess => Scheme?.ToLowerInvariant() ?? (OriginSyntax.IsLoopbackHost(HostLower) ? "http" : "https");

    /// <summary>The host as browsers serialize it (lower case, punycode for international names), or null.</summary>
    public string? CanonicalHost
    {
        get
        {
            var host = HostLower;
            if (host.All(char.IsAscii)) return host;
            try
            {
                return new IdnMapping().GetAscii(host);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }

    /// <summary>The port as browsers serialize it: null for none or the default port, digits otherwise; "" when unusable.</summary>
    public string? CanonicalPort
    {
        get
        {
            if (string.IsNullOrEmpty(Port)) return null;
            if (!Port.All(char.IsAsciiDigit) || Port.Length > 9) return "";
            var value = int.Parse(Port, CultureInfo.InvariantCulture);
            if (value is 0 or > 65535) return "";
            var digits = value.ToString(CultureInfo.InvariantCulture);
            return digits == OriginSyntax.DefaultPort(SchemeOrGuess) ? null : digits;
        }
    }

    /// <summary><c>:port</c> as browsers serialize it, or empty.</summary>
    public string CanonicalPortSuffix => string.IsNullOrEmpty(CanonicalPort) ? "" : ":" + CanonicalPort;

    /// <summary>The entry as a browser would send it, when that can be worked out; otherwise null.</summary>
    public string? Canonical()
    {
        var scheme = SchemeOrGuess;
        var host = CanonicalHost;
        if (!OriginSyntax.IsScheme(scheme) || host is null || CanonicalPort == "") return null;
        var hostValid = OriginSyntax.IsDnsName(host) || OriginSyntax.IsIpLiteral(host)
            || (host.StartsWith("*.", StringComparison.Ordinal) && OriginSyntax.IsDnsName(host[2..]));
        return hostValid ? $"{scheme}://{host}{CanonicalPortSuffix}" : null;
    }
}
