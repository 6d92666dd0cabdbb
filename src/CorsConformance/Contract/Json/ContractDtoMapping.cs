namespace CorsConformance.Contract.Json;

/// <summary>Maps between <see cref="CorsContract"/> and its JSON DTOs; absent fields take the contract's defaults.</summary>
internal static class ContractDtoMapping
{
    public static CorsContract ToContract(ContractDto dto)
    {
        var defaults = new CorsContract();
        return new CorsContract
        {
            AllowedOrigins = dto.AllowedOrigins ?? [],
            AllowCredentials = dto.AllowCredentials ?? false,
            AllowedMethods = dto.AllowedMethods ?? defaults.AllowedMethods,
            AllowedHeaders = dto.AllowedHeaders ?? [],
            ExposedHeaders = dto.ExposedHeaders ?? [],
            MaxAgeSeconds = dto.MaxAgeSeconds,
            Endpoints = dto.Endpoints?.Select(ToEndpoint).ToArray() ?? [],
            ErrorProbes = dto.ErrorProbes is { } probes ? new ErrorProbePaths(probes.NotFound, probes.Throwing, probes.Unauthorized) : new ErrorProbePaths(),
            WebSocketPaths = dto.WebSocketPaths ?? [],
            ExcludedPaths = dto.ExcludedPaths ?? [],
            AllowUnsafeLiveRequests = dto.AllowUnsafeLiveRequests ?? false,
        };
    }

    private static CorsEndpoint ToEndpoint(EndpointDto dto) => new()
    {
        Path = dto.Path ?? "",
        Methods = dto.Methods ?? [],
        Public = dto.Public ?? false,
        AllowedOrigins = dto.AllowedOrigins,
        AllowCredentials = dto.AllowCredentials,
        AllowedHeaders = dto.AllowedHeaders,
        ExposedHeaders = dto.ExposedHeaders,
        MaxAgeSeconds = dto.MaxAgeSeconds,
        SampleBody = dto.SampleBody,
    };

    public static ContractDto ToDto(CorsContract contract) => new()
    {
        Schema = CorsContractJson.SchemaId,
        AllowedOrigins = [.. contract.AllowedOrigins],
        AllowCredentials = contract.AllowCredentials,
        AllowedMethods = [.. contract.AllowedMethods],
        AllowedHeaders = [.. contract.AllowedHeaders],
        ExposedHeaders = [.. contract.ExposedHeaders],
        MaxAgeSeconds = contract.MaxAgeSeconds,
        Endpoints = [.. contract.Endpoints.Select(ToDto)],
        ErrorProbes = contract.ErrorProbes is { NotFound: null, Throwing: null, Unauthorized: null }
            ? null
            : new ErrorProbesDto { NotFound = contract.ErrorProbes.NotFound, Throwing = contract.ErrorProbes.Throwing, Unauthorized = contract.ErrorProbes.Unauthorized },
        WebSocketPaths = [.. contract.WebSocketPaths],
        ExcludedPaths = [.. contract.ExcludedPaths],
        AllowUnsafeLiveRequests = contract.AllowUnsafeLiveRequests,
    };

    private static EndpointDto ToDto(CorsEndpoint endpoint) => new()
    {
        Path = endpoint.Path,
        Methods = endpoint.Methods.Count == 0 ? null : [.. endpoint.Methods],
        Public = endpoint.Public ? true : null,
        AllowedOrigins = endpoint.AllowedOrigins?.ToList(),
        AllowCredentials = endpoint.AllowCredentials,
        AllowedHeaders = endpoint.AllowedHeaders?.ToList(),
        ExposedHeaders = endpoint.ExposedHeaders?.ToList(),
        MaxAgeSeconds = endpoint.MaxAgeSeconds,
        SampleBody = endpoint.SampleBody,
    };
}
