using System.Net;

namespace CorsConformance.Contract;

/// <summary>Character-level rules of serialized origins (WHATWG URL serialization, as browsers send <c>Origin</c>).</summary>
internal static class OriginSyntax
{
    /// <summary>Default ports browsers drop from a serialized origin.</summary>
    public static string? DefaultPort(string scheme) => scheme switch
    {
        "http" or "ws" => "80",
        "https" or "wss" => "443",
        "ftp" => "21",
        _ => null,
    };

    /// <summary>RFC 3986 scheme: a letter, then letters, digits, <c>+ - .</c>.</summary>
    public static bool IsScheme(string scheme) =>
        scheme.Length > 0 && char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');

    /// <summary>Dot-separated non-empty labels of lower-case letters, digits, <c>-</c> and <c>_</c> (Chromium accepts <c>_</c>).</summary>
    public static bool IsDnsName(string host) =>
        host.Length > 0 && host.Split('.').All(label => label.Length > 0 && label.All(IsLabelChar));

    public static bool IsLabelChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_';

    /// <summary>A bracketed IPv6 literal (<c>[::1]</c>) or a dotted IPv4 address.</summary>
    public static bool IsIpLiteral(string host) =>
        host.StartsWith('[') ? IsIpv6Literal(host) : IsIpv4(host);

    public static bool IsIpv6Literal(string host) =>
        host.Length > 2 && host[0] == '[' && host[^1] == ']'
        && IPAddress.TryParse(host[1..^1], out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;

    public static bool IsIpv4(string host)
    {
        var parts = host.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) <= 255);
    }

    /// <summary>Hosts for which a page is normally served over plain http during development.</summary>
    public static bool IsLoopbackHost(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" || host.EndsWith(".localhost", StringComparison.Ordinal);
}
