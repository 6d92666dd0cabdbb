using System.Diagnostics.CodeAnalysis;

namespace CorsConformance.Contract;

/// <summary>
/// One allowed-origin entry of a contract, parsed: an exact serialized origin (<c>https://app.example.com</c>,
/// <c>http://localhost:5173</c>), an explicit subdomain pattern (<c>https://*.example.com</c>: the <c>*</c> is the
/// whole left-most label and stands for one or more labels), or <c>*</c> (any origin; only without credentials).
/// </summary>
/// <remarks>
/// Entries must be written exactly as browsers serialize origins: lower-case scheme and host, no default port,
/// no path and no trailing slash. <see cref="TryParse"/> rejects anything else with the corrected value.
/// </remarks>
public sealed class OriginPattern
{
    /// <summary>The label used for the concrete origin that stands in for a subdomain pattern.</summary>
    internal const string ProbeLabel = "cors-conformance-probe";

    /// <summary>The page origin used for <c>*</c>: any origin is allowed, so any concrete one will do.</summary>
    internal const string AnyOriginSample = "https://cors-conformance-probe.test";

    internal OriginPattern(string text, string scheme, string host, string? port, bool wildcardSubdomain, bool anyOrigin)
    {
        Text = text;
        Scheme = scheme;
        Host = host;
        Port = port;
        IsWildcardSubdomain = wildcardSubdomain;
        IsAnyOrigin = anyOrigin;
    }

    /// <summary>The entry as written in the contract (already canonical, since only canonical entries parse).</summary>
    public string Text { get; }

    /// <summary>True for <c>*</c>: every origin is allowed (valid only without credentials).</summary>
    public bool IsAnyOrigin { get; }

    /// <summary>True for a subdomain pattern such as <c>https://*.example.com</c>.</summary>
    public bool IsWildcardSubdomain { get; }

    /// <summary>The lower-case scheme, e.g. <c>https</c>; <c>*</c> for <see cref="IsAnyOrigin"/>.</summary>
    public string Scheme { get; }

    /// <summary>
    /// The lower-case host, e.g. <c>app.example.com</c> or <c>[::1]</c>. For a subdomain pattern: the domain whose
    /// subdomains match (<c>example.com</c> for <c>https://*.example.com</c>). <c>*</c> for <see cref="IsAnyOrigin"/>.
    /// </summary>
    public string Host { get; }

    /// <summary>The explicit, non-default port as digits (e.g. <c>5173</c>), or null when the scheme's default port applies.</summary>
    public string? Port { get; }

    /// <summary>
    /// A concrete origin the case matrix can use as the page origin: the exact origin itself, for a pattern
    /// <c>https://cors-conformance-probe.&lt;domain&gt;</c> (with the pattern's port), for <c>*</c> a neutral
    /// <c>https://cors-conformance-probe.test</c>.
    /// </summary>
    public string SampleOrigin =>
        IsAnyOrigin ? AnyOriginSample
        : IsWildcardSubdomain ? $"{Scheme}://{ProbeLabel}.{Host}{PortSuffix}"
        : Text;

    /// <summary>
    /// A guess at the registrable domain (last two labels: <c>example.com</c> for <c>https://app.example.com</c>),
    /// or the host itself for IP addresses and single-label hosts such as <c>localhost</c>; null for <c>*</c>.
    /// A guess because the public suffix list is not consulted (<c>app.example.co.uk</c> gives <c>co.uk</c>).
    /// Security probes derive attacker origins such as <c>https://evilexample.com</c> from it.
    /// </summary>
    public string? RegistrableDomainGuess
    {
        get
        {
            if (IsAnyOrigin) return null;
            if (OriginSyntax.IsIpLiteral(Host)) return Host;
            var labels = Host.Split('.');
            return labels.Length <= 2 ? Host : $"{labels[^2]}.{labels[^1]}";
        }
    }

    private string PortSuffix => Port is null ? "" : ":" + Port;

    /// <summary>
    /// True when a request's serialized <c>Origin</c> is allowed by this entry. Exact entries compare byte for byte
    /// (as browsers compare <c>Access-Control-Allow-Origin</c>); a subdomain pattern requires the same scheme and port
    /// and one or more extra labels before <c>.domain</c>, so neither the bare domain (<c>https://example.com</c>)
    /// nor a glued label (<c>https://evilexample.com</c>) matches. <c>*</c> matches every origin.
    /// </summary>
    public bool Matches(string origin)
    {
        if (string.IsNullOrEmpty(origin)) return false;
        if (IsAnyOrigin) return true;
        if (!IsWildcardSubdomain) return string.Equals(origin, Text, StringComparison.Ordinal);

        var prefix = Scheme + "://";
        var suffix = "." + Host + PortSuffix;
        if (origin.Length <= prefix.Length + suffix.Length) return false;
        if (!origin.StartsWith(prefix, StringComparison.Ordinal) || !origin.EndsWith(suffix, StringComparison.Ordinal)) return false;
        var subdomain = origin[prefix.Length..^suffix.Length];
        return OriginSyntax.IsDnsName(subdomain);
    }

    /// <summary>Parses one allowed-origin entry.</summary>
    /// <param name="text">The entry, e.g. <c>https://app.example.com</c>, <c>https://*.example.com</c> or <c>*</c>.</param>
    /// <param name="pattern">The parsed entry when valid.</param>
    /// <param name="error">When invalid: what is wrong and the corrected value to write.</param>
    /// <returns>True when <paramref name="text"/> is a valid entry.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out OriginPattern? pattern, [NotNullWhen(false)] out string? error)
    {
        pattern = OriginEntryParser.Parse(text, out var problem);
        error = problem is null ? null : $"{problem.Message} Fix: {problem.Fix}";
        return pattern is not null;
    }

    /// <summary>Parses one allowed-origin entry or throws.</summary>
    /// <exception cref="FormatException">The entry is invalid; the message says why and what to write instead.</exception>
    public static OriginPattern Parse(string text) =>
        TryParse(text, out var pattern, out var error) ? pattern : throw new FormatException(error);

    /// <inheritdoc />
    public override string ToString() => Text;
}
