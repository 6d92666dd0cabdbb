using System.Text.Encodings.Web;
using System.Text.Json;
using CorsConformance.Contract.Json;

namespace CorsConformance.Contract;

/// <summary>Reads and writes contracts as JSON (schema: <c>schema/cors-contract.schema.json</c>).</summary>
/// <remarks>
/// The JSON is camelCase and mirrors <see cref="CorsContract"/>: <c>allowedOrigins</c>, <c>allowCredentials</c>,
/// <c>allowedMethods</c>, <c>allowedHeaders</c>, <c>exposedHeaders</c>, <c>maxAgeSeconds</c>, <c>endpoints</c>,
/// <c>errorProbes</c> (<c>notFound</c>, <c>throwing</c>, <c>unauthorized</c>), <c>webSocketPaths</c>,
/// <c>excludedPaths</c>, <c>allowUnsafeLiveRequests</c>, and an optional <c>$schema</c>. Comments and trailing commas
/// are accepted; unknown properties are errors.
/// </remarks>
public static class CorsContractJson
{
    /// <summary>The <c>$id</c> of the published schema; write it as <c>"$schema"</c> in a contract file for editor completion.</summary>
    public const string SchemaId = "https://raw.githubusercontent.com/corsconformance/corsconformance/main/src/CorsConformance/schema/cors-contract.schema.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly ContractJsonContext Writer = new(new JsonSerializerOptions(ContractJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Loads and validates a contract file (read once).</summary>
    /// <exception cref="CorsContractException">Missing file, invalid JSON (with line/position), or invalid contract; the message names the file.</exception>
    public static CorsContract Load(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new CorsContractException("file", "no contract file path was given.", "pass the path of a contract JSON file, e.g. 'cors-contract.json'.");
        var text = ReadFile(path);
        return ParseCore(text, path);
    }

    /// <summary>Parses and validates contract JSON text.</summary>
    /// <exception cref="CorsContractException">Invalid JSON (with line/position), unknown properties, wrong types, or an invalid contract.</exception>
    public static CorsContract Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ParseCore(json, null);
    }

    /// <summary>Writes a contract as indented JSON (camelCase, the schema's shape, with <c>$schema</c>); <see cref="Parse"/> reads it back unchanged.</summary>
    public static string Serialize(CorsContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return JsonSerializer.Serialize(ContractDtoMapping.ToDto(contract), Writer.ContractDto);
    }

    /// <summary>The published JSON schema text (draft 2020-12).</summary>
    public static string Schema
    {
        get
        {
            using var stream = typeof(CorsContractJson).Assembly.GetManifestResourceStream("CorsConformance.cors-contract.schema.json")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    private static string ReadFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new CorsContractException("file", $"'{path}' is a directory, not a contract file.", $"pass the JSON file inside it, e.g. '{Path.Combine(path, "cors-contract.json")}'.");
        try
        {
            return File.ReadAllText(full);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CorsContractException("file",
                $"'{path}' does not exist (looked for '{full}'; working directory '{Environment.CurrentDirectory}').",
                "create the contract file (see the samples and schema/cors-contract.schema.json) or pass the correct path.", ex);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new CorsContractException("file", $"'{path}' cannot be read: {ex.Message}", "check the file's permissions and that no other process locks it.", ex);
        }
    }

    private static CorsContract ParseCore(string json, string? filePath)
    {
        if (string.IsNullOrWhiteSpace(json))
            throw new CorsContractException([new ContractError("$", "is empty.",
                "write a contract such as { \"allowedOrigins\": [\"https://app.example.com\"], \"endpoints\": [{ \"path\": \"/api/orders\" }] }.")], filePath);

        ContractDto dto;
        using (var document = ParseDocument(json, filePath))
        {
            var shapeErrors = ContractJsonShape.Check(document.RootElement);
            if (shapeErrors.Count > 0) throw new CorsContractException(shapeErrors, filePath);
            try
            {
                dto = document.RootElement.Deserialize(ContractJsonContext.Default.ContractDto)!;
            }
            catch (JsonException ex)
            {
                // The shape check should have caught this; still name the field rather than surface a trace.
                var field = ex.Path is null or "$" ? "$" : ex.Path.TrimStart('$', '.');
                throw new CorsContractException([new ContractError(field, ReasonOf(ex), "correct the value to the type the schema gives for this field.")], filePath, ex);
            }
        }

        var contract = ContractDtoMapping.ToContract(dto);
        var errors = CorsContractValidator.Validate(contract);
        if (errors.Count > 0) throw new CorsContractException(errors, filePath);
        return contract;
    }

    private static JsonDocument ParseDocument(string json, string? filePath)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            var lines = json.Split('\n');
            var excerpt = line <= lines.Length ? lines[line - 1].TrimEnd('\r').Trim() : "";
            if (excerpt.Length > 100) excerpt = excerpt[..97] + "...";
            var reads = excerpt.Length == 0 ? "" : $" Line {line} reads: {excerpt}";
            throw new CorsContractException([new ContractError("$",
                $"is not valid JSON at line {line}, byte position {position}: {ReasonOf(ex)}{reads}",
                $"correct the JSON at line {line} (property names and strings need double quotes; // comments and trailing commas are accepted).")],
                filePath, ex);
        }
    }

    /// <summary>The exception's message without the "LineNumber: .. | BytePositionInLine: .." and "Path: .." tail.</summary>
    private static string ReasonOf(JsonException ex)
    {
        var message = ex.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) message = message[..at];
        }
        return message.Trim();
    }
}
