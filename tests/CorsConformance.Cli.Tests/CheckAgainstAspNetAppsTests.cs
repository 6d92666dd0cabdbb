using CorsConformance.Cli.Tests.Infrastructure;
using CorsConformance.Rules;
using CorsConformance.TestApps;

namespace CorsConformance.Cli.Tests;

/// <summary><c>check</c> against real ASP.NET Core apps on Kestrel loopback: the correct shop passes, each broken shop fails with its rule ids.</summary>
public sealed class CheckAgainstAspNetAppsTests
{
    /// <summary>Every broken app whose mistake is at error severity (the info-only one is covered by the --fail-on tests).</summary>
    public static TheoryData<TestAppKind> BrokenApps => new(Enum.GetValues<TestAppKind>()
        .Where(k => k is not (TestAppKind.Correct or TestAppKind.PublicWildcardEverywhere or TestAppKind.ReflectsRequestHeaders)));

    [Fact]
    public async Task Correct_app_passes_with_exit_0_and_every_case_measured()
    {
        await using var app = await RunningApp.StartAsync(TestAppKind.Correct);
        var result = await app.CheckAsync("--format", "json");

        result.ExitCode.ShouldBe(0, result.ToString());
        var report = Schemas.ShouldBeValidJsonReport(result.Out);
        JsonReportReader.Result(report).ShouldBe("passed");
        JsonReportReader.RuleIds(report, "error").ShouldBeEmpty();
        JsonReportReader.RuleIds(report, "warning").ShouldBeEmpty();
        JsonReportReader.Summary(report, "notMeasured").ShouldBe(0);
        JsonReportReader.Summary(report, "measured").ShouldBeGreaterThan(50); // the whole matrix ran, security probes included
        result.Error.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(BrokenApps))]
    public async Task Broken_app_fails_with_exit_1_and_names_its_rules(TestAppKind kind)
    {
        await using var app = await RunningApp.StartAsync(kind);
        var result = await app.CheckAsync("--format", "json");

        result.ExitCode.ShouldBe(1, result.ToString());
        var report = Schemas.ShouldBeValidJsonReport(result.Out);
        JsonReportReader.Result(report).ShouldBe("failed");
        var found = JsonReportReader.RuleIds(report);
        foreach (var expected in TestAppExpectations.RuleIds(kind))
            found.ShouldContain(expected, $"{kind}: expected rule {expected}; found {string.Join(", ", found)}");
        JsonReportReader.Summary(report, "notMeasured").ShouldBe(0);
    }

    [Fact]
    public async Task Public_wildcard_api_against_a_public_contract_is_no_false_positive()
    {
        await using var app = await RunningApp.StartAsync(TestAppKind.PublicWildcardEverywhere);
        var result = await app.CheckAsync("--format", "json", "--fail-on", "warning");

        result.ExitCode.ShouldBe(0, result.ToString());
        var report = Schemas.ShouldBeValidJsonReport(result.Out);
        JsonReportReader.RuleIds(report).ShouldBeEmpty();
    }

    [Fact]
    public async Task Fail_on_sets_the_gate_an_info_finding_fails_only_with_fail_on_info()
    {
        await using var app = await RunningApp.StartAsync(TestAppKind.ReflectsRequestHeaders);

        var byDefault = await app.CheckAsync("--format", "json");
        byDefault.ExitCode.ShouldBe(0, byDefault.ToString());
        JsonReportReader.RuleIds(Schemas.ShouldBeValidJsonReport(byDefault.Out)).ShouldContain(RuleIds.ReflectsRequestHeadersOrMethods);

        (await app.CheckAsync("--fail-on", "warning")).ExitCode.ShouldBe(0);

        var strict = await app.CheckAsync("--format", "json", "--fail-on", "info");
        strict.ExitCode.ShouldBe(1, strict.ToString());
        var report = Schemas.ShouldBeValidJsonReport(strict.Out);
        JsonReportReader.Result(report).ShouldBe("failed");
        report["summary"]!["findings"]!["atOrAboveFailLevel"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Junit_from_a_real_run_validates_and_fails_the_cases_that_broke_a_rule()
    {
        await using var app = await RunningApp.StartAsync(TestAppKind.WildcardWithCredentials);
        var result = await app.CheckAsync("--format", "junit");

        result.ExitCode.ShouldBe(1, result.ToString());
        var document = Schemas.ShouldBeValidJunit(result.Out);
        var failures = document.Descendants("failure").ToList();
        failures.ShouldNotBeEmpty();
        failures.Select(f => f.Attribute("type")!.Value).ShouldContain(RuleIds.WildcardWithCredentials);
        failures.First(f => f.Attribute("type")!.Value == RuleIds.WildcardWithCredentials).Value.ShouldContain("must not be the wildcard '*'");
        document.Descendants("testcase").Count().ShouldBeGreaterThan(50); // one per case
    }

    [Fact]
    public async Task Sarif_from_a_real_run_validates_against_the_official_schema()
    {
        await using var app = await RunningApp.StartAsync(TestAppKind.ReflectsAnyOrigin);
        var result = await app.CheckAsync("--format", "sarif");

        result.ExitCode.ShouldBe(1, result.ToString());
        var sarif = Schemas.ShouldBeValidSarif(result.Out);
        var run = sarif["runs"]![0]!;
        var ruleIds = run["results"]!.AsArray().Select(r => r!["ruleId"]!.GetValue<string>()).Distinct().ToList();
        ruleIds.ShouldContain(RuleIds.ReflectsArbitraryOrigin);
        ruleIds.ShouldContain(RuleIds.NullOriginAllowed);
        run["tool"]!["driver"]!["rules"]!.AsArray().Count.ShouldBe(ruleIds.Count);
        run["results"]!.AsArray().First(r => r!["ruleId"]!.GetValue<string>() == RuleIds.ReflectsArbitraryOrigin)!["level"]!.GetValue<string>().ShouldBe("error");
    }

    [Fact]
    public async Task Markdown_and_text_from_a_real_run_name_the_rule_and_the_fix()
    {
        await using var app = await RunningApp.StartAsync(TestAppKind.MissingVaryOrigin);

        var markdown = await app.CheckAsync("--format", "markdown");
        markdown.ExitCode.ShouldBe(1, markdown.ToString());
        markdown.Out.ShouldStartWith("## :x: CORS conformance of");
        markdown.Out.ShouldContain($"| `{RuleIds.MissingVaryOrigin}` | error |");

        var text = await app.CheckAsync();
        text.ExitCode.ShouldBe(1, text.ToString());
        text.Out.ShouldContain($"error {RuleIds.MissingVaryOrigin}:");
        text.Out.ShouldContain("Fix: ");
        text.Out.ShouldContain("Reproduce: curl -i");
        text.Out.ShouldContain("+-"); // ASCII tables when not a terminal
        text.Out.ShouldNotContain("\u001b[");
    }

    [Fact]
    public async Task Output_file_gets_the_report_and_stdout_the_one_line_verdict()
    {
        await using var app = await RunningApp.StartAsync(TestAppKind.DuplicateAcao);
        var file = app.Directory.File("reports/cors.sarif");

        var result = await app.CheckAsync("--format", "sarif", "--output", file);

        result.ExitCode.ShouldBe(1, result.ToString());
        Schemas.ShouldBeValidSarif(File.ReadAllText(file));
        var line = result.Out.TrimEnd('\n');
        line.ShouldNotContain("\n");
        line.ShouldStartWith("FAIL: ");
        line.ShouldEndWith($"report written to {file}");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("junit")]
    [InlineData("sarif")]
    [InlineData("markdown")]
    public async Task Secret_header_values_never_appear_in_any_output(string format)
    {
        const string secret = "sk_live_0123456789abcdef";
        await using var app = await RunningApp.StartAsync(TestAppKind.WildcardWithCredentials);

        var result = await app.CheckAsync("--format", format, "--header", $"X-Api-Key: {secret}", "--header", "Cookie: session=also-a-secret-value");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.All.ShouldNotContain(secret);
        result.All.ShouldNotContain("also-a-secret-value");
        result.Out.ShouldContain("***"); // the header was sent and shows, masked, in the evidence/curl
    }

    [Fact]
    public async Task Base_url_comes_from_the_environment_when_not_given()
    {
        await using var app = await RunningApp.StartAsync(TestAppKind.Correct);
        var result = await CorsCli.RunAsync(["check", "--contract", app.ContractPath],
            new Dictionary<string, string> { ["CORS_CONFORMANCE_BASE_URL"] = app.BaseUrl });
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldContain($"CORS conformance of {app.BaseUrl}");
    }
}
