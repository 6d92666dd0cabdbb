using System.Globalization;
using System.Net;
using CorsConformance.Rules;

namespace CorsConformance.Security;

/// <summary>
/// Derives the attacker origins of catalog section 3 from the contract's own allowed origins
/// (A = an allowed origin such as https://app.example.com, D = its registrable domain example.com).
/// </summary>
internal static class SecurityProbeOrigins
{
    /// <summary>Characters that origin parsers disagree on (catalog: special-char-bypass).</summary>
    private static readonly string[] SpecialCharacters = ["_", "%60", "-", "{", "}", "^", "~", "!", "$", "&", "'", "(", ")", "*", ",", ";", "=", "|"];

    /// <summary>Origins anyone can obtain; derived from nothing.</summary>
    public static IReadOnlyList<ProbeOrigin> Generic(string seed) =>
    [
        new("https://evil.example-attacker.test", RuleIds.ReflectsArbitraryOrigin, "an arbitrary attacker origin"),
        new($"https://{RandomLabel(seed)}.test", RuleIds.ReflectsArbitraryOrigin, "a random origin"),
        new("null", RuleIds.NullOriginAllowed, "the opaque origin of a sandboxed iframe or data: URL"),
        new("https://whatever.github.io", RuleIds.ThirdPartyOriginTrusted, "shared hosting anyone can publish to"),
        new("https://codepen.io", RuleIds.ThirdPartyOriginTrusted, "shared hosting anyone can publish to"),
        new("https://jsfiddle.net", RuleIds.ThirdPartyOriginTrusted, "shared hosting anyone can publish to"),
        new("chrome-extension://abcdefghijklmnopabcdefghijklmnop", RuleIds.ExtensionOriginTrusted, "a Chrome extension"),
        new("moz-extension://0b7e2c4a-6f1d-4e8b-9a3c-5d2f1e0a9b7c", RuleIds.ExtensionOriginTrusted, "a Firefox extension"),
    ];

    /// <summary>Origins derived from one allowed exact origin.</summary>
    public static IReadOnlyList<ProbeOrigin> DerivedFrom(string allowedOrigin, string seed)
    {
        if (!Uri.TryCreate(allowedOrigin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return [];
        var scheme = uri.Scheme;
        var host = uri.IdnHost;
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        var probes = new List<ProbeOrigin>();
        var isIp = IPAddress.TryParse(host.Trim('[', ']'), out _);

        if (scheme == "https")
            probes.Add(new($"http://{host}{port}", RuleIds.HttpOriginTrusted, "the same host over plain http"));
        var otherPort = uri.IsDefaultPort || uri.Port != 1337 ? 1337 : 1338;
        probes.Add(new($"{scheme}://{host}:{otherPort}", RuleIds.PortVariationTrusted, "the allowed host on another port"));
        probes.Add(new($"{scheme}://{host}.evil.test", RuleIds.PrefixBypass, "the allowed host followed by an attacker domain"));
        foreach (var c in SpecialCharacters)
            probes.Add(new($"{scheme}://{host}{c}.evil.test", RuleIds.SpecialCharBypass, $"'{c}' after the allowed host"));

        if (!isIp && host.Contains('.', StringComparison.Ordinal))
        {
            var domain = RegistrableDomain(host);
            probes.Add(new($"{scheme}://evil{domain}{port}", RuleIds.SuffixBypass, $"an attacker label glued before {domain}"));
            var firstDot = host.IndexOf('.', StringComparison.Ordinal);
            probes.Add(new($"{scheme}://{host[..firstDot]}x{host[(firstDot + 1)..]}{port}", RuleIds.UnescapedDotBypass, "the first dot replaced by a letter"));
            if (domain.Length > 3)
                probes.Add(new($"{scheme}://{domain[1..]}{port}", RuleIds.SubstringBypass, "a substring of the allowed domain"));
            probes.Add(new($"{scheme}://{host[..^1]}{port}", RuleIds.SubstringBypass, "the allowed host without its last character"));
            probes.Add(new($"{scheme}://evil.{domain}{port}", RuleIds.AnySubdomainTrusted, $"an unlisted subdomain of {domain}"));
            probes.Add(new($"{scheme}://{RandomLabel(seed)}.{domain}{port}", RuleIds.AnySubdomainTrusted, $"a random subdomain of {domain}"));
        }
        return probes;
    }

    /// <summary>An Origin carrying percent-encoded CR/LF (raw CR/LF cannot be sent by any HTTP client).</summary>
    public static ProbeOrigin Crlf(string allowedOrigin) =>
        new($"{allowedOrigin}%0d%0ax-cors-conformance-injected:1", RuleIds.CrlfInReflectedValue, "an Origin with encoded CR/LF");

    /// <summary>The registrable domain guess: the last two labels (example.com), or three for common second-level suffixes (example.co.uk).</summary>
    public static string RegistrableDomain(string host)
    {
        var labels = host.Split('.');
        if (labels.Length <= 2) return host;
        var take = labels[^2].Length <= 3 && labels[^1].Length == 2 && labels.Length >= 3 ? 3 : 2;
        return string.Join('.', labels[^take..]);
    }

    /// <summary>A label that looks random but is stable for one contract, so case names stay stable between discovery and execution.</summary>
    private static string RandomLabel(string seed)
    {
        var hash = 17u;
        foreach (var ch in seed) hash = unchecked(hash * 31 + ch);
        return "cc" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
