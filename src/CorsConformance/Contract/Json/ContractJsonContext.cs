using System.Text.Json.Serialization;

namespace CorsConformance.Contract.Json;

/// <summary>Source-generated serializer for the contract DTOs: camelCase, nulls omitted, unknown members rejected.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ContractDto))]
[JsonSerializable(typeof(string))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
