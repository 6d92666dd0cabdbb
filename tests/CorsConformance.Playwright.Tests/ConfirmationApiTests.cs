using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Http;
using CorsConformance.Playwright.Confirmation;
using CorsConformance.Playwright.Tests.Server;
using CorsConformance.Probing;
using CorsConformance.Rules;
using Shouldly;

namespace CorsConformance.Playwright.Tests;

/// <summary>The public confirmation API: results from the engine confirmed in Chromium, and how a disagreement reads.</summary>
public sealed class ConfirmationApiTests(ChromiumFixture fixture)
{
    [Fact]
    public async Task A_wrong_prediction_is_reported_as_a_disagreement_naming_both_sides()
    {
        var path = fixture.Server.Register(Behaviours.DuplicateAcao());
        var corsCase = TestCases.Get(path);
        var wrong = new CaseResult { Case = corsCase, Outcome = CaseOutcome.Passed, Verdict = BrowserVerdict.Accept() };
        var right = new CaseResult
        {
            Case = corsCase,
            Outcome = CaseOutcome.Failed,
            Verdict = BrowserVerdict.Block(RuleIds.DuplicateAcao,
                "The 'Access-Control-Allow-Origin' header contains multiple values 'https://app.example.com, https://app.example.com', but only one is allowed. Have the server send the header with a valid value.",
                atPreflight: false),
        };

        var results = await fixture.Confirmer.ConfirmAsync(fixture.Server.BaseUrl, [wrong, right], TestContext.Current.CancellationToken);

        results[0].Agreement.ShouldBe(Agreement.Disagree);
        results[0].Disagreement!.ShouldContain("engine said Accepted");
        results[0].Disagreement!.ShouldContain("Chromium blocked (MultipleAllowOriginValues '");
        results[0].Disagreement!.ShouldContain("Chromium console: Access to fetch at '");
        results[0].Disagreement!.ShouldContain("contains multiple values");
        results[1].Agreement.ShouldBe(Agreement.Agree);
        results[1].RuleAgrees.ShouldBe(true);
        results[1].DetailAgrees.ShouldBe(true);
        results[1].Disagreement.ShouldBeNull();
        results[1].ExpectationMet.ShouldBe(false); // the case expected acceptance: the server is broken
    }

    [Fact]
    public async Task Engine_prediction_from_recorded_answers_agrees_and_keeps_the_raw_exchanges()
    {
        var path = fixture.Server.Register(Behaviours.Correct());
        var results = await fixture.Confirmer.ConfirmAsync(fixture.Server.BaseUrl, [TestCases.PutJson(path)], TestContext.Current.CancellationToken);

        var r = results[0];
        r.Agreement.ShouldBe(Agreement.Agree, r.Disagreement);
        r.Engine!.Kind.ShouldBe(VerdictKind.Accepted);
        r.ExpectationMet.ShouldBe(true);
        r.Preflight!.Request.Method.ShouldBe("OPTIONS");
        r.Preflight.Request.Headers.Combined("Access-Control-Request-Headers").ShouldBe("authorization,content-type");
        r.Preflight.Response!.Status.ShouldBe(204);
        r.Actual!.Response!.Headers.Combined("Access-Control-Allow-Origin").ShouldBe(TestCases.App);
        r.Request.Url.Query.ShouldContain("cc=");
    }

    [Fact]
    public async Task A_plain_http_origin_page_is_hosted_and_confirmed()
    {
        // The http-origin-trusted probe runs from http://app.example.com; Chromium's HTTPS upgrades must not rewrite that page.
        var path = fixture.Server.Register(Behaviours.Correct());
        var results = await fixture.Confirmer.ConfirmAsync(fixture.Server.BaseUrl,
            [TestCases.Get(path, origin: "http://app.example.com", expected: ExpectedOutcome.Blocked), TestCases.Get(path)], TestContext.Current.CancellationToken);

        results[0].Browser.Origin.ShouldBe("http://app.example.com");
        results[0].Agreement.ShouldBe(Agreement.Agree, results[0].Disagreement);
        results[1].Agreement.ShouldBe(Agreement.Agree, results[1].Disagreement);
    }

    [Fact]
    public async Task Base_url_that_is_not_http_is_rejected_with_a_clear_message()
    {
        var confirmer = fixture.Confirmer;
        var e = await Should.ThrowAsync<ArgumentException>(() =>
            confirmer.ConfirmAsync(new Uri("ftp://127.0.0.1/"), [TestCases.Get("/x")], TestContext.Current.CancellationToken));
        e.Message.ShouldContain("must be an absolute http:// or https:// URL");
    }
}
