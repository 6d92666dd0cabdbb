using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Playwright.Confirmation;
using CorsConformance.Playwright.Tests.Server;
using CorsConformance.Rules;
using Shouldly;

namespace CorsConformance.Playwright.Tests;

/// <summary>Real Chromium against the real loopback behaviour server: what the browser accepts and blocks, and its own words.</summary>
public sealed class RealBrowserVerdictTests(ChromiumFixture fixture)
{
    private const string PreflightPrefix = "Response to preflight request doesn't pass access control check: ";

    private async Task<BrowserObservation> RunAsync(ServerBehaviour behaviour, Func<string, CorsCase> makeCase)
    {
        var path = fixture.Server.Register(behaviour);
        var results = await fixture.Confirmer.ConfirmAsync(fixture.Server.BaseUrl, [makeCase(path)], TestContext.Current.CancellationToken);
        results.Count.ShouldBe(1);
        TestContext.Current.TestOutputHelper?.WriteLine(results[0].ToString());
        return results[0].Browser;
    }

    [Fact]
    public async Task Correct_server_is_accepted_with_credentials_and_exposed_header_readable()
    {
        var seen = await RunAsync(Behaviours.Correct(), p => TestCases.PutJson(p));

        seen.Outcome.ShouldBe(BrowserOutcome.Accepted, seen.Describe());
        seen.Status.ShouldBe(200);
        seen.PreflightSent.ShouldBe(true);
        seen.ReadableHeaders.ShouldContain("x-total-count");
        seen.IteratedHeaders.ShouldContain("x-total-count");
        seen.CorsError.ShouldBeNull();
    }

    [Fact]
    public async Task Header_not_listed_in_expose_headers_is_not_readable()
    {
        var behaviour = Behaviours.Correct() with
        {
            Actual = ResponseSpec.With(200, Behaviours.EchoOrigin, ("X-Total-Count", "42"), ("X-Secret", "s")) with { Body = "ok" },
        };
        var seen = await RunAsync(behaviour, p => TestCases.Get(p));

        seen.Outcome.ShouldBe(BrowserOutcome.Accepted, seen.Describe());
        seen.ReadableHeaders.ShouldNotContain("x-total-count");
        seen.IteratedHeaders.ShouldNotContain("x-secret");
        seen.ReadableHeaders.ShouldContain("content-type"); // safelisted
        seen.PreflightSent.ShouldBe(false);
    }

    [Theory]
    [InlineData(405)]
    [InlineData(401)]
    [InlineData(500)]
    public async Task Preflight_with_non_ok_status_is_blocked(int status)
    {
        var seen = await RunAsync(Behaviours.PreflightStatus(status), p => TestCases.PutJson(p));

        seen.Outcome.ShouldBe(BrowserOutcome.Blocked, seen.Describe());
        seen.CorsError.ShouldBe("PreflightInvalidStatus");
        seen.RuleId.ShouldBe(RuleIds.PreflightNotOk);
        seen.ConsoleDetail.ShouldBe(PreflightPrefix + "It does not have HTTP ok status.");
    }

    [Fact]
    public async Task Preflight_405_without_cors_headers_reports_the_missing_origin_header_first()
    {
        var behaviour = Behaviours.Correct() with { Preflight = ResponseSpec.With(405) };
        var seen = await RunAsync(behaviour, p => TestCases.PutJson(p));

        seen.Outcome.ShouldBe(BrowserOutcome.Blocked, seen.Describe());
        seen.CorsError.ShouldBe("PreflightMissingAllowOriginHeader");
        seen.ConsoleDetail.ShouldBe(PreflightPrefix + "No 'Access-Control-Allow-Origin' header is present on the requested resource.");
    }

    [Fact]
    public async Task Preflight_redirect_is_blocked()
    {
        var target = fixture.Server.Register(Behaviours.Correct("redirect target"));
        var seen = await RunAsync(Behaviours.PreflightRedirect(target), p => TestCases.PutJson(p));

        seen.Outcome.ShouldBe(BrowserOutcome.Blocked, seen.Describe());
        seen.CorsError.ShouldBe("PreflightDisallowedRedirect");
        seen.RuleId.ShouldBe(RuleIds.PreflightRedirect);
        seen.ConsoleDetail.ShouldBe(PreflightPrefix + "Redirect is not allowed for a preflight request.");
    }

    [Fact]
    public async Task Preflight_without_allow_methods_blocks_PUT()
    {
        var seen = await RunAsync(Behaviours.MissingAllowMethods(), p => TestCases.PutJson(p));

        seen.Outcome.ShouldBe(BrowserOutcome.Blocked, seen.Describe());
        seen.CorsError.ShouldBe("MethodDisallowedByPreflightResponse");
        seen.RuleId.ShouldBe(RuleIds.MethodNotAllowed);
        seen.ConsoleDetail.ShouldBe("Method PUT is not allowed by Access-Control-Allow-Methods in preflight response.");
    }

    [Fact]
    public async Task Duplicate_allow_origin_is_blocked_with_the_multiple_values_text()
    {
        var seen = await RunAsync(Behaviours.DuplicateAcao(), p => TestCases.Get(p));

        seen.Outcome.ShouldBe(BrowserOutcome.Blocked, seen.Describe());
        seen.CorsError.ShouldBe("MultipleAllowOriginValues");
        seen.RuleId.ShouldBe(RuleIds.DuplicateAcao);
        seen.FailedParameter.ShouldBe("https://app.example.com, https://app.example.com");
        seen.ConsoleDetail!.ShouldStartWith(
            "The 'Access-Control-Allow-Origin' header contains multiple values 'https://app.example.com, https://app.example.com', but only one is allowed.");
        seen.ConsoleMessage!.ShouldContain($"from origin '{TestCases.App}' has been blocked by CORS policy");
    }

    [Fact]
    public async Task Wildcard_with_credentials_is_blocked_but_wildcard_without_credentials_is_accepted()
    {
        var withCredentials = await RunAsync(Behaviours.WildcardWithCredentials(), p => TestCases.Get(p, credentials: CredentialsMode.Include));
        var without = await RunAsync(Behaviours.WildcardWithCredentials(), p => TestCases.Get(p, credentials: CredentialsMode.Omit));

        withCredentials.Outcome.ShouldBe(BrowserOutcome.Blocked, withCredentials.Describe());
        withCredentials.CorsError.ShouldBe("WildcardOriginNotAllowed");
        withCredentials.RuleId.ShouldBe(RuleIds.WildcardWithCredentials);
        withCredentials.ConsoleDetail!.ShouldStartWith(
            "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.");
        without.Outcome.ShouldBe(BrowserOutcome.Accepted, without.Describe());
    }

    [Fact]
    public async Task Null_origin_from_a_sandboxed_iframe_is_accepted_only_by_a_server_that_trusts_null()
    {
        var trusting = await RunAsync(Behaviours.TrustsNullOrigin(), p => TestCases.Get(p, origin: "null", credentials: CredentialsMode.Include));
        var strict = await RunAsync(Behaviours.OnlyApp(), p => TestCases.Get(p, origin: "null", credentials: CredentialsMode.Include));

        trusting.Origin.ShouldBe("null");
        trusting.Outcome.ShouldBe(BrowserOutcome.Accepted, trusting.Describe());
        fixture.Server.SeenWith(CaseQuery(trusting.Url)).ShouldAllBe(s => s.Origin == "null");
        strict.Outcome.ShouldBe(BrowserOutcome.Blocked, strict.Describe());
        strict.CorsError.ShouldBe("AllowOriginMismatch");
        strict.ConsoleMessage!.ShouldContain("from origin 'null' has been blocked by CORS policy");
        strict.ConsoleDetail!.ShouldStartWith(
            "The 'Access-Control-Allow-Origin' header has a value 'https://app.example.com' that is not equal to the supplied origin.");
    }

    [Fact]
    public async Task WebSocket_from_an_attacker_origin_opens_unless_the_server_checks_Origin()
    {
        var ct = TestContext.Current.CancellationToken;
        var open = await fixture.Confirmer.OpenWebSocketAsync(new Uri(fixture.Server.BaseUrl, "/ws/any"), TestCases.Attacker, ct);
        var refused = await fixture.Confirmer.OpenWebSocketAsync(new Uri(fixture.Server.BaseUrl, "/ws/checked"), TestCases.Attacker, ct);
        var trusted = await fixture.Confirmer.OpenWebSocketAsync(new Uri(fixture.Server.BaseUrl, "/ws/checked"), BehaviourServer.TrustedWebSocketOrigin, ct);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", open.Describe(), refused.Describe(), trusted.Describe()));

        open.Opened.ShouldBeTrue(open.Describe());
        fixture.Server.SeenWith(CaseQuery(open.Url)).ShouldContain(s => s.Origin == TestCases.Attacker);
        refused.Opened.ShouldBeFalse(refused.Describe());
        refused.CloseCode.ShouldBe(1006);
        refused.ConsoleMessages.ShouldContain(m => m.Contains("Unexpected response code: 403"));
        trusted.Opened.ShouldBeTrue(trusted.Describe());
    }

    [Fact]
    public async Task Each_case_gets_its_own_url_so_a_cached_preflight_never_hides_a_broken_one()
    {
        // The first run caches a good preflight (max-age 600); the server then breaks its OPTIONS handling.
        var path = fixture.Server.Register(Behaviours.Correct());
        var ct = TestContext.Current.CancellationToken;
        var first = await fixture.Confirmer.ConfirmAsync(fixture.Server.BaseUrl, [TestCases.PutJson(path)], ct);
        fixture.Server.Replace(path, Behaviours.PreflightStatus(405));
        var second = await fixture.Confirmer.ConfirmAsync(fixture.Server.BaseUrl, [TestCases.PutJson(path)], ct);

        first[0].Browser.Outcome.ShouldBe(BrowserOutcome.Accepted, first[0].Browser.Describe());
        second[0].Browser.Outcome.ShouldBe(BrowserOutcome.Blocked, second[0].Browser.Describe());
        second[0].Browser.Url.ShouldNotBe(first[0].Browser.Url);
        fixture.Server.SeenWith(CaseQuery(second[0].Browser.Url)).ShouldContain(s => s.Method == "OPTIONS");
    }

    [Fact]
    public async Task An_origin_no_page_can_have_is_reported_as_not_measured_with_the_reason()
    {
        var path = fixture.Server.Register(Behaviours.Correct());
        var results = await fixture.Confirmer.ConfirmAsync(fixture.Server.BaseUrl,
            [TestCases.Get(path, origin: "chrome-extension://abcdefghijklmnop"), TestCases.Get(path, origin: "https://app.example.com/")],
            TestContext.Current.CancellationToken);

        results[0].Browser.Outcome.ShouldBe(BrowserOutcome.NotMeasured);
        results[0].Browser.Note!.ShouldContain("http:// or https://");
        results[1].Browser.Outcome.ShouldBe(BrowserOutcome.NotMeasured);
        results[1].Browser.Note!.ShouldContain("trailing slash");
        results[0].Agreement.ShouldBe(Agreement.NotCompared);
    }

    private static string CaseQuery(string url) => "cc=" + new Uri(url).Query.Split("cc=")[1];
}
