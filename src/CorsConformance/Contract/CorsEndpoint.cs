namespace CorsConformance.Contract;

/// <summary>An endpoint in scope, with optional overrides of the contract-wide policy.</summary>
public sealed record CorsEndpoint
{
    /// <summary>The path relative to the base URL, e.g. <c>/api/orders</c> (a concrete path, not a route template).</summary>
    public required string Path { get; init; }

    /// <summary>Methods this endpoint answers cross-origin; empty means the contract's <see cref="CorsContract.AllowedMethods"/>.</summary>
    public IReadOnlyList<string> Methods { get; init; } = [];

    /// <summary>True for a public endpoint that answers <c>Access-Control-Allow-Origin: *</c> to anyone, without credentials.</summary>
    public bool Public { get; init; }

    /// <summary>Overrides <see cref="CorsContract.AllowedOrigins"/> for this endpoint, or null.</summary>
    public IReadOnlyList<string>? AllowedOrigins { get; init; }

    /// <summary>Overrides <see cref="CorsContract.AllowCredentials"/> for this endpoint, or null.</summary>
    public bool? AllowCredentials { get; init; }

    /// <summary>Overrides <see cref="CorsContract.AllowedHeaders"/> for this endpoint, or null.</summary>
    public IReadOnlyList<string>? AllowedHeaders { get; init; }

    /// <summary>Overrides <see cref="CorsContract.ExposedHeaders"/> for this endpoint, or null.</summary>
    public IReadOnlyList<string>? ExposedHeaders { get; init; }

    /// <summary>Overrides <see cref="CorsContract.MaxAgeSeconds"/> for this endpoint, or null.</summary>
    public int? MaxAgeSeconds { get; init; }

    /// <summary>A JSON/text body sent with POST/PUT/PATCH cases, or null for none.</summary>
    public string? SampleBody { get; init; }
}
