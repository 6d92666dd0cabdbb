using CorsConformance.Contract;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Contract;

public sealed class CorsContractJsonTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("corsconf-contract-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string name, string json)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static CorsContractException ParseFails(string json) => Should.Throw<CorsContractException>(() => CorsContractJson.Parse(json));

    [Fact]
    public void Load_reads_the_shop_sample()
    {
        var contract = CorsContractJson.Load(ContractSamples.PathOf("shop-api.cors-contract.json"));

        contract.AllowedOrigins.ShouldBe(["https://app.example.com", "https://admin.example.com"]);
        contract.AllowCredentials.ShouldBeTrue();
        contract.AllowedMethods.ShouldBe(["GET", "POST", "PUT", "PATCH", "DELETE"]);
        contract.AllowedHeaders.ShouldBe(["Authorization", "Content-Type", "X-Request-Id"]);
        contract.ExposedHeaders.ShouldBe(["X-Total-Count", "ETag"]);
        contract.MaxAgeSeconds.ShouldBe(600);
        contract.Endpoints.Select(e => (e.Path, string.Join(" ", e.Methods), e.Public)).ShouldBe(
        [
            ("/api/orders", "GET POST", false),
            ("/api/orders/1", "GET PUT PATCH DELETE", false),
            ("/api/catalog", "GET", true),
        ]);
        contract.ErrorProbes.ShouldBe(new ErrorProbePaths("/api/does-not-exist", "/api/boom", "/api/account"));
        contract.WebSocketPaths.ShouldBe(["/ws"]);
    }

    [Fact]
    public void Absent_fields_take_the_defaults()
    {
        var contract = CorsContractJson.Parse("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": [{ "path": "/api/items" }] }""");

        contract.AllowedMethods.ShouldBe(["GET", "HEAD", "POST"]);
        contract.AllowCredentials.ShouldBeFalse();
        contract.MaxAgeSeconds.ShouldBeNull();
        contract.ErrorProbes.ShouldBe(new ErrorProbePaths());
        contract.Endpoints[0].Methods.ShouldBeEmpty();
        contract.Endpoints[0].AllowedOrigins.ShouldBeNull();
        contract.Endpoints[0].AllowCredentials.ShouldBeNull();
    }

    [Fact]
    public void Accepts_comments_trailing_commas_and_schema_property()
    {
        var contract = CorsContractJson.Parse("""
            {
              "$schema": "./cors-contract.schema.json",
              // who may call us
              "allowedOrigins": ["https://app.example.com",],
              "endpoints": [{ "path": "/api/items" },],
            }
            """);
        contract.AllowedOrigins.ShouldBe(["https://app.example.com"]);
    }

    [Fact]
    public void Missing_file_names_the_path()
    {
        var path = Path.Combine(_directory, "nope", "cors-contract.json");

        var exception = Should.Throw<CorsContractException>(() => CorsContractJson.Load(path));

        exception.Message.ShouldContain(path);
        exception.Message.ShouldContain("does not exist");
        exception.ShouldHaveError("file").Fix.ShouldContain("correct path");
        exception.InnerException.ShouldBeAssignableTo<IOException>();
    }

    [Fact]
    public void Directory_instead_of_file_is_named()
    {
        var exception = Should.Throw<CorsContractException>(() => CorsContractJson.Load(_directory));
        exception.ShouldHaveError("file").Message.ShouldContain("is a directory");
    }

    [Fact]
    public void Invalid_json_names_line_and_byte_position()
    {
        var path = WriteFile("broken.json", """
            {
              "allowedOrigins": ["https://app.example.com"],
              "allowCredentials": true
              "endpoints": [{ "path": "/api/orders" }]
            }
            """);

        var exception = Should.Throw<CorsContractException>(() => CorsContractJson.Load(path));

        var error = exception.ShouldHaveError("$");
        error.Message.ShouldContain("line 4, byte position 3");
        error.Message.ShouldContain("Line 4 reads: \"endpoints\"");
        error.Fix.ShouldContain("line 4");
        exception.Message.ShouldStartWith($"Invalid CORS contract '{path}': ");
        exception.FilePath.ShouldBe(path);
        exception.InnerException.ShouldBeAssignableTo<System.Text.Json.JsonException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public void Empty_text_is_named(string json) =>
        ParseFails(json).ShouldHaveError("$").Message.ShouldContain("is empty");

    [Fact]
    public void Root_that_is_not_an_object_is_named() =>
        ParseFails("""["https://app.example.com"]""").ShouldHaveError("$").Message.ShouldContain("is a list; a contract is a JSON object");

    [Theory]
    [InlineData("""{ "origins": ["https://app.example.com"], "endpoints": [{ "path": "/a" }] }""", "origins", "did you mean 'allowedOrigins'")]
    [InlineData("""{ "AllowedOrigins": ["https://app.example.com"], "endpoints": [{ "path": "/a" }] }""", "AllowedOrigins", "did you mean 'allowedOrigins'")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "allowCredential": true, "endpoints": [{ "path": "/a" }] }""", "allowCredential", "did you mean 'allowCredentials'")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "maxAge": 600, "endpoints": [{ "path": "/a" }] }""", "maxAge", "did you mean 'maxAgeSeconds'")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "headers": ["X-A"], "endpoints": [{ "path": "/a" }] }""", "headers", "did you mean 'allowedHeaders' or 'exposedHeaders'")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": [{ "path": "/a", "metods": ["GET"] }] }""", "endpoints[0].metods", "did you mean 'methods'")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": [{ "path": "/a" }], "errorProbes": { "notfound": "/x" } }""", "errorProbes.notfound", "did you mean 'notFound'")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": [{ "path": "/a" }], "colour": "blue" }""", "colour", "remove it; the properties here are 'allowedOrigins'")]
    public void Unknown_property_is_named_with_a_suggestion(string json, string field, string fix)
    {
        var error = ParseFails(json).ShouldHaveError(field);
        error.Message.ShouldContain("is not a contract property");
        error.Fix.ShouldContain(fix);
    }

    [Theory]
    [InlineData("""{ "allowedOrigins": "https://app.example.com", "endpoints": [{ "path": "/a" }] }""", "allowedOrigins", "expected a list of strings", """write ["https://app.example.com"]""")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "allowCredentials": "true", "endpoints": [{ "path": "/a" }] }""", "allowCredentials", "expected true or false", "write true without quotes")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "maxAgeSeconds": "600", "endpoints": [{ "path": "/a" }] }""", "maxAgeSeconds", "expected a whole number", "write 600 without quotes")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "maxAgeSeconds": 1.5, "endpoints": [{ "path": "/a" }] }""", "maxAgeSeconds", "the number 1.5", "write a whole number, e.g. 2")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "maxAgeSeconds": 99999999999, "endpoints": [{ "path": "/a" }] }""", "maxAgeSeconds", "up to 2147483647", "write")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": [{ "path": "/a", "methods": ["GET", 5] }] }""", "endpoints[0].methods[1]", "the number 5; expected a string", "as a string")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": [{ "path": 7 }] }""", "endpoints[0].path", "expected a string", "\"/api/orders\"")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": ["/api/orders"] }""", "endpoints[0]", "an endpoint is an object", "{ \"path\": \"/api/orders\"")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "endpoints": { "path": "/a" } }""", "endpoints", "expected a list of endpoint objects", "[{ \"path\": \"/api/orders\"")]
    [InlineData("""{ "allowedOrigins": null, "endpoints": [{ "path": "/a" }] }""", "allowedOrigins", "is null; expected a list of strings", "write")]
    [InlineData("""{ "allowedOrigins": ["https://app.example.com"], "errorProbes": "/404", "endpoints": [{ "path": "/a" }] }""", "errorProbes", "expected an object", "\"notFound\"")]
    public void Wrong_type_names_the_field(string json, string field, string message, string fix)
    {
        var error = ParseFails(json).ShouldHaveError(field);
        error.Message.ShouldContain(message);
        error.Fix.ShouldContain(fix);
    }

    [Fact]
    public void Endpoint_without_path_and_repeated_property_are_named()
    {
        var exception = ParseFails("""{ "allowedOrigins": ["https://a.example.com"], "allowedOrigins": ["https://b.example.com"], "endpoints": [{ "methods": ["GET"] }] }""");

        exception.ShouldHaveError("allowedOrigins").Message.ShouldContain("given twice");
        exception.ShouldHaveError("endpoints[0].path").Fix.ShouldContain("\"path\": \"/api/orders\"");
    }

    [Fact]
    public void Null_endpoint_overrides_inherit()
    {
        var contract = CorsContractJson.Parse("""
            { "allowedOrigins": ["https://app.example.com"],
              "endpoints": [{ "path": "/a", "allowedOrigins": null, "allowCredentials": null, "maxAgeSeconds": null, "sampleBody": null }],
              "maxAgeSeconds": null, "errorProbes": { "notFound": null } }
            """);
        contract.Endpoints[0].AllowedOrigins.ShouldBeNull();
        contract.MaxAgeSeconds.ShouldBeNull();
    }

    [Fact]
    public void Validation_errors_name_the_file_and_every_field()
    {
        var path = WriteFile("invalid.json", """
            {
              "allowedOrigins": ["https://app.example.com/", "null"],
              "allowCredentials": true,
              "allowedMethods": ["GET", "GE T"],
              "maxAgeSeconds": -1,
              "endpoints": [{ "path": "/api/orders/{id}" }]
            }
            """);

        var exception = Should.Throw<CorsContractException>(() => CorsContractJson.Load(path));

        exception.Message.ShouldStartWith($"Invalid CORS contract '{path}' (5 problems):");
        exception.ShouldHaveError("allowedOrigins[0]").Fix.ShouldBe("write 'https://app.example.com'.");
        exception.ShouldHaveError("allowedOrigins[1]").Message.ShouldContain("null-origin-allowed");
        exception.ShouldHaveError("allowedMethods[1]").Fix.ShouldBe("write 'GET'.");
        exception.ShouldHaveError("maxAgeSeconds");
        exception.ShouldHaveError("endpoints[0].path").Fix.ShouldContain("'/api/orders/1'");
    }

    [Fact]
    public void Serialize_round_trips_the_fluent_contract()
    {
        var original = CorsContractBuilderTests.ShopApi();

        var json = CorsContractJson.Serialize(original);
        var parsed = CorsContractJson.Parse(json);

        ContractAssert.SameContent(parsed, original);
        CorsContractJson.Serialize(parsed).ShouldBe(json);
    }

    [Fact]
    public void Serialize_round_trips_every_override()
    {
        var original = new CorsContract
        {
            AllowedOrigins = ["https://*.example.com", "http://localhost:5173"],
            AllowCredentials = true,
            AllowedMethods = ["GET", "patch"],
            AllowedHeaders = ["X-A"],
            ExposedHeaders = ["X-B"],
            MaxAgeSeconds = 0,
            Endpoints =
            [
                new() { Path = "/a", Methods = ["patch"], AllowedOrigins = ["https://partner.example.org"], AllowCredentials = false, AllowedHeaders = [], ExposedHeaders = ["Link"], MaxAgeSeconds = 5, SampleBody = "{\"x\": \"<é>\"}" },
                new() { Path = "/b", Public = true },
            ],
            ErrorProbes = new(Unauthorized: "/me"),
            WebSocketPaths = ["/ws"],
            ExcludedPaths = ["/internal/*"],
            AllowUnsafeLiveRequests = true,
        };

        var json = CorsContractJson.Serialize(original);

        ContractAssert.SameContent(CorsContractJson.Parse(json), original);
        json.ShouldContain("\"sampleBody\": \"{\\\"x\\\": \\\"<é>\\\"}\"");
        json.ShouldContain("\"allowUnsafeLiveRequests\": true");
        json.ShouldNotContain("\"notFound\"");
    }

    [Fact]
    public void Serialize_writes_camel_case_and_the_schema_id()
    {
        var json = CorsContractJson.Serialize(CorsContractBuilderTests.ShopApi());

        json.ShouldContain($"\"$schema\": \"{CorsContractJson.SchemaId}\"");
        json.ShouldContain("\"allowedOrigins\": [");
        json.ShouldContain("\"errorProbes\": {");
        json.ShouldContain("\"maxAgeSeconds\": 600");
        json.ShouldNotContain("AllowedOrigins", Case.Sensitive);
    }

    public static TheoryData<string> ValidSamples() => ContractSamples.ValidNames();

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Every_sample_loads_and_round_trips(string sample)
    {
        var loaded = CorsContractJson.Load(ContractSamples.PathOf(sample));
        ContractAssert.SameContent(CorsContractJson.Parse(CorsContractJson.Serialize(loaded)), loaded);
    }

    public static TheoryData<string> InvalidSamples() => ContractSamples.InvalidNames();

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Every_invalid_sample_is_rejected_with_fixes(string sample)
    {
        var path = Path.Combine(ContractSamples.Directory, "Invalid", sample);
        var exception = Should.Throw<CorsContractException>(() => CorsContractJson.Load(path));
        exception.Errors.ShouldNotBeEmpty();
        exception.Errors.ShouldAllBe(e => e.Fix.Length > 0 && e.Field.Length > 0);
        exception.Message.ShouldContain(path);
    }
}
