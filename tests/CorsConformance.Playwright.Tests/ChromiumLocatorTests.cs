using System.Runtime.InteropServices;
using CorsConformance.Playwright.Locating;
using Shouldly;

namespace CorsConformance.Playwright.Tests;

/// <summary>The search order of <see cref="ChromiumLocator"/>, on a simulated machine, and once on the real one.</summary>
public sealed class ChromiumLocatorTests
{
    private static LocatorEnvironment Machine(
        IEnumerable<string>? files = null, IReadOnlyDictionary<string, string>? env = null, IEnumerable<string>? dirs = null, OSPlatform? os = null)
    {
        var fileSet = (files ?? []).ToHashSet();
        var dirList = (dirs ?? []).ToList();
        return new LocatorEnvironment(
            name => env is not null && env.TryGetValue(name, out var v) ? v : null,
            fileSet.Contains,
            root => dirList.Where(d => Path.GetDirectoryName(d) == root),
            "/home/u",
            os ?? OSPlatform.Linux);
    }

    [Fact]
    public void Explicit_option_wins_over_everything()
    {
        var found = ChromiumLocator.Locate("/opt/my/chrome", Machine(
            files: ["/opt/my/chrome", "/usr/bin/chromium", "/env/chrome"],
            env: new Dictionary<string, string> { [ChromiumLocator.BrowserVariable] = "/env/chrome" }));

        found.ExecutablePath.ShouldBe("/opt/my/chrome");
        found.Source.ShouldBe("option ExecutablePath");
    }

    [Fact]
    public void Environment_variable_wins_over_installed_browsers()
    {
        var found = ChromiumLocator.Locate(null, Machine(
            files: ["/env/chrome", "/usr/bin/chromium"],
            env: new Dictionary<string, string> { [ChromiumLocator.PlaywrightExecutableVariable] = "/env/chrome" }));

        found.ExecutablePath.ShouldBe("/env/chrome");
        found.Source.ShouldBe("environment variable PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH");
    }

    [Fact]
    public void A_named_browser_that_does_not_exist_is_reported_not_silently_replaced()
    {
        var found = ChromiumLocator.Locate(null, Machine(
            files: ["/usr/bin/chromium"],
            env: new Dictionary<string, string> { [ChromiumLocator.BrowserVariable] = "/nope/chrome" }));

        found.Found.ShouldBeFalse();
        found.Reason!.ShouldContain("environment variable CORS_CONFORMANCE_BROWSER");
        found.Reason!.ShouldContain("'/nope/chrome'");
        found.Reason!.ShouldContain("apt-get install chromium");
    }

    [Fact]
    public void Newest_Playwright_build_is_preferred_over_the_system_browser()
    {
        var cache = "/home/u/.cache/ms-playwright";
        var found = ChromiumLocator.Locate(null, Machine(
            files: [$"{cache}/chromium-1100/chrome-linux/chrome", $"{cache}/chromium-1200/chrome-linux64/chrome", "/usr/bin/chromium"],
            dirs: [$"{cache}/chromium-1100", $"{cache}/chromium-1200", $"{cache}/ffmpeg-1010"]));

        found.ExecutablePath.ShouldBe($"{cache}/chromium-1200/chrome-linux64/chrome");
        found.Source.ShouldBe("Playwright's installed browsers");
    }

    [Fact]
    public void PLAYWRIGHT_BROWSERS_PATH_is_searched()
    {
        var found = ChromiumLocator.Locate(null, Machine(
            files: ["/pw/chromium-1300/chrome-linux/chrome"],
            dirs: ["/pw/chromium-1300"],
            env: new Dictionary<string, string> { [ChromiumLocator.PlaywrightBrowsersPathVariable] = "/pw" }));

        found.ExecutablePath.ShouldBe("/pw/chromium-1300/chrome-linux/chrome");
    }

    [Theory]
    [InlineData("/usr/bin/chromium")]
    [InlineData("/usr/bin/chromium-browser")]
    [InlineData("/usr/bin/google-chrome")]
    [InlineData("/snap/bin/chromium")]
    public void System_paths_are_searched(string path)
    {
        var found = ChromiumLocator.Locate(null, Machine(files: [path]));

        found.ExecutablePath.ShouldBe(path);
        found.Source.ShouldBe("system path");
    }

    [Fact]
    public void MacOS_standard_location_is_searched()
    {
        var found = ChromiumLocator.Locate(null, Machine(files: ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"], os: OSPlatform.OSX));

        found.ExecutablePath.ShouldBe("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    }

    [Fact]
    public void Nothing_found_gives_a_reason_that_says_how_to_install_one()
    {
        var found = ChromiumLocator.Locate(null, Machine());

        found.Found.ShouldBeFalse();
        found.Reason!.ShouldContain("apt-get install chromium");
        found.Reason!.ShouldContain("CORS_CONFORMANCE_BROWSER=");
        found.Reason!.ShouldContain("/usr/bin/chromium");
        found.Searched.ShouldContain("/usr/bin/chromium");
    }

    [Fact]
    public async Task Start_without_a_browser_throws_a_clear_exception_instead_of_crashing()
    {
        var e = await Should.ThrowAsync<BrowserUnavailableException>(
            () => BrowserConfirmer.StartAsync(new BrowserConfirmerOptions { ExecutablePath = "/definitely/not/chromium" }));

        e.Message.ShouldContain("'/definitely/not/chromium'");
        e.Message.ShouldContain("apt-get install chromium");
    }

    [Fact]
    public void On_this_machine_the_system_chromium_is_found()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/chromium"), "/usr/bin/chromium is not installed here");
        Assert.SkipWhen(Environment.GetEnvironmentVariable(ChromiumLocator.BrowserVariable) is not null, "CORS_CONFORMANCE_BROWSER overrides the search");
        var found = ChromiumLocator.Locate();
        found.Found.ShouldBeTrue(found.Reason);
    }
}
