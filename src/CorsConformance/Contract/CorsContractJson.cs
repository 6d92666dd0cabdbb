namespace CorsConformance.Contract;

/// <summary>Reads and writes contracts as JSON (schema: <c>schema/cors-contract.schema.json</c>).</summary>
public static class CorsContractJson
{
    /// <summary>Loads and validates a contract file.</summary>
    /// <exception cref="CorsContractException">Missing file, invalid JSON (with line/position), or invalid contract.</exception>
    public static CorsContract Load(string path) => throw new NotImplementedException();

    /// <summary>Parses and validates contract JSON text.</summary>
    public static CorsContract Parse(string json) => throw new NotImplementedException();

    /// <summary>Writes a contract as indented JSON (camelCase, the schema's shape).</summary>
    public static string Serialize(CorsContract contract) => throw new NotImplementedException();

    /// <summary>The published JSON schema text.</summary>
    public static string Schema
    {
        get
        {
            using var stream = typeof(CorsContractJson).Assembly.GetManifestResourceStream("CorsConformance.cors-contract.schema.json")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
