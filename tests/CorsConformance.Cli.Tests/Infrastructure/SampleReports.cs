using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Findings;
using CorsConformance.Http;
using CorsConformance.Probing;
using CorsConformance.Rules;
using CorsConformance.Running;

namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>
/// A hand-built report with one case of every outcome, a per-case error, a warning and a contract-wide info finding, hostile
/// characters (XML control characters, Markdown pipes and backticks, HTML) and a secret header: the report writers' worst day,
/// independent of the engine.
/// </summary>
public static class SampleReports
{
    public const string Secret = "Bearer s3cr3t-token-value";
    public static readonly HeaderLine SecretHeader = new("Authorization", Secret);
    public static readonly Uri BaseUrl = new("http://127.0.0.1:5555/");

    public static ConformanceReport Mixed()
    {
        var contract = new CorsContract { AllowedOrigins = ["https://app.example.com"], AllowCredentials = true, Endpoints = [new CorsEndpoint { Path = "/api/orders" }] };
        var url = new Uri(BaseUrl, "/api/orders");
        var request = new RecordedRequest("GET", url, [new("Origin", "https://app.example.com"), SecretHeader]);
        var response = new RecordedResponse(200, [new("Access-Control-Allow-Origin", "*"), new("Access-Control-Allow-Credentials", "true"), new("X-Weird", "a|b`c<d>&e\u0001f")], "OK");
        var deciding = new HeaderLine("Access-Control-Allow-Origin", "*");
        var wildcard = new Finding
        {
            RuleId = RuleIds.WildcardWithCredentials,
            Severity = Severity.Error,
            Summary = "Chromium blocks GET /api/orders from https://app.example.com with credentials: ACAO is '*' | pipes `ticks` <b>html</b>",
            CaseName = "credentials GET /api/orders from https://app.example.com",
            Endpoint = "/api/orders",
            Method = "GET",
            Origin = "https://app.example.com",
            Credentials = CredentialsMode.Include,
            PredictedVerdict = VerdictKind.Blocked,
            BrowserMessage = "Access to fetch at 'http://127.0.0.1:5555/api/orders' from origin 'https://app.example.com' has been blocked by CORS policy: The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.",
            Why = "For credentialed requests '*' is literal.",
            Fix = "Echo the exact origin and add Vary: Origin.",
            Evidence = [new Evidence(request, response, [deciding])],
            Curl = $"curl -i http://127.0.0.1:5555/api/orders -H 'Origin: https://app.example.com' -H 'Authorization: {Secret}'",
        };
        var vary = wildcard with
        {
            RuleId = RuleIds.MissingVaryOrigin,
            Severity = Severity.Warning,
            Summary = "GET /api/orders echoes the origin without Vary: Origin",
            BrowserMessage = null,
            PredictedVerdict = null,
        };
        var maxAge = new Finding
        {
            RuleId = RuleIds.MaxAgeAboveBrowserCap,
            Severity = Severity.Info,
            Summary = "Access-Control-Max-Age 86400 is above Chromium's 7200 s cap",
            Endpoint = "/api/orders",
            Why = "Chromium caps preflight caching at 7200 s.",
            Fix = "Send at most 7200.",
        };

        CorsCase Case(string name, CaseFamily family, ExpectedOutcome expected, string origin = "https://app.example.com") => new()
        {
            Name = name, Family = family, Path = "/api/orders", Method = "GET", Origin = origin, Credentials = CredentialsMode.Include, Expected = expected,
        };

        var cases = new List<CaseResult>
        {
            new()
            {
                Case = Case(wildcard.CaseName!, CaseFamily.Credentials, ExpectedOutcome.Accepted), Outcome = CaseOutcome.Failed,
                Actual = new Exchange(request, response, null, TimeSpan.FromMilliseconds(12)),
                Verdict = BrowserVerdict.Block(RuleIds.WildcardWithCredentials, "The value of the 'Access-Control-Allow-Origin' header ...", atPreflight: false),
                Findings = [wildcard, vary],
            },
            new()
            {
                Case = Case("actual GET /api/orders from https://app.example.com", CaseFamily.Actual, ExpectedOutcome.Accepted), Outcome = CaseOutcome.Passed,
                Actual = new Exchange(request, response, null, TimeSpan.FromMilliseconds(3)), Verdict = BrowserVerdict.Accept(),
            },
            new()
            {
                Case = Case("attacker GET /api/orders from https://evil.example-attacker.test", CaseFamily.AttackerOrigin, ExpectedOutcome.Blocked, "https://evil.example-attacker.test"),
                Outcome = CaseOutcome.NotMeasured, Note = "timed out after 1 s waiting for http://127.0.0.1:5555 to answer GET /api/orders",
                Actual = new Exchange(request, null, "timed out after 1 s", TimeSpan.FromSeconds(1)),
            },
            new()
            {
                Case = Case("actual DELETE /api/orders from https://app.example.com", CaseFamily.Actual, ExpectedOutcome.Accepted) with { Method = "DELETE" },
                Outcome = CaseOutcome.Skipped, Note = "unsafe actual request not sent to a live server (allowUnsafeLiveRequests is false); the preflight was checked",
            },
        };

        return new ConformanceReport
        {
            Contract = contract,
            BaseUrl = BaseUrl,
            Cases = cases,
            Findings = [wildcard, vary, maxAge],
            StartedAt = new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero),
            Duration = TimeSpan.FromMilliseconds(1234),
        };
    }

    /// <summary>A clean run: two passed cases, no findings.</summary>
    public static ConformanceReport Clean()
    {
        var mixed = Mixed();
        return mixed with { Cases = [mixed.Cases[1], mixed.Cases[1] with { Case = mixed.Cases[1].Case with { Name = "actual GET /api/orders from https://admin.example.com" } }], Findings = [] };
    }
}
