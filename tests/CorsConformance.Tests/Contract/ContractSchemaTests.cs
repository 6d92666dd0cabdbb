using System.Text.Json;
using System.Text.Json.Nodes;
using CorsConformance.Contract;
using CorsConformance.Contract.Json;
using Json.Schema;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Contract;

public sealed class ContractSchemaTests
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly JsonSchema Schema = JsonSchema.FromText(CorsContractJson.Schema);

    private static EvaluationResults Evaluate(string json) =>
        Schema.Evaluate(JsonNode.Parse(json, documentOptions: Lenient), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Describe(EvaluationResults results) =>
        string.Join(Environment.NewLine, results.Details.Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));

    public static TheoryData<string> ValidSamples() => ContractSamples.ValidNames();

    public static TheoryData<string> InvalidSamples() => ContractSamples.InvalidNames();

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Every_sample_is_valid_against_the_published_schema(string sample)
    {
        var results = Evaluate(File.ReadAllText(ContractSamples.PathOf(sample)));
        results.IsValid.ShouldBeTrue(Describe(results));
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Every_invalid_sample_is_rejected_by_the_schema(string sample)
    {
        var results = Evaluate(File.ReadAllText(Path.Combine(ContractSamples.Directory, "Invalid", sample)));
        results.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Serialized_contracts_are_valid_against_the_schema()
    {
        var results = Evaluate(CorsContractJson.Serialize(CorsContractBuilderTests.ShopApi()));
        results.IsValid.ShouldBeTrue(Describe(results));
    }

    [Theory]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com/"], "endpoints": [{ "path": "/a" }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://App.example.com"], "endpoints": [{ "path": "/a" }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com:443"], "endpoints": [{ "path": "/a" }] }""")]
    [InlineData("""{ "allowedOrigins": ["app.example.com"], "endpoints": [{ "path": "/a" }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.*.com"], "endpoints": [{ "path": "/a" }] }""")]
    [InlineData("""{ "allowedOrigins": ["null"], "endpoints": [{ "path": "/a" }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": [] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": [{ "path": "api/a" }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": [{ "path": "/a/{id}" }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": [{ "path": "/a", "methods": ["GE T"] }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": [{ "path": "/a", "metods": ["GET"] }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "maxAgeSeconds": -1, "endpoints": [{ "path": "/a" }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "allowedHeaders": ["X Request"], "endpoints": [{ "path": "/a" }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "webSocketPaths": ["ws"], "endpoints": [{ "path": "/a" }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "errorProbes": { "notFound": "x" }, "endpoints": [{ "path": "/a" }] }""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "excludedPaths": ["/a/*/b"], "endpoints": [{ "path": "/a" }] }""")]
    public void Schema_rejects_what_the_validator_rejects(string json)
    {
        Evaluate(json).IsValid.ShouldBeFalse();
        Should.Throw<CorsContractException>(() => CorsContractJson.Parse(json));
    }

    [Fact]
    public void Schema_is_draft_2020_12_and_valid_against_its_meta_schema()
    {
        var node = JsonNode.Parse(CorsContractJson.Schema)!;
        node["$schema"]!.GetValue<string>().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        node["$id"]!.GetValue<string>().ShouldBe(CorsContractJson.SchemaId);
        var results = MetaSchemas.Draft202012.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List });
        results.IsValid.ShouldBeTrue(Describe(results));
    }

    [Fact]
    public void Every_schema_property_is_documented_and_every_object_is_closed()
    {
        var undocumented = new List<string>();
        var open = new List<string>();
        Walk(JsonNode.Parse(CorsContractJson.Schema)!, "#");
        undocumented.ShouldBeEmpty();
        open.ShouldBeEmpty();

        void Walk(JsonNode node, string location)
        {
            if (node is not JsonObject obj) return;
            if (obj["type"]?.ToJsonString() == "\"object\"" && obj["additionalProperties"]?.GetValue<bool>() != false) open.Add(location);
            if (obj["properties"] is JsonObject properties)
                foreach (var (name, property) in properties)
                    if (property?["description"] is null) undocumented.Add($"{location}/properties/{name}");
            foreach (var (name, child) in obj)
                if (child is JsonObject) Walk(child, $"{location}/{name}");
        }
    }

    [Fact]
    public void Schema_and_parser_know_the_same_properties()
    {
        var schema = JsonNode.Parse(CorsContractJson.Schema)!;
        Names(schema["properties"]).ShouldBe(ContractJsonShape.ContractFields.Select(f => f.Name), ignoreOrder: true);
        Names(schema["$defs"]!["endpoint"]!["properties"]).ShouldBe(ContractJsonShape.EndpointFields.Select(f => f.Name), ignoreOrder: true);
        Names(schema["$defs"]!["errorProbes"]!["properties"]).ShouldBe(ContractJsonShape.ErrorProbeFields.Select(f => f.Name), ignoreOrder: true);

        static IEnumerable<string> Names(JsonNode? properties) => properties!.AsObject().Select(p => p.Key);
    }
}
