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

    /// <summary>Concrete page origins for the allowed entries (patterns become a sample subdomain).</summary>
    public IReadOnlyList<string> SampleOrigins =>
        Origins.Where(o => o != "*").Select(SampleOriginOf).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>True when an origin is allowed on this endpoint by the contract.</summary>
    public bool Allows(string origin) => Public || Origins.Any(o => o == "*" || OriginPattern.TryParse(o, out var p, out _) && p!.Matches(origin));

    private static string SampleOriginOf(string entry) =>
        OriginPattern.TryParse(entry, out var pattern, out _) ? pattern!.SampleOrigin : entry;
}
