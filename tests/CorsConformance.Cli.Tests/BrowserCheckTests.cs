using System.Text.Json.Nodes;
using CorsConformance.Cli.Tests.Infrastructure;
using CorsConformance.Playwright.Locating;
using CorsConformance.Rules;
using CorsConformance.TestApps;

namespace CorsConformance.Cli.Tests;

/// <summary>
/// <c>check --browser</c>: the cases re-run as real fetch() calls in Chromium against the same Kestrel apps. Two real runs
/// (a browser run takes tens of seconds); every format's rendering of the confirmation is covered by ReportFormatTests.
/// </summary>
public sealed class BrowserCheckTests
{
    private static void RequireChromium()
    {
        var location = ChromiumLocator.Locate(null);
        if (!location.Found) Assert.Skip($"no Chromium for --browser: {location.Reason}");
    }

    /// <summary>Listed cases where Chromium actually ran and disagreed (not the ones the browser layer could not run).</summary>
    private static List<JsonNode> MeasuredProblems(JsonNode browser) =>
        browser["cases"]!.AsArray().Select(c => c!).Where(c => !c["message"]!.GetValue<string>().StartsWith("not run in Chromium", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Correct_app_is_confirmed_in_chromium_without_disagreement()
    {
        RequireChromium();
        await using var app = await RunningApp.StartAsync(TestAppKind.Correct);

        var result = await app.CheckAsync("--browser", "--format", "json");

        result.ExitCode.ShouldBe(0, result.ToString());
        var report = Schemas.ShouldBeValidJsonReport(result.Out);
        var browser = report["browser"]!;
        browser["browser"]!.GetValue<string>().ShouldStartWith("Chromium ");
        browser["confirmed"]!.GetValue<int>().ShouldBeGreaterThan(20);
        browser["agreed"]!.GetValue<int>().ShouldBeGreaterThan(20);
        browser["disagreed"]!.GetValue<int>().ShouldBe(0, browser.ToJsonString());
        browser["notRun"]!.GetValue<int>().ShouldBeGreaterThan(0); // PUT/PATCH/DELETE are not fetched against a live server
        MeasuredProblems(browser).ShouldBeEmpty();
    }

    [Fact]
    public async Task Broken_app_is_blocked_in_chromium_too()
    {
        RequireChromium();
        await using var app = await RunningApp.StartAsync(TestAppKind.WildcardWithCredentials);

        var result = await app.CheckAsync("--browser", "--format", "json");

        result.ExitCode.ShouldBe(1, result.ToString());
        var report = Schemas.ShouldBeValidJsonReport(result.Out);
        JsonReportReader.RuleIds(report).ShouldContain(RuleIds.WildcardWithCredentials);
        var browser = report["browser"]!;
        browser["agreed"]!.GetValue<int>().ShouldBeGreaterThan(0);
        browser["disagreed"]!.GetValue<int>().ShouldBe(0, browser.ToJsonString());
        MeasuredProblems(browser).ShouldBeEmpty();
    }
}
