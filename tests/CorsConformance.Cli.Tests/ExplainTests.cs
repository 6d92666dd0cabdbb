using CorsConformance.Cli.Tests.Infrastructure;
using CorsConformance.Rules;

namespace CorsConformance.Cli.Tests;

public sealed class ExplainTests
{
    [Fact]
    public async Task Explain_prints_the_rule_the_exact_chromium_message_why_and_the_fix()
    {
        var result = await CorsCli.RunAsync("explain", RuleIds.WildcardWithCredentials);

        result.ExitCode.ShouldBe(0, result.ToString());
        var rule = RuleCatalog.Get(RuleIds.WildcardWithCredentials);
        result.Out.ShouldStartWith($"{rule.Id}: {rule.Title}");
        result.Out.ShouldContain($"has been blocked by CORS policy: {rule.ChromiumMessage}");
        result.Out.ShouldContain(rule.Why);
        result.Out.ShouldContain(rule.Fix);
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Explain_says_when_the_browser_prints_nothing()
    {
        var result = await CorsCli.RunAsync("explain", RuleIds.MissingVaryOrigin);
        result.ExitCode.ShouldBe(0);
        result.Out.ShouldContain("the browser prints nothing");
    }

    [Theory]
    [InlineData("WildcardWithCredentials")]
    [InlineData("WILDCARD_WITH_CREDENTIALS")]
    [InlineData(" wildcard-with-credentials ")]
    public async Task Explain_accepts_the_id_however_it_was_copied(string id)
    {
        var result = await CorsCli.RunAsync("explain", id);
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldStartWith(RuleIds.WildcardWithCredentials + ":");
    }

    [Fact]
    public async Task Explain_without_an_id_lists_every_catalog_rule()
    {
        var result = await CorsCli.RunAsync("explain");
        result.ExitCode.ShouldBe(0);
        foreach (var rule in RuleCatalog.All)
            result.Out.ShouldContain(rule.Id);
    }

    [Fact]
    public async Task Every_rule_a_report_can_carry_can_be_explained()
    {
        var ids = typeof(RuleIds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        ids.ShouldNotBeEmpty();
        foreach (var id in ids)
            (await CorsCli.RunAsync("explain", id)).ExitCode.ShouldBe(0, $"explain {id}");
    }
}
