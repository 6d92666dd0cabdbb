using CorsConformance.Browser;
using Shouldly;
using Xunit;
using static CorsConformance.Tests.Browser.BrowserFixtures;

namespace CorsConformance.Tests.Browser;

/// <summary>The whole fetch: preflight first, then the actual response; deviations merged; missing inputs named.</summary>
public sealed class EvaluateTests
{
    [Fact]
    public void Blocked_preflight_stops_the_fetch()
    {
        var verdict = BrowserModel.Evaluate(Fetch("PUT"), Response(405), Response(200, Acao()));

        verdict.Kind.ShouldBe(VerdictKind.Blocked);
        verdict.RuleId.ShouldBe("acao-missing");
        verdict.BlockedAtPreflight.ShouldBeTrue();
        verdict.ChromiumDetail.ShouldBe(Pre + "No 'Access-Control-Allow-Origin' header is present on the requested resource.");
    }

    [Fact]
    public void Passing_preflight_then_the_actual_response_decides()
    {
        // preflight-actual-disagree: the preflight carries ACAC, the actual response forgot it.
        var verdict = BrowserModel.Evaluate(Credentialed("PUT"), Response(204, Acao(), Acac(), Acam("PUT")), Response(200, Acao()));

        verdict.Kind.ShouldBe(VerdictKind.Blocked);
        verdict.RuleId.ShouldBe("credentials-not-true");
        verdict.BlockedAtPreflight.ShouldBeFalse();
        verdict.ChromiumDetail.ShouldBe("The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must be 'true' when the request's credentials mode is 'include'.");
    }

    [Fact]
    public void Both_passing_is_accepted_with_readable_headers_of_the_actual_response()
    {
        var verdict = BrowserModel.Evaluate(Credentialed("PUT"), Response(204, Acao(), Acac(), Acam("PUT")), Response(200, Acao(), Acac(), Aceh("X-Total")));

        verdict.Kind.ShouldBe(VerdictKind.Accepted);
        verdict.ReadableResponseHeaders.ShouldContain("x-total");
    }

    [Fact]
    public void Deviation_of_the_preflight_is_kept_on_the_final_verdict()
    {
        var request = Fetch("GET", [("Authorization", "Bearer t")]);

        var verdict = BrowserModel.Evaluate(request, Response(204, Acao(), Acah("*")), Response(200, Acao()));

        verdict.Kind.ShouldBe(VerdictKind.Accepted);
        verdict.Deviations.ShouldHaveSingleItem().RuleId.ShouldBe("authorization-not-covered-by-wildcard");
        verdict.ReadableResponseHeaders.ShouldContain("content-type");
    }

    [Fact]
    public void Preflight_only_gives_the_preflight_verdict()
    {
        var verdict = BrowserModel.Evaluate(Fetch("DELETE"), Response(204, Acao(), Acam("DELETE")), actual: null);

        verdict.Kind.ShouldBe(VerdictKind.Accepted);
    }

    [Fact]
    public void Simple_request_ignores_a_preflight_the_browser_would_not_send()
    {
        var verdict = BrowserModel.Evaluate(Fetch(), Response(404), Response(200, Acao()));

        verdict.Kind.ShouldBe(VerdictKind.Accepted);
    }

    [Fact]
    public void Missing_preflight_for_a_preflighted_request_is_named()
    {
        var error = Should.Throw<ArgumentException>(() => BrowserModel.Evaluate(Fetch("PUT", [("X-Api-Key", "k")]), preflight: null, Response(200, Acao())));

        error.ParamName.ShouldBe("preflight");
        error.Message.ShouldContain("This request is preflighted (method PUT is not CORS-safelisted (only GET, HEAD and POST are); header x-api-key is not a CORS-safelisted header) but no preflight response was given");
    }

    [Fact]
    public void Nothing_to_evaluate_is_named()
    {
        var error = Should.Throw<ArgumentException>(() => BrowserModel.Evaluate(Fetch(), preflight: null, actual: null));

        error.ParamName.ShouldBe("actual");
        error.Message.ShouldContain("Nothing to evaluate: GET https://api.example.com/orders needs no preflight and no actual response was given.");
    }

    [Fact]
    public void Null_responses_are_rejected_by_name()
    {
        Should.Throw<ArgumentNullException>(() => BrowserModel.EvaluatePreflight(Fetch("PUT"), null!)).ParamName.ShouldBe("preflight");
        Should.Throw<ArgumentNullException>(() => BrowserModel.EvaluateResponse(Fetch(), null!)).ParamName.ShouldBe("actual");
    }
}
