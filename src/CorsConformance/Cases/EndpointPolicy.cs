using CorsConformance.Contract;

namespace CorsConformance.Cases;

/// <summary>The contract as it applies to one endpoint: contract-wide values with the endpoint's overrides applied.</summary>
internal sealed record EndpointPolicy(
    string Path,
    IReadOnlyList<string> Methods,
    bool Public,
    IReadOnlyList<string> Origins,
    bool Credentials,
    IReadOnlyList<string> Headers,
    IReadOnlyList<string> Exposed,
    int? MaxAgeSeconds,
    string? SampleBody)
{
    public static EndpointPolicy For(CorsContract contract, CorsEndpoint endpoint) => new(
        endpoint.Path,
        endpoint.Methods.Count > 0 ? endpoint.Methods : contract.AllowedMethods,
        endpoint.Public,
        endpoint.AllowedOrigins ?? contract.AllowedOrigins,
        !endpoint.Public && (endpoint.AllowCredentials ?? contract.AllowCredentials),
        endpoint.AllowedHeaders ?? contract.AllowedHeaders,
        endpoint.ExposedHeaders ?? contract.ExposedHeaders,
        endpoint.MaxAgeSeconds ?? contract.MaxAgeSeconds,
        endpoint.SampleBody);

    private OriginPattern?[]? _patterns;
    private IReadOnlyList<string>? _sampleOrigins;

    /// <summary>Concrete page origins for the allowed entries (patterns become a sample subdomain).</summary>
    public IReadOnlyList<string> SampleOrigins => _sampleOrigins ??=
        Origins.Select((entry, i) => (entry, pattern: Patterns[i])).Where(o => o.entry != "*")
            .Select(o => o.pattern?.SampleOrigin ?? o.entry).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>True when an origin is allowed on this endpoint by the contract.</summary>
    public bool Allows(string origin)
    {
        if (Public) return true;
        for (var i = 0; i < Origins.Count; i++)
            if (Origins[i] == "*" || Patterns[i]?.Matches(origin) == true) return true;
        return false;
    }

    // Each entry parsed once per policy (an expansion asks about hundreds of probe origins); null where it does not parse.
    private OriginPattern?[] Patterns => _patterns ??= Origins.Select(o => OriginPattern.TryParse(o, out var p, out _) ? p : null).ToArray();
}
