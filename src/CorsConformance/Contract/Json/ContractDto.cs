using System.Text.Json.Serialization;

namespace CorsConformance.Contract.Json;

/// <summary>The JSON shape of <see cref="CorsContract"/> (schema: <c>schema/cors-contract.schema.json</c>).</summary>
internal sealed class ContractDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }
    public List<string>? AllowedOrigins { get; set; }
    public bool? AllowCredentials { get; set; }
    public List<string>? AllowedMethods { get; set; }
    public List<string>? AllowedHeaders { get; set; }
    public List<string>? ExposedHeaders { get; set; }
    public int? MaxAgeSeconds { get; set; }
    public List<EndpointDto>? Endpoints { get; set; }
    public ErrorProbesDto? ErrorProbes { get; set; }
    public List<string>? WebSocketPaths { get; set; }
    public List<string>? ExcludedPaths { get; set; }
    public bool? AllowUnsafeLiveRequests { get; set; }
}

/// <summary>The JSON shape of <see cref="CorsEndpoint"/>.</summary>
internal sealed class EndpointDto
{
    public string? Path { get; set; }
    public List<string>? Methods { get; set; }
    public bool? Public { get; set; }
    public List<string>? AllowedOrigins { get; set; }
    public bool? AllowCredentials { get; set; }
    public List<string>? AllowedHeaders { get; set; }
    public List<string>? ExposedHeaders { get; set; }
    public int? MaxAgeSeconds { get; set; }
    public string? SampleBody { get; set; }
}

/// <summary>The JSON shape of <see cref="ErrorProbePaths"/>.</summary>
internal sealed class ErrorProbesDto
{
    public string? NotFound { get; set; }
    public string? Throwing { get; set; }
    public string? Unauthorized { get; set; }
}
