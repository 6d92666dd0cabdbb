using CorsConformance.Playwright.Pages;
using CorsConformance.Playwright.Tests.Server;
using Shouldly;

namespace CorsConformance.Playwright.Tests;

/// <summary>
/// Documents the routing trap of catalog section 5: while ANY Playwright route is active on the page, the automation layer
/// answers CORS preflights itself with permissive headers, so a server whose OPTIONS handling is broken looks fine.
/// The origin page therefore unroutes everything before the first fetch; this test proves both sides.
/// </summary>
public sealed class RoutingTrapTests(ChromiumFixture fixture)
{
    [Fact]
    public async Task A_broken_preflight_passes_while_a_route_is_active_and_is_blocked_once_unrouted()
    {
        var confirmer = fixture.Confirmer;
        var path = fixture.Server.Register(Behaviours.PreflightStatus(405) with { Preflight = ResponseSpec.With(405) });
        await using var page = await OriginPage.OpenAsync(confirmer.Session.Browser, TestCases.App, confirmer.Options);

        // An unrelated route (it never matches the API URL) is enough to arm the trap.
        await page.Page.RouteAsync("**/never-requested/**", route => route.ContinueAsync());
        var trapped = await page.RunBatchAsync([Put(path, "trap-1")], TimeSpan.FromSeconds(10));

        await page.Page.UnrouteAllAsync();
        var honest = await page.RunBatchAsync([Put(path, "trap-2")], TimeSpan.FromSeconds(10));

        trapped[0].Ok.ShouldBeTrue("with a route active the broken preflight (405, no CORS headers) passes: the trap");
        fixture.Server.SeenWith("cc=trap-1").ShouldNotContain(s => s.Method == "OPTIONS",
            "the server never saw the preflight: the automation layer answered it");
        honest[0].Ok.ShouldBeFalse("after UnrouteAllAsync Chromium sends the preflight to the server and blocks the 405");
        fixture.Server.SeenWith("cc=trap-2").ShouldContain(s => s.Method == "OPTIONS");
    }

    [Fact]
    public async Task The_plain_UnrouteAll_disarms_the_trap_even_after_an_UnrouteAll_with_Behavior_Wait()
    {
        // Seen with Microsoft.Playwright 1.64.1: UnrouteAllAsync(new() { Behavior = UnrouteBehavior.Wait }) removes the handlers
        // but the page often keeps intercepting, so preflights are still answered by the automation layer. Not always: in
        // one CI run of many the Wait call did disarm it, so what it does is only written to the test output, not asserted.
        // OriginPage calls the plain UnrouteAllAsync(); this proves that call disarms the trap whatever came before it.
        var confirmer = fixture.Confirmer;
        var path = fixture.Server.Register(Behaviours.PreflightStatus(405) with { Preflight = ResponseSpec.With(405) });
        await using var context = await confirmer.Session.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync(TestCases.App + "/", r => r.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!doctype html><title>o</title>" }));
        await page.GotoAsync(TestCases.App + "/");

        await page.UnrouteAllAsync(new() { Behavior = Microsoft.Playwright.UnrouteBehavior.Wait });
        var afterWait = await PutAsync(page, path, "wait-1");
        TestContext.Current.TestOutputHelper?.WriteLine(afterWait
            ? "UnrouteAll(Behavior = Wait) left the trap armed: the broken preflight passed"
            : "UnrouteAll(Behavior = Wait) disarmed the trap this time: the broken preflight was blocked");

        await page.UnrouteAllAsync();
        var afterPlain = await PutAsync(page, path, "wait-2");

        afterPlain.ShouldBeFalse("after the plain UnrouteAllAsync Chromium sends the preflight to the server and blocks the 405");
        fixture.Server.SeenWith("cc=wait-2").ShouldContain(s => s.Method == "OPTIONS");
    }

    private Task<bool> PutAsync(Microsoft.Playwright.IPage page, string path, string token) => page.EvaluateAsync<bool>(
        "async url => { try { await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{}' }); return true; } catch { return false; } }",
        new Uri(fixture.Server.BaseUrl, path + "?cc=" + token).ToString());

    private FetchItem Put(string path, string token) => new(
        token,
        new Uri(fixture.Server.BaseUrl, path + "?cc=" + token).ToString(),
        "PUT",
        [["Content-Type", "application/json"]],
        "same-origin",
        "{}",
        []);
}
