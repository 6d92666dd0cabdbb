using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CorsConformance.Reports;
using Json.Schema;

namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>Validates report outputs against their schemas: our JSON report schema, the official SARIF 2.1.0 schema, and a JUnit XSD.</summary>
public static class Schemas
{
    private static readonly Lazy<JsonSchema> JsonReport = new(() => JsonSchema.FromText(ReportSchemas.JsonReport));

    /// <summary>The OASIS SARIF 2.1.0 JSON schema as shipped in the Sarif.Sdk package (copied next to the tests at build time).</summary>
    private static readonly Lazy<JsonSchema> Sarif = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json");
        File.Exists(path).ShouldBeTrue($"the official SARIF schema is missing at {path}: the build copies it from the Sarif.Sdk package (PackageDownload)");
        return JsonSchema.FromText(File.ReadAllText(path));
    });

    private static readonly Lazy<XmlSchemaSet> Junit = new(() =>
    {
        var set = new XmlSchemaSet();
        set.Add(null, Path.Combine(AppContext.BaseDirectory, "Schemas", "junit.xsd"));
        set.Compile();
        return set;
    });

    public static string SarifSchemaText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json"));

    public static JsonNode ShouldBeValidJsonReport(string json) => Validate(JsonReport.Value, json, "JSON report");

    public static JsonNode ShouldBeValidSarif(string json) => Validate(Sarif.Value, json, "SARIF 2.1.0");

    public static XDocument ShouldBeValidJunit(string xml)
    {
        var errors = new List<string>();
        var document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        document.Validate(Junit.Value, (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}"));
        errors.ShouldBeEmpty($"JUnit XML does not validate against junit.xsd:\n{string.Join("\n", errors)}\n\n{xml[..Math.Min(xml.Length, 4000)]}");
        return document;
    }

    private static JsonNode Validate(JsonSchema schema, string json, string what)
    {
        var node = JsonNode.Parse(json).ShouldNotBeNull();
        var result = schema.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
                .Take(30);
            throw new ShouldAssertException($"{what} does not validate against its schema:\n{string.Join("\n", errors)}\n\n{json[..Math.Min(json.Length, 4000)]}");
        }
        return node;
    }
}
