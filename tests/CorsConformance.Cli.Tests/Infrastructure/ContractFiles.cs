using CorsConformance.Contract;

namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>Writes contracts to JSON files the way users keep them (via the library's own serializer).</summary>
public static class ContractFiles
{
    public static string Write(TempDirectory directory, CorsContract contract, string name = "cors-contract.json") =>
        directory.Write(name, CorsContractJson.Serialize(contract));
}
