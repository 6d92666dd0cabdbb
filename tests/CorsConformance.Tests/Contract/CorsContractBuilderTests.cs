using CorsConformance.Contract;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Contract;

public sealed class CorsContractBuilderTests
{
    internal static CorsContract ShopApi() => CorsContract.Create()
        .AllowOrigins("https://app.example.com", "https://admin.example.com")
        .AllowCredentials()
        .AllowMethods("GET", "POST", "PUT", "PATCH", "DELETE")
        .AllowHeaders("Authorization", "Content-Type", "X-Request-Id")
        .ExposeHeaders("X-Total-Count", "ETag")
        .MaxAge(TimeSpan.FromMinutes(10))
        .Endpoint("/api/orders", e => e.Methods("GET", "POST").SampleBody("{\"productId\": 42, \"quantity\": 1}"))
        .Endpoint("/api/orders/1", e => e.Methods("GET", "PUT", "PATCH", "DELETE").SampleBody("{\"quantity\": 2}"))
        .PublicEndpoint("/api/catalog", "GET")
        .ErrorProbes(notFound: "/api/does-not-exist", throwing: "/api/boom", unauthorized: "/api/account")
        .WebSocket("/ws")
        .Exclude("/health", "/internal/*")
        .Build();

    [Fact]
    public void Builds_the_shop_contract_as_declared()
    {
        var contract = ShopApi();

        contract.AllowedOrigins.ShouldBe(["https://app.example.com", "https://admin.example.com"]);
        contract.AllowCredentials.ShouldBeTrue();
        contract.AllowedMethods.ShouldBe(["GET", "POST", "PUT", "PATCH", "DELETE"]);
        contract.MaxAgeSeconds.ShouldBe(600);
        contract.Endpoints.Select(e => e.Path).ShouldBe(["/api/orders", "/api/orders/1", "/api/catalog"]);
        contract.Endpoints[2].Public.ShouldBeTrue();
        contract.Endpoints[2].AllowCredentials.ShouldBeNull();
        contract.ErrorProbes.ShouldBe(new ErrorProbePaths("/api/does-not-exist", "/api/boom", "/api/account"));
        contract.AllowUnsafeLiveRequests.ShouldBeFalse();
    }

    [Fact]
    public void Equals_the_shop_sample_file() =>
        ContractAssert.SameContent(CorsContractJson.Load(ContractSamples.PathOf("shop-api.cors-contract.json")), ShopApi());

    [Fact]
    public void Defaults_to_GET_HEAD_POST_and_keeps_method_case()
    {
        CorsContract.Create().AllowOrigins("https://app.example.com").Endpoint("/api/items").Build()
            .AllowedMethods.ShouldBe(["GET", "HEAD", "POST"]);
        CorsContract.Create().AllowOrigins("https://app.example.com").AllowMethods("patch").Endpoint("/api/items", "patch").Build()
            .AllowedMethods.ShouldBe(["patch"]);
    }

    [Fact]
    public void Build_names_the_invalid_fields_and_fixes()
    {
        var exception = Should.Throw<CorsContractException>(() => CorsContract.Create()
            .AllowOrigins("https://app.example.com/", "*")
            .AllowCredentials()
            .Endpoint("/api/orders/{id}", "GET")
            .PublicEndpoint("/api/catalog", e => e.AllowCredentials())
            .Build());

        exception.ShouldHaveError("allowedOrigins[0]").Fix.ShouldContain("write 'https://app.example.com'");
        exception.ShouldHaveError("allowedOrigins[1]").Message.ShouldContain("wildcard-with-credentials");
        exception.ShouldHaveError("endpoints[0].path").Fix.ShouldContain("'/api/orders/1'");
        exception.ShouldHaveError("endpoints[1].allowCredentials");
        exception.FilePath.ShouldBeNull();
    }

    [Fact]
    public void Build_without_endpoints_asks_for_one()
    {
        var exception = Should.Throw<CorsContractException>(() => CorsContract.Create().AllowOrigins("https://app.example.com").Build());
        exception.ShouldHaveError("endpoints").Fix.ShouldContain("declare at least one endpoint");
    }
}
