using System.Reflection;
using CorsConformance.Playwright.Confirmation;
using CorsConformance.Playwright.Pages;
using CorsConformance.Rules;
using Shouldly;

namespace CorsConformance.Playwright.Tests;

/// <summary>The pure pieces: Chromium's console line, the per-case token, and the corsError → rule id table.</summary>
public sealed class ParsingTests
{
    [Fact]
    public void Console_line_with_a_redirect_is_parsed_into_url_origin_url_and_detail()
    {
        const string line = "Access to fetch at 'http://127.0.0.1:1/b/t?cc=ab12-3' (redirected from 'http://127.0.0.1:1/b/1?cc=ab12-3') "
            + "from origin 'null' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.";

        ChromiumConsoleLine.TryParse(line, out var url, out var from, out var detail).ShouldBeTrue();

        url.ShouldBe("http://127.0.0.1:1/b/t?cc=ab12-3");
        from.ShouldBe("http://127.0.0.1:1/b/1?cc=ab12-3");
        detail.ShouldBe("No 'Access-Control-Allow-Origin' header is present on the requested resource.");
        CaseToken.Find(from).ShouldBe("ab12-3");
    }

    [Fact]
    public void Other_console_lines_are_not_taken_for_cors_lines()
    {
        ChromiumConsoleLine.TryParse("Failed to load resource: net::ERR_FAILED", out _, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void Case_token_is_appended_to_an_existing_query()
    {
        var url = CaseToken.Append(new Uri("http://127.0.0.1:5000/api/orders?page=2"), "run1-7");

        url.ToString().ShouldBe("http://127.0.0.1:5000/api/orders?page=2&cc=run1-7");
        CaseToken.Find(url.ToString()).ShouldBe("run1-7");
        CaseToken.Find("http://127.0.0.1:5000/api/orders?page=2").ShouldBeNull();
    }

    [Fact]
    public void Every_mapped_rule_id_is_a_catalog_rule_id()
    {
        var catalog = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet();

        ChromiumCorsErrors.All.Values.ShouldAllBe(id => catalog.Contains(id));
        ChromiumCorsErrors.All.Count.ShouldBeGreaterThanOrEqualTo(18);
    }

    [Theory]
    [InlineData("MissingAllowOriginHeader", "acao-missing", false)]
    [InlineData("PreflightMissingAllowOriginHeader", "acao-missing", true)]
    [InlineData("MultipleAllowOriginValues", "duplicate-acao", false)]
    [InlineData("InvalidAllowOriginValue", "acao-invalid", false)]
    [InlineData("AllowOriginMismatch", "acao-mismatch", false)]
    [InlineData("WildcardOriginNotAllowed", "wildcard-with-credentials", false)]
    [InlineData("InvalidAllowCredentials", "credentials-not-true", false)]
    [InlineData("PreflightInvalidStatus", "preflight-not-ok", true)]
    [InlineData("PreflightDisallowedRedirect", "preflight-redirect", true)]
    [InlineData("MethodDisallowedByPreflightResponse", "method-not-allowed", true)]
    [InlineData("HeaderDisallowedByPreflightResponse", "header-not-allowed", true)]
    [InlineData("InvalidAllowHeadersPreflightResponse", "allow-list-unparseable", true)]
    public void Chromium_errors_map_to_catalog_rules(string corsError, string ruleId, bool atPreflight)
    {
        ChromiumCorsErrors.RuleIdFor(corsError).ShouldBe(ruleId);
        ChromiumCorsErrors.IsPreflightError(corsError).ShouldBe(atPreflight);
        ChromiumCorsErrors.Matches(corsError, ruleId).ShouldBeTrue();
    }

    [Fact]
    public void A_more_specific_engine_rule_still_matches_and_an_unrelated_one_does_not()
    {
        ChromiumCorsErrors.Matches("AllowOriginMismatch", RuleIds.TrailingSlashMismatch).ShouldBeTrue();
        ChromiumCorsErrors.Matches("AllowOriginMismatch", RuleIds.DuplicateAcao).ShouldBeFalse();
        ChromiumCorsErrors.Matches(null, RuleIds.AcaoMissing).ShouldBeFalse();
        ChromiumCorsErrors.IsSetupError("LocalNetworkAccessPermissionDenied").ShouldBeTrue();
        ChromiumCorsErrors.RuleIdFor("LocalNetworkAccessPermissionDenied").ShouldBeNull();
    }
}
