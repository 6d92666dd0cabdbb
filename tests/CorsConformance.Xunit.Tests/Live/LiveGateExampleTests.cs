using Xunit;
using CorsConformance.Xunit.Tests.ChildRuns;
using CorsConformance.Xunit.Tests.Hosting;
using Shouldly;

namespace CorsConformance.Xunit.Tests.Live;

/// <summary>The LiveGate example works as its README says: green against a correct deploy, red against a broken one, skipped without a URL.</summary>
public sealed class LiveGateExampleTests
{
    private const string Class = "StagingCors";
    private const string Token = "staging-token-5f1c9e";

    [Fact]
    public async Task Without_a_url_the_gate_is_skipped_with_the_reason()
    {
        var run = await ChildTestRunner.RunAsync(ChildTestRunner.LiveGate, []);

        run.Of(Class).ShouldAllBe(r => r.Skipped && r.SkipReason!.Contains("CORS_CONFORMANCE_BASE_URL", StringComparison.Ordinal));
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Against_a_correct_deploy_the_gate_passes()
    {
        await using var app = LoopbackApp<Program>.Start();

        var run = await ChildTestRunner.RunAsync(ChildTestRunner.LiveGate, [], Environment(app.BaseUrl));

        run.Of(Class).Where(r => r.Failed).Select(r => r.Name).ShouldBeEmpty();
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Against_a_broken_deploy_the_gate_fails_and_no_message_reveals_the_token()
    {
        await using var app = LoopbackApp<BrokenApi.Program>.Start();

        var run = await ChildTestRunner.RunAsync(ChildTestRunner.LiveGate, [], Environment(app.BaseUrl, Token));

        run.ExitCode.ShouldNotBe(0);
        run.FailedNames(Class).ShouldBe(Suites.BrokenApiFailures.CaseRows.Keys.Order(StringComparer.Ordinal).ToArray());
        run.Output.ShouldNotContain(Token);
        run.Rows.ShouldAllBe(r => (r.Message ?? "").Contains(Token) == false && r.Warnings.All(w => !w.Contains(Token)));
        // The token did reach the server on actual requests (an authenticated endpoint can be checked)...
        app.Received.ShouldContain(r => r.Method == "GET" && r.Authorization == "Bearer " + Token);
        // ...but never on a preflight (browsers send none) nor from an attacker origin.
        app.Received.Where(r => r.IsPreflight).ShouldAllBe(r => r.Authorization == null);
        app.Received.Where(r => r.Origin != null && !r.Origin.StartsWith("https://app.example.com", StringComparison.Ordinal)
                                && !r.Origin.StartsWith("https://admin.example.com", StringComparison.Ordinal))
            .ShouldAllBe(r => r.Authorization == null || r.Origin == "https://any-site.example-client.test");
    }

    private static Dictionary<string, string> Environment(Uri baseUrl, string? token = null)
    {
        var environment = new Dictionary<string, string> { ["CORS_CONFORMANCE_BASE_URL"] = baseUrl.ToString() };
        if (token is not null) environment["STAGING_API_TOKEN"] = token;
        return environment;
    }
}
