using CorsConformance.Browser;
using CorsConformance.Playwright.Confirmation;
using CorsConformance.Playwright.Pages;
using CorsConformance.Playwright.Tests.Server;
using CorsConformance.Rules;
using Shouldly;

namespace CorsConformance.Playwright.Tests;

/// <summary>
/// <c>Access-Control-Allow-Headers: *</c> does not cover Authorization per the spec, yet Chromium accepts it and raises a
/// DevTools deprecation issue (no console line). The engine must predict "accepted" and carry the deviation.
/// </summary>
public sealed class DeprecationTests(ChromiumFixture fixture)
{
    private static ServerBehaviour WildcardEverything() => new("ACAO *, ACAM *, ACAH *",
        ResponseSpec.With(204, ("Access-Control-Allow-Origin", "*"), ("Access-Control-Allow-Methods", "*"), ("Access-Control-Allow-Headers", "*")),
        ResponseSpec.With(200, ("Access-Control-Allow-Origin", "*")) with { Body = "ok" });

    [Fact]
    public async Task Authorization_under_wildcard_allow_headers_is_accepted_with_a_deprecation_issue()
    {
        var confirmer = fixture.Confirmer;
        var ct = TestContext.Current.CancellationToken;
        var path = fixture.Server.Register(WildcardEverything());

        var confirmed = (await confirmer.ConfirmAsync(fixture.Server.BaseUrl,
            [TestCases.PutJson(path, credentials: CredentialsMode.SameOrigin)], ct))[0];

        await using var page = await OriginPage.OpenAsync(confirmer.Session.Browser, TestCases.App, confirmer.Options);
        var url = new Uri(fixture.Server.BaseUrl, path + "?cc=dep-1").ToString();
        var fetched = await page.RunBatchAsync([new FetchItem("dep-1", url, "PUT", [["Authorization", "Bearer a"]], "same-origin", "{}", [])], TimeSpan.FromSeconds(10));
        var deadline = DateTime.UtcNow.AddSeconds(3);
        while (!page.Events.Unmatched.Any(m => m.Contains("AuthorizationCoveredByWildcard")) && DateTime.UtcNow < deadline)
            await Task.Delay(20, ct);

        confirmed.Browser.Outcome.ShouldBe(BrowserOutcome.Accepted, confirmed.Browser.Describe());
        confirmed.Agreement.ShouldBe(Agreement.Agree, confirmed.Disagreement);
        confirmed.Engine!.Deviations.ShouldContain(d => d.RuleId == RuleIds.AuthorizationNotCoveredByWildcard);
        fetched[0].Ok.ShouldBeTrue();
        page.Events.Unmatched.ShouldContain("devtools issue DeprecationIssue: AuthorizationCoveredByWildcard");
    }

    [Fact]
    public async Task Authorization_listed_explicitly_raises_no_deprecation_issue()
    {
        var confirmer = fixture.Confirmer;
        var path = fixture.Server.Register(WildcardEverything() with
        {
            Preflight = ResponseSpec.With(204, ("Access-Control-Allow-Origin", "*"), ("Access-Control-Allow-Methods", "PUT"), ("Access-Control-Allow-Headers", "authorization")),
        });
        await using var page = await OriginPage.OpenAsync(confirmer.Session.Browser, TestCases.App, confirmer.Options);
        var url = new Uri(fixture.Server.BaseUrl, path + "?cc=dep-2").ToString();
        var fetched = await page.RunBatchAsync([new FetchItem("dep-2", url, "PUT", [["Authorization", "Bearer a"]], "same-origin", "{}", [])], TimeSpan.FromSeconds(10));
        await Task.Delay(300, TestContext.Current.CancellationToken);

        fetched[0].Ok.ShouldBeTrue();
        page.Events.Unmatched.ShouldNotContain(m => m.Contains("AuthorizationCoveredByWildcard"));
    }
}
