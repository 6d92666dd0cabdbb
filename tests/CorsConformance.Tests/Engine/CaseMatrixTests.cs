using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Rules;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Engine;

public sealed class CaseMatrixTests
{
    private static readonly CorsContract Shop = CorsContract.Create()
        .AllowOrigins("https://app.example.com", "https://admin.example.com")
        .AllowCredentials()
        .AllowMethods("GET", "POST", "PUT", "PATCH", "DELETE")
        .AllowHeaders("Authorization", "Content-Type", "X-Request-Id")
        .ExposeHeaders("X-Total-Count", "ETag")
        .MaxAge(600)
        .Endpoint("/api/orders", "GET", "POST")
        .Endpoint("/api/orders/1", "GET", "PUT", "PATCH", "DELETE")
        .PublicEndpoint("/api/catalog", "GET")
        .ErrorProbes(notFound: "/api/does-not-exist", throwing: "/api/boom", unauthorized: "/api/account")
        .WebSocket("/ws")
        .Build();

    [Fact]
    public void Names_are_unique_and_readable()
    {
        var cases = CaseMatrix.Expand(Shop);
        cases.Select(c => c.Name).ShouldBeUnique();
        cases.Select(c => c.Name).ShouldContain("preflight PUT /api/orders/1 from https://app.example.com with credentials [Authorization, Content-Type, X-Request-Id]");
        cases.Select(c => c.Name).ShouldContain("actual GET /api/orders from https://admin.example.com");
        cases.Select(c => c.Name).ShouldContain("error path GET /api/boom from https://app.example.com with credentials (500)");
        cases.Select(c => c.Name).ShouldContain("public GET /api/catalog from https://any-site.example-client.test");
        cases.Select(c => c.Name).ShouldContain("websocket /ws from https://evil.example-attacker.test");
    }

    [Fact]
    public void Every_allowed_origin_gets_every_method_of_every_guarded_endpoint()
    {
        var cases = CaseMatrix.Expand(Shop, includeSecurityProbes: false, includeWebSockets: false);
        foreach (var origin in new[] { "https://app.example.com", "https://admin.example.com" })
        foreach (var method in new[] { "PUT", "PATCH", "DELETE", "GET" })
            cases.ShouldContain(c => c.Family == CaseFamily.Preflight && c.Origin == origin && c.Method == method && c.Path == "/api/orders/1");
        cases.ShouldAllBe(c => c.Expected == ExpectedOutcome.Accepted);
        cases.Where(c => c.Family == CaseFamily.Preflight).ShouldAllBe(c => c.Credentials == CredentialsMode.Include);
    }

    [Fact]
    public void Get_preflight_omits_content_type_and_body_methods_send_json()
    {
        var cases = CaseMatrix.Expand(Shop, false, false);
        var get = cases.Single(c => c.Family == CaseFamily.Preflight && c.Method == "GET" && c.Path == "/api/orders" && c.Origin == "https://app.example.com");
        get.Headers.Select(h => h.Name).ShouldBe(["Authorization", "X-Request-Id"]);
        get.Body.ShouldBeNull();
        var put = cases.Single(c => c.Family == CaseFamily.Preflight && c.Method == "PUT" && c.Origin == "https://app.example.com");
        put.Headers.ShouldContain(h => h.Name == "Content-Type" && h.Value == "application/json");
        put.Body.ShouldBe("{}");
    }

    [Fact]
    public void Security_probes_cover_every_origin_family_and_skip_what_the_contract_allows()
    {
        var rules = CaseMatrix.Expand(Shop).Where(c => c.Family == CaseFamily.AttackerOrigin).Select(c => c.SecurityRuleId).ToHashSet();
        string?[] expected = [
            RuleIds.ReflectsArbitraryOrigin, RuleIds.NullOriginAllowed, RuleIds.SuffixBypass, RuleIds.PrefixBypass,
            RuleIds.UnescapedDotBypass, RuleIds.SubstringBypass, RuleIds.AnySubdomainTrusted, RuleIds.HttpOriginTrusted,
            RuleIds.SpecialCharBypass, RuleIds.ThirdPartyOriginTrusted, RuleIds.PortVariationTrusted,
            RuleIds.ExtensionOriginTrusted, RuleIds.ReflectsRequestHeadersOrMethods, RuleIds.CrlfInReflectedValue,
        ];
        foreach (var id in expected) rules.ShouldContain(id);
        CaseMatrix.Expand(Shop).Where(c => c.Family == CaseFamily.AttackerOrigin && c.SecurityRuleId != RuleIds.ReflectsRequestHeadersOrMethods)
            .ShouldAllBe(c => c.Expected == ExpectedOutcome.Blocked && c.Origin != "https://app.example.com" && c.Origin != "https://admin.example.com");

        var wildcard = CorsContract.Create().AllowOrigins("https://*.example.com").Endpoint("/api/x", "GET").Build();
        var subdomainProbes = CaseMatrix.Expand(wildcard).Where(c => c.SecurityRuleId == RuleIds.AnySubdomainTrusted);
        subdomainProbes.ShouldBeEmpty("the contract allows every subdomain, so probing them is no finding");
    }

    [Fact]
    public void Public_endpoints_get_no_attacker_cases()
    {
        var publicOnly = CorsContract.Create().PublicEndpoint("/api/catalog", "GET").Build();
        CaseMatrix.Expand(publicOnly).ShouldNotContain(c => c.Family == CaseFamily.AttackerOrigin);
    }

    [Fact]
    public void Names_are_stable_between_expansions()
    {
        CaseMatrix.Expand(Shop).Select(c => c.Name).ShouldBe(CaseMatrix.Expand(Shop).Select(c => c.Name));
    }
}
