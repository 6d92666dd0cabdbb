using CorsConformance.Cli.Tests.Infrastructure;
using CorsConformance.Rules;

namespace CorsConformance.Cli.Tests;

/// <summary>Another stack: Express with the npm <c>cors</c> middleware, correct and misconfigured, checked by the CLI over loopback.</summary>
public sealed class NodeCorsServerTests
{
    private static Task<CliResult> CheckAsync(NodeCorsServer server, params string[] extra) =>
        CorsCli.RunAsync(["check", "--contract", NodeCorsServer.ContractPath, "--base-url", server.BaseUrl.ToString(), "--format", "json", .. extra]);

    [Fact]
    public async Task Correct_express_cors_allowlist_passes()
    {
        await using var server = await NodeCorsServer.StartAsync("correct");
        var result = await CheckAsync(server);

        result.ExitCode.ShouldBe(0, result.ToString());
        var report = Schemas.ShouldBeValidJsonReport(result.Out);
        JsonReportReader.RuleIds(report, "error").ShouldBeEmpty();
        JsonReportReader.Summary(report, "notMeasured").ShouldBe(0);
    }

    [Fact]
    public async Task Express_cors_origin_true_reflects_every_origin_and_fails()
    {
        await using var server = await NodeCorsServer.StartAsync("reflect-any-origin");
        var result = await CheckAsync(server);

        result.ExitCode.ShouldBe(1, result.ToString());
        var ids = JsonReportReader.RuleIds(Schemas.ShouldBeValidJsonReport(result.Out), "error");
        ids.ShouldContain(RuleIds.ReflectsArbitraryOrigin);
        ids.ShouldContain(RuleIds.NullOriginAllowed);
        ids.ShouldContain(RuleIds.SuffixBypass);
        ids.ShouldContain(RuleIds.ThirdPartyOriginTrusted);
    }

    [Fact]
    public async Task Express_cors_wildcard_with_credentials_fails_with_sarif_that_validates()
    {
        await using var server = await NodeCorsServer.StartAsync("wildcard-with-credentials");
        var result = await CorsCli.RunAsync("check", "--contract", NodeCorsServer.ContractPath, "--base-url", server.BaseUrl.ToString(), "--format", "sarif");

        result.ExitCode.ShouldBe(1, result.ToString());
        var sarif = Schemas.ShouldBeValidSarif(result.Out);
        sarif["runs"]![0]!["results"]!.AsArray().Select(r => r!["ruleId"]!.GetValue<string>()).ShouldContain(RuleIds.WildcardWithCredentials);
    }

    [Fact]
    public async Task Init_against_express_drafts_a_contract_that_check_accepts_and_flags_reflection()
    {
        await using var good = await NodeCorsServer.StartAsync("correct");
        using var dir = new TempDirectory();
        var drafted = dir.File("node.json");
        var init = await CorsCli.RunAsync("init", "--base-url", good.BaseUrl.ToString(), "--origin", "https://app.example.com", "--origin", "https://admin.example.com",
            "--path", "/api/orders", "--path", "/api/catalog", "--output", drafted);
        init.ExitCode.ShouldBe(0, init.ToString());
        init.Error.ShouldNotContain("unsafe:");
        var check = await CorsCli.RunAsync("check", "--contract", drafted, "--base-url", good.BaseUrl.ToString());
        check.ExitCode.ShouldBe(0, check.ToString());

        await using var bad = await NodeCorsServer.StartAsync("reflect-any-origin");
        var flagged = await CorsCli.RunAsync("init", "--base-url", bad.BaseUrl.ToString(), "--origin", "https://app.example.com", "--path", "/api/orders");
        flagged.ExitCode.ShouldBe(0, flagged.ToString());
        flagged.Error.ShouldContain($"unsafe: {RuleIds.ReflectsArbitraryOrigin} on /api/orders");
    }
}
