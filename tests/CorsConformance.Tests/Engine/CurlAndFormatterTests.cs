using CorsConformance.Findings;
using CorsConformance.Http;
using CorsConformance.Rules;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Engine;

public sealed class CurlAndFormatterTests
{
    private static readonly RecordedRequest Preflight = new("OPTIONS", new Uri("https://api.example.com/api/orders"),
        [new("Origin", "https://app.example.com"), new("Access-Control-Request-Method", "PUT"), new("Access-Control-Request-Headers", "authorization,content-type")]);

    [Fact]
    public void Curl_reproduces_method_url_headers_and_body_with_shell_quoting()
    {
        CurlCommand.For(Preflight).ShouldBe(
            "curl -i -X OPTIONS https://api.example.com/api/orders -H 'Origin: https://app.example.com' -H 'Access-Control-Request-Method: PUT' -H 'Access-Control-Request-Headers: authorization,content-type'");
        CurlCommand.For(new RecordedRequest("POST", new Uri("http://h/x"), [], "it's")).ShouldEndWith("--data-raw 'it'\\''s'");
    }

    [Fact]
    public void Finding_message_leads_with_the_verdict_then_evidence_fix_and_curl()
    {
        var response = new RecordedResponse(204, [new("Access-Control-Allow-Origin", "*"), new("Access-Control-Allow-Credentials", "true")]);
        var finding = new Finding
        {
            RuleId = RuleIds.WildcardWithCredentials,
            Severity = Severity.Error,
            Summary = "Chromium blocks PUT /api/orders from https://app.example.com with credentials: '*' with credentials",
            Endpoint = "/api/orders",
            BrowserMessage = "Access to fetch at 'https://api.example.com/api/orders' from origin 'https://app.example.com' has been blocked by CORS policy: ...",
            Why = "why",
            Fix = "fix line 1\nfix line 2",
            Evidence = [new Evidence(Preflight, response, [response.Headers[0]])],
            Curl = CurlCommand.For(Preflight),
        };
        var lines = FindingFormatter.Format(finding).Split(Environment.NewLine);
        lines[0].ShouldBe("[error] wildcard-with-credentials: Chromium blocks PUT /api/orders from https://app.example.com with credentials: '*' with credentials");
        lines[1].ShouldStartWith("  Browser: Access to fetch at");
        lines.ShouldContain("    > OPTIONS /api/orders");
        lines.ShouldContain("    < 204");
        lines.ShouldContain("    < Access-Control-Allow-Origin: *");
        lines.ShouldNotContain("    < Access-Control-Allow-Credentials: true", "only the deciding lines are shown when given");
        lines.ShouldContain(l => l.StartsWith("  Fix: fix line 1"));
        lines[^1].ShouldStartWith("  Reproduce: curl -i -X OPTIONS");
    }

    [Fact]
    public void Every_rule_id_has_catalog_text()
    {
        var ids = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
        ids.Length.ShouldBeGreaterThan(30);
        foreach (var id in ids)
        {
            RuleCatalog.TryGet(id, out var rule).ShouldBeTrue(id);
            rule.Fix.ShouldNotBeNullOrWhiteSpace();
            rule.Why.ShouldNotBeNullOrWhiteSpace();
        }
        RuleCatalog.All.Select(r => r.Id).ShouldBeUnique();
    }
}
