using CorsConformance.Browser;
using CorsConformance.Http;
using Shouldly;
using Xunit;
using static CorsConformance.Tests.Browser.BrowserFixtures;

namespace CorsConformance.Tests.Browser;

/// <summary>The CORS check on actual responses and redirect hops (catalog section 1), both ways.</summary>
public sealed class ResponseCheckTests
{
    public sealed record Row(string Name, CorsRequest Request, RecordedResponse Response, VerdictKind Kind, string? RuleId, string? Detail) : INamedRow
    {
        public override string ToString() => Name;
    }

    private static Row Blocked(string name, CorsRequest request, RecordedResponse response, string rule, string detail) =>
        new(name, request, response, VerdictKind.Blocked, rule, detail);

    private static Row Accepted(string name, CorsRequest request, RecordedResponse response) =>
        new(name, request, response, VerdictKind.Accepted, null, null);

    private const string Missing = "No 'Access-Control-Allow-Origin' header is present on the requested resource.";
    private static string Mismatch(string v) => $"The 'Access-Control-Allow-Origin' header has a value '{v}' that is not equal to the supplied origin." + Valid;
    private static string Multiple(string v) => $"The 'Access-Control-Allow-Origin' header contains multiple values '{v}', but only one is allowed." + Valid;
    private static string Invalid(string v) => $"The 'Access-Control-Allow-Origin' header contains the invalid value '{v}'." + Valid;
    private const string WildcardCreds = "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.";
    private static string NotTrue(string v) => $"The value of the 'Access-Control-Allow-Credentials' header in the response is '{v}' which must be 'true' when the request's credentials mode is 'include'.";

    public static TheoryData<Row> Rows => Named<Row>(
    [
        // acao-missing (any status)
        Blocked("acao-missing: 200 without ACAO", Fetch(), Response(200), "acao-missing", Missing),
        Blocked("acao-missing: 500 error path without ACAO", Fetch(), Response(500), "acao-missing", Missing),
        Blocked("acao-missing: 401 from auth without ACAO", Credentialed(), Response(401, Acac()), "acao-missing", Missing),
        Accepted("acao-missing kept: 200 echoing the origin", Fetch(), Response(200, Acao())),
        Accepted("acao-missing kept: 500 error path with ACAO", Fetch(), Response(500, Acao())),

        // acao-mismatch
        Blocked("acao-mismatch: another origin", Fetch(), Response(200, Acao("https://other.example.com")), "acao-mismatch", Mismatch("https://other.example.com")),
        Blocked("acao-mismatch: upper-case origin", Fetch(), Response(200, Acao("https://APP.example.com")), "acao-mismatch", Mismatch("https://APP.example.com")),
        Blocked("acao-mismatch: explicit default port :443", Fetch(), Response(200, Acao("https://app.example.com:443")), "acao-mismatch", Mismatch("https://app.example.com:443")),
        Blocked("acao-mismatch: http twin of an https page", Fetch(), Response(200, Acao("http://app.example.com")), "acao-mismatch", Mismatch("http://app.example.com")),
        Blocked("acao-mismatch: ACAO null for a real origin", Fetch(), Response(200, Acao("null")), "acao-mismatch", Mismatch("null")),
        Blocked("acao-mismatch: https://*.example.com pattern (a valid URL)", Fetch(), Response(200, Acao("https://*.example.com")), "acao-mismatch", Mismatch("https://*.example.com")),
        Blocked("acao-mismatch: non-ASCII byte printed as \\u00E9", Fetch(), Response(200, Acao("https://app.example.com\u00e9")), "acao-mismatch", Mismatch("https://app.example.com\\u00E9")),
        Accepted("acao-mismatch kept: exact origin surrounded by spaces and a tab", Fetch(), Response(200, Acao(" https://app.example.com\t"))),

        // trailing-slash-mismatch
        Blocked("trailing-slash-mismatch: origin stored with a slash", Fetch(), Response(200, Acao("https://app.example.com/")), "trailing-slash-mismatch", Mismatch("https://app.example.com/")),
        Blocked("trailing-slash-mismatch: origin with a path", Fetch(), Response(200, Acao("https://app.example.com/app")), "trailing-slash-mismatch", Mismatch("https://app.example.com/app")),
        Accepted("trailing-slash-mismatch kept: origin without slash", Fetch(), Response(200, Acao("https://app.example.com"))),

        // duplicate-acao
        Blocked("duplicate-acao: two ACAO lines a and a", Fetch(), Response(200, Acao("a"), Acao("a")), "duplicate-acao", Multiple("a, a")),
        Blocked("duplicate-acao: app and proxy both add the origin", Fetch(), Response(200, Acao(), Acao()), "duplicate-acao", Multiple("https://app.example.com, https://app.example.com")),
        Blocked("duplicate-acao: a list in one line", Fetch(), Response(200, Acao("https://app.example.com,https://admin.example.com")), "duplicate-acao", Multiple("https://app.example.com,https://admin.example.com")),
        Blocked("duplicate-acao: two wildcard lines", Fetch(), Response(200, Acao("*"), Acao("*")), "duplicate-acao", Multiple("*, *")),
        Accepted("duplicate-acao kept: one ACAO line", Fetch(), Response(200, Acao())),

        // acao-invalid
        Blocked("acao-invalid: host without scheme", Fetch(), Response(200, Acao("example.com")), "acao-invalid", Invalid("example.com")),
        Blocked("acao-invalid: *.example.com pattern", Fetch(), Response(200, Acao("*.example.com")), "acao-invalid", Invalid("*.example.com")),
        Blocked("acao-invalid: empty value", Fetch(), Response(200, Acao("")), "acao-invalid", Invalid("")),
        Blocked("acao-invalid: scheme without host", Fetch(), Response(200, Acao("https://")), "acao-invalid", Invalid("https://")),
        Accepted("acao-invalid kept: wildcard without credentials", Fetch(), Response(200, Acao("*"))),

        // wildcard-with-credentials
        Blocked("wildcard-with-credentials: * with ACAC true", Credentialed(), Response(200, Acao("*"), Acac()), "wildcard-with-credentials", WildcardCreds),
        Blocked("wildcard-with-credentials: * without ACAC", Credentialed(), Response(200, Acao("*")), "wildcard-with-credentials", WildcardCreds),
        Accepted("wildcard-with-credentials kept: echoed origin with ACAC true", Credentialed(), Response(200, Acao(), Acac(), ("Vary", "Origin"))),
        Accepted("wildcard-with-credentials kept: * for credentials omit", Fetch(credentials: CredentialsMode.Omit), Response(200, Acao("*"))),

        // credentials-not-true
        Blocked("credentials-not-true: ACAC True", Credentialed(), Response(200, Acao(), Acac("True")), "credentials-not-true", NotTrue("True")),
        Blocked("credentials-not-true: ACAC 1", Credentialed(), Response(200, Acao(), Acac("1")), "credentials-not-true", NotTrue("1")),
        Blocked("credentials-not-true: two ACAC lines true, true", Credentialed(), Response(200, Acao(), Acac(), Acac()), "credentials-not-true", NotTrue("true, true")),
        Blocked("credentials-not-true: ACAC missing", Credentialed(), Response(200, Acao()), "credentials-not-true", NotTrue("")),
        Accepted("credentials-not-true kept: ACAC true", Credentialed(), Response(200, Acao(), Acac())),
        Accepted("credentials-not-true kept: ACAC true with trailing space", Credentialed(), Response(200, Acao(), Acac("true "))),
        Accepted("credentials-not-true ignored without credentials: ACAC True", Fetch(), Response(200, Acao(), Acac("True"))),
        Accepted("credentials-not-true ignored without credentials: ACAC false", Fetch(), Response(200, Acao(), Acac("false"))),

        // null origin (sandboxed iframe)
        Accepted("null origin: ACAO null", Fetch(origin: "null"), Response(200, Acao("null"))),
        Accepted("null origin: ACAO null with credentials", Credentialed(origin: "null"), Response(200, Acao("null"), Acac())),
        Accepted("null origin: ACAO *", Fetch(origin: "null"), Response(200, Acao("*"))),
        Blocked("null origin: ACAO of the parent page", Fetch(origin: "null"), Response(200, Acao()), "acao-mismatch", Mismatch("https://app.example.com")),
        Blocked("null origin: no ACAO", Fetch(origin: "null"), Response(200), "acao-missing", Missing),

        // redirect-missing-cors
        Blocked("redirect-missing-cors: 302 without ACAO", Fetch(), Response(302, ("Location", "https://api.example.com/v2/orders")), "redirect-missing-cors", Missing),
        Blocked("redirect-missing-cors: 307 with another origin", Fetch(), Response(307, ("Location", "/v2"), Acao("https://x.test")), "redirect-missing-cors", Mismatch("https://x.test")),
        Blocked("redirect-missing-cors: 301 with * on a credentialed request", Credentialed(), Response(301, ("Location", "/v2"), Acao("*")), "redirect-missing-cors", WildcardCreds),
        Blocked("302 without Location is a plain response: acao-missing", Fetch(), Response(302), "acao-missing", Missing),
        Accepted("302 without Location is a plain response: passes with ACAO", Fetch(), Response(302, Acao())),
        Accepted("redirect-missing-cors kept: 302 with ACAO", Fetch(), Response(302, ("Location", "/v2"), Acao())),
        Accepted("redirect-missing-cors kept: 308 with * without credentials", Fetch(), Response(308, ("Location", "/v2"), Acao("*"))),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Actual_response_verdict_matches_chromium(Row row)
    {
        var verdict = BrowserModel.EvaluateResponse(row.Request, row.Response);

        verdict.Kind.ShouldBe(row.Kind, row.Name);
        verdict.RuleId.ShouldBe(row.RuleId, row.Name);
        verdict.ChromiumDetail.ShouldBe(row.Detail, row.Name);
        verdict.BlockedAtPreflight.ShouldBeFalse();
    }

    [Fact]
    public void Console_message_is_the_line_chromium_prints()
    {
        var verdict = BrowserModel.EvaluateResponse(Fetch(), Response(200, Acao("https://app.example.com/")));

        verdict.ChromiumConsoleMessage(Url, Origin).ShouldBe(
            "Access to fetch at 'https://api.example.com/orders' from origin 'https://app.example.com' has been blocked by CORS policy: " +
            "The 'Access-Control-Allow-Origin' header has a value 'https://app.example.com/' that is not equal to the supplied origin. " +
            "Have the server send the header with a valid value.");
    }

    [Fact]
    public void Passing_redirect_exposes_nothing_to_script()
    {
        var verdict = BrowserModel.EvaluateResponse(Fetch(), Response(302, ("Location", "/v2"), Acao()));

        verdict.Accepted.ShouldBeTrue();
        verdict.ReadableResponseHeaders.ShouldBeEmpty();
    }
}
