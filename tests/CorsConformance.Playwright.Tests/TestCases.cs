using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Http;

namespace CorsConformance.Playwright.Tests;

/// <summary>Builds the cases the tests issue.</summary>
internal static class TestCases
{
    public const string App = "https://app.example.com";
    public const string Attacker = "https://evil.example-attacker.test";

    public static CorsCase Get(string path, string origin = App, CredentialsMode credentials = CredentialsMode.SameOrigin,
        ExpectedOutcome expected = ExpectedOutcome.Accepted, params HeaderLine[] headers) => new()
    {
        Name = $"GET {path} from {origin} ({credentials})",
        Family = CaseFamily.Actual,
        Path = path,
        Method = "GET",
        Origin = origin,
        Credentials = credentials,
        Headers = headers,
        Expected = expected,
    };

    /// <summary>A preflighted PUT with a JSON body and Authorization.</summary>
    public static CorsCase PutJson(string path, string origin = App, CredentialsMode credentials = CredentialsMode.Include,
        ExpectedOutcome expected = ExpectedOutcome.Accepted) => new()
    {
        Name = $"PUT {path} from {origin} ({credentials}) [Authorization, Content-Type]",
        Family = CaseFamily.Preflight,
        Path = path,
        Method = "PUT",
        Origin = origin,
        Credentials = credentials,
        Headers = [new("Content-Type", "application/json"), new("Authorization", "Bearer test-token")],
        Body = """{"id":1}""",
        Expected = expected,
    };
}
