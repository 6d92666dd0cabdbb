using CorsConformance.Browser;
using CorsConformance.Http;
using Shouldly;
using Xunit;
using static CorsConformance.Tests.Browser.BrowserFixtures;

namespace CorsConformance.Tests.Browser;

/// <summary>Preflight validation in Chromium's order (catalog section 1), every failing answer next to the one that keeps the rule.</summary>
public sealed class PreflightCheckTests
{
    public sealed record Row(string Name, CorsRequest Request, RecordedResponse Preflight, VerdictKind Kind, string? RuleId, string? Detail) : INamedRow
    {
        public override string ToString() => Name;
    }

    private static Row Blocked(string name, CorsRequest request, RecordedResponse preflight, string rule, string detail) =>
        new(name, request, preflight, VerdictKind.Blocked, rule, detail);

    private static Row Accepted(string name, CorsRequest request, RecordedResponse preflight) =>
        new(name, request, preflight, VerdictKind.Accepted, null, null);

    private static readonly CorsRequest Put = Fetch("PUT");
    private static readonly CorsRequest PutCredentialed = Credentialed("PUT");
    private static readonly CorsRequest JsonPost = Fetch("POST", [("Content-Type", "application/json")]);
    private static readonly CorsRequest WithAuthorization = Fetch("GET", [("Authorization", "Bearer t")]);
    private static readonly CorsRequest WithAuthorizationCredentialed = Credentialed("GET", [("Authorization", "Bearer t")]);

    private const string Missing = Pre + "No 'Access-Control-Allow-Origin' header is present on the requested resource.";
    private const string NotOk = Pre + "It does not have HTTP ok status.";
    private const string Redirect = Pre + "Redirect is not allowed for a preflight request.";
    private const string WildcardCreds = Pre + "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.";
    private const string CannotParseMethods = "Cannot parse Access-Control-Allow-Methods response header field in preflight response.";
    private const string CannotParseHeaders = "Cannot parse Access-Control-Allow-Headers response header field in preflight response.";
    private static string Mismatch(string v) => Pre + $"The 'Access-Control-Allow-Origin' header has a value '{v}' that is not equal to the supplied origin." + Valid;
    private static string Multiple(string v) => Pre + $"The 'Access-Control-Allow-Origin' header contains multiple values '{v}', but only one is allowed." + Valid;
    private static string Invalid(string v) => Pre + $"The 'Access-Control-Allow-Origin' header contains the invalid value '{v}'." + Valid;
    private static string NotTrue(string v) => Pre + $"The value of the 'Access-Control-Allow-Credentials' header in the response is '{v}' which must be 'true' when the request's credentials mode is 'include'.";
    private static string Method(string m) => $"Method {m} is not allowed by Access-Control-Allow-Methods in preflight response.";
    private static string Header(string h) => $"Request header field {h} is not allowed by Access-Control-Allow-Headers in preflight response.";

    public static TheoryData<Row> Rows => Named<Row>(
    [
        // preflight-redirect (checked before anything else, ACAO or not)
        Blocked("preflight-redirect: 302 with ACAO", Put, Response(302, ("Location", "/orders/"), Acao(), Acam("PUT")), "preflight-redirect", Redirect),
        Blocked("preflight-redirect: 301 http to https without ACAO", Put, Response(301, ("Location", "https://api.example.com/orders")), "preflight-redirect", Redirect),
        Blocked("preflight-redirect: 307 with a wrong ACAO", Put, Response(307, ("Location", "/x"), Acao("https://wrong.test")), "preflight-redirect", Redirect),
        Blocked("preflight-redirect: 308", Put, Response(308, ("Location", "/x"), Acao(), Acam("PUT")), "preflight-redirect", Redirect),
        Accepted("preflight-redirect kept: 204 at the final URL", Put, Response(204, Acao(), Acam("PUT"))),

        // preflight-not-ok: Chromium checks ACAO before the status
        Blocked("preflight-not-ok: 404 with ACAO", Put, Response(404, Acao(), Acam("PUT")), "preflight-not-ok", NotOk),
        Blocked("preflight-not-ok: 405 with ACAO", Put, Response(405, Acao(), Acam("PUT")), "preflight-not-ok", NotOk),
        Blocked("preflight-not-ok: 401 from auth with ACAO", Put, Response(401, Acao(), Acam("PUT")), "preflight-not-ok", NotOk),
        Blocked("preflight-not-ok: 403 with ACAO", Put, Response(403, Acao(), Acam("PUT")), "preflight-not-ok", NotOk),
        Blocked("preflight-not-ok: 500 with ACAO", Put, Response(500, Acao(), Acam("PUT")), "preflight-not-ok", NotOk),
        Blocked("preflight-not-ok: 304 is not a redirect", Put, Response(304, Acao(), Acam("PUT")), "preflight-not-ok", NotOk),
        Blocked("preflight-not-ok: 300 with Location is not a followed redirect", Put, Response(300, ("Location", "/x"), Acao(), Acam("PUT")), "preflight-not-ok", NotOk),
        Blocked("preflight-not-ok: 302 without Location is not a redirect", Put, Response(302, Acao(), Acam("PUT")), "preflight-not-ok", NotOk),
        Blocked("acao-missing on preflight: 404 without ACAO", Put, Response(404), "acao-missing", Missing),
        Blocked("acao-missing on preflight: 405 without ACAO", Put, Response(405), "acao-missing", Missing),
        Blocked("acao-missing on preflight: 401 without ACAO", Put, Response(401), "acao-missing", Missing),
        Blocked("acao-missing on preflight: 204 without CORS headers (disallowed origin)", Put, Response(204), "acao-missing", Missing),
        Accepted("preflight-not-ok kept: 200", Put, Response(200, Acao(), Acam("PUT"))),
        Accepted("preflight-not-ok kept: 204", Put, Response(204, Acao(), Acam("PUT"))),

        // CORS check on the preflight, with the actual request's credentials mode, prefixed
        Blocked("acao-mismatch on preflight", Put, Response(204, Acao("https://other.example.com"), Acam("PUT")), "acao-mismatch", Mismatch("https://other.example.com")),
        Blocked("acao-mismatch on preflight: upper-case origin", Put, Response(204, Acao("HTTPS://APP.EXAMPLE.COM"), Acam("PUT")), "acao-mismatch", Mismatch("HTTPS://APP.EXAMPLE.COM")),
        Blocked("acao-mismatch on preflight: explicit default port", Put, Response(204, Acao("https://app.example.com:443"), Acam("PUT")), "acao-mismatch", Mismatch("https://app.example.com:443")),
        Blocked("trailing-slash-mismatch on preflight", PutCredentialed, Response(204, Acao("https://app.example.com/"), Acac(), Acam("PUT")), "trailing-slash-mismatch", Mismatch("https://app.example.com/")),
        Blocked("duplicate-acao on preflight: two lines a and a", Put, Response(204, Acao("a"), Acao("a"), Acam("PUT")), "duplicate-acao", Multiple("a, a")),
        Blocked("acao-invalid on preflight", Put, Response(204, Acao("example.com"), Acam("PUT")), "acao-invalid", Invalid("example.com")),
        Blocked("wildcard-with-credentials on preflight", PutCredentialed, Response(204, Acao("*"), Acac(), Acam("PUT")), "wildcard-with-credentials", WildcardCreds),
        Blocked("credentials-not-true on preflight: ACAC True", PutCredentialed, Response(204, Acao(), Acac("True"), Acam("PUT")), "credentials-not-true", NotTrue("True")),
        Blocked("credentials-not-true on preflight: ACAC missing", PutCredentialed, Response(204, Acao(), Acam("PUT")), "credentials-not-true", NotTrue("")),
        Accepted("CORS check kept on preflight: * without credentials", Put, Response(204, Acao("*"), Acam("PUT"))),
        Accepted("CORS check kept on preflight: credentialed, echoed origin and ACAC true", PutCredentialed, Response(204, Acao(), Acac(), Acam("PUT"))),
        Accepted("CORS check kept on preflight: null origin with ACAO null", Fetch("PUT", origin: "null"), Response(204, Acao("null"), Acam("PUT"))),

        // allow-list-unparseable (both lists are parsed, methods first)
        Blocked("allow-list-unparseable: ACAM element with a space", Put, Response(204, Acao(), Acam("PUT, DE LETE")), "allow-list-unparseable", CannotParseMethods),
        Blocked("allow-list-unparseable: ACAM element PUT;", Put, Response(204, Acao(), Acam("PUT;")), "allow-list-unparseable", CannotParseMethods),
        Blocked("allow-list-unparseable: ACAM quoted", Put, Response(204, Acao(), Acam("\"PUT\"")), "allow-list-unparseable", CannotParseMethods),
        Blocked("allow-list-unparseable: ACAH element with a space", Fetch("GET", [("X-Api-Key", "1")]), Response(204, Acao(), Acah("x-api-key, x y")), "allow-list-unparseable", CannotParseHeaders),
        Blocked("allow-list-unparseable: bad ACAH even when no header is requested", Put, Response(204, Acao(), Acam("PUT"), Acah("x y")), "allow-list-unparseable", CannotParseHeaders),
        Blocked("allow-list-unparseable: bad ACAM even for a GET, before a bad ACAH", Fetch("GET", [("X-A", "1")]), Response(204, Acao(), Acam("DE LETE"), Acah("x a")), "allow-list-unparseable", CannotParseMethods),
        Accepted("allow-list-unparseable kept: comma-separated tokens with tabs and empty elements", Fetch("PUT", [("X-A", "1")]), Response(204, Acao(), Acam("GET,,\tPUT, "), Acah(" x-a ,"))),
        Accepted("allow-list-unparseable kept: ACAM over two lines", Put, Response(204, Acao(), Acam("GET"), Acam("PUT"))),

        // method-not-allowed (case-sensitive; * only without credentials; GET/HEAD/POST need no listing)
        Blocked("method-not-allowed: no ACAM", Put, Response(204, Acao()), "method-not-allowed", Method("PUT")),
        Blocked("method-not-allowed: patch sent, ACAM PATCH", Fetch("patch"), Response(204, Acao(), Acam("GET, PATCH")), "method-not-allowed", Method("patch")),
        Blocked("method-not-allowed: PATCH sent, ACAM patch", Fetch("PATCH"), Response(204, Acao(), Acam("patch")), "method-not-allowed", Method("PATCH")),
        Blocked("method-not-allowed: PUT sent, ACAM put", Put, Response(204, Acao(), Acam("put")), "method-not-allowed", Method("PUT")),
        Blocked("method-not-allowed: * with credentials", PutCredentialed, Response(204, Acao(), Acac(), Acam("*")), "method-not-allowed", Method("PUT")),
        Blocked("method-not-allowed: reported before a missing header", Fetch("PUT", [("X-A", "1")]), Response(204, Acao()), "method-not-allowed", Method("PUT")),
        Accepted("method-not-allowed kept: patch sent, ACAM patch", Fetch("patch"), Response(204, Acao(), Acam("patch"))),
        Accepted("method-not-allowed kept: PATCH sent, ACAM PATCH", Fetch("PATCH"), Response(204, Acao(), Acam("GET, PATCH"))),
        Accepted("method-not-allowed kept: put is normalized to PUT", Fetch("put"), Response(204, Acao(), Acam("PUT"))),
        Accepted("method-not-allowed kept: * without credentials", Put, Response(204, Acao(), Acam("*"))),
        Accepted("method-not-allowed kept: PUT listed for a credentialed request", PutCredentialed, Response(204, Acao(), Acac(), Acam("PUT"))),
        Accepted("method-not-allowed kept: POST needs no listing", JsonPost, Response(204, Acao(), Acah("Content-Type"))),
        Accepted("method-not-allowed kept: GET needs no listing despite ACAM PUT", WithAuthorization, Response(204, Acao(), Acam("PUT"), Acah("authorization"))),

        // header-not-allowed (case-insensitive; * only without credentials)
        Blocked("header-not-allowed: content-type application/json not listed", JsonPost, Response(204, Acao()), "header-not-allowed", Header("content-type")),
        Blocked("header-not-allowed: authorization not listed", WithAuthorization, Response(204, Acao(), Acah("x-api-key")), "header-not-allowed", Header("authorization")),
        Blocked("header-not-allowed: Authorization under * with credentials", WithAuthorizationCredentialed, Response(204, Acao(), Acac(), Acah("*")), "header-not-allowed", Header("authorization")),
        Blocked("header-not-allowed: custom header under * with credentials", Credentialed("GET", [("X-Api-Key", "k")]), Response(204, Acao(), Acac(), Acah("*")), "header-not-allowed", Header("x-api-key")),
        Blocked("header-not-allowed: first missing name in sorted order", Fetch("GET", [("X-B", "1"), ("X-A", "1")]), Response(204, Acao(), Acah("x-c")), "header-not-allowed", Header("x-a")),
        Blocked("header-not-allowed: empty ACAH", Fetch("GET", [("X-A", "1")]), Response(204, Acao(), Acah("")), "header-not-allowed", Header("x-a")),
        Accepted("header-not-allowed kept: Content-Type listed", JsonPost, Response(204, Acao(), Acah("Content-Type"))),
        Accepted("header-not-allowed kept: listed in another case", Fetch("GET", [("x-api-key", "k")]), Response(204, Acao(), Acah("X-API-KEY"))),
        Accepted("header-not-allowed kept: Authorization listed explicitly with credentials", WithAuthorizationCredentialed, Response(204, Acao(), Acac(), Acah("Authorization"))),
        Accepted("header-not-allowed kept: * plus Authorization with credentials", WithAuthorizationCredentialed, Response(204, Acao(), Acac(), Acah("*, Authorization"))),
        Accepted("header-not-allowed kept: * without credentials covers custom headers", Fetch("GET", [("X-Api-Key", "k")]), Response(204, Acao(), Acah("*"))),
        Accepted("header-not-allowed kept: text/plain;charset=utf-8 is safelisted", Fetch("POST", [("Content-Type", "text/plain;charset=utf-8")]), Response(204, Acao())),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Preflight_verdict_matches_chromium(Row row)
    {
        var verdict = BrowserModel.EvaluatePreflight(row.Request, row.Preflight);

        verdict.Kind.ShouldBe(row.Kind, row.Name);
        verdict.RuleId.ShouldBe(row.RuleId, row.Name);
        verdict.ChromiumDetail.ShouldBe(row.Detail, row.Name);
        verdict.BlockedAtPreflight.ShouldBe(row.Kind == VerdictKind.Blocked, row.Name);
        if (row.Kind == VerdictKind.Accepted)
            verdict.Deviations.ShouldBeEmpty(row.Name);
    }

    [Fact]
    public void Authorization_under_wildcard_without_credentials_is_accepted_with_a_deviation()
    {
        var verdict = BrowserModel.EvaluatePreflight(WithAuthorization, Response(204, Acao(), Acah("*")));

        verdict.Kind.ShouldBe(VerdictKind.Accepted);
        verdict.RuleId.ShouldBeNull();
        verdict.ChromiumDetail.ShouldBeNull();
        var deviation = verdict.Deviations.ShouldHaveSingleItem();
        deviation.RuleId.ShouldBe("authorization-not-covered-by-wildcard");
        deviation.SpecVerdict.ShouldBe(VerdictKind.Blocked);
        deviation.ChromiumVerdict.ShouldBe(VerdictKind.Accepted);
        deviation.Note.ShouldBe("Authorization will not be covered by the wildcard symbol (*) in CORS Access-Control-Allow-Headers handling.");
    }

    [Fact]
    public void Authorization_listed_next_to_the_wildcard_needs_no_deviation()
    {
        var verdict = BrowserModel.EvaluatePreflight(Fetch("GET", [("Authorization", "t"), ("X-A", "1")]), Response(204, Acao(), Acah("*, authorization")));

        verdict.Kind.ShouldBe(VerdictKind.Accepted);
        verdict.Deviations.ShouldBeEmpty();
    }
}
