using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Probing;
using CorsConformance.Rules;
using CorsConformance.Running;
using CorsConformance.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Engine;

/// <summary>
/// A trailing-slash redirect on an actual request (Express, Django, FastAPI do it): the browser follows it and judges the
/// target too, so a target without CORS headers is blocked with "(redirected from ...)".
/// </summary>
public sealed class RedirectFollowingTests : IAsyncLifetime
{
    private const string Origin = "https://app.example.com";
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            var origin = context.Request.Headers.Origin.ToString();
            var path = context.Request.Path.Value!;
            if (!path.StartsWith("/bare", StringComparison.Ordinal) && origin.Length > 0)
            {
                context.Response.Headers.AccessControlAllowOrigin = origin;
                context.Response.Headers.Vary = "Origin";
            }
            if (path is "/good" or "/broken") { context.Response.StatusCode = 307; context.Response.Headers.Location = path + "/"; return; }
            if (path == "/good/") { await context.Response.WriteAsync("ok"); return; }
            if (path == "/broken/") { context.Response.Redirect("/bare/target"); return; }
            if (path == "/bare/target") { await context.Response.WriteAsync("no cors here"); return; }
            await next(context);
        });
        await _app.StartAsync();
        _client = new HttpClient(_app.GetTestServer().CreateHandler()) { BaseAddress = new Uri("http://localhost/") };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private static CorsCase Get(string path) => new()
    {
        Name = "actual GET " + path, Family = CaseFamily.Actual, Path = path, Method = "GET", Origin = Origin, Expected = ExpectedOutcome.Accepted,
    };

    private static readonly CorsContract Contract = CorsContract.Create().AllowOrigins(Origin).Endpoint("/good", "GET").Build();

    [Fact]
    public async Task A_redirect_to_a_target_with_cors_is_followed_and_accepted()
    {
        var result = await new ConformanceRunner(_client).RunCaseAsync(Get("/good"), Contract, TestContext.Current.CancellationToken);
        result.Outcome.ShouldBe(CaseOutcome.Passed, result.Note);
        result.Redirects.Count.ShouldBe(1);
        result.Redirects[0].Request.Url.AbsolutePath.ShouldBe("/good/");
        result.Redirects[0].Request.Origin.ShouldBe(Origin, "a same-origin hop keeps the page's Origin");
    }

    [Fact]
    public async Task A_redirect_to_a_target_without_cors_is_blocked_and_names_both_urls()
    {
        var result = await new ConformanceRunner(_client).RunCaseAsync(Get("/broken"), Contract, TestContext.Current.CancellationToken);
        result.Outcome.ShouldBe(CaseOutcome.Failed);
        result.Redirects.Select(h => h.Request.Url.AbsolutePath).ShouldBe(["/broken/", "/bare/target"]);
        var finding = result.Findings.Single();
        finding.RuleId.ShouldBe(RuleIds.AcaoMissing);
        finding.BrowserMessage.ShouldBe(
            "Access to fetch at 'http://localhost/bare/target' (redirected from 'http://localhost/broken') from origin 'https://app.example.com' " +
            "has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.");
        finding.Evidence[0].Request.Url.AbsolutePath.ShouldBe("/bare/target");
    }

    [Fact]
    public void A_cross_origin_hop_taints_the_origin_and_303_becomes_get()
    {
        var request = new CorsRequest(Origin, "PUT", new Uri("https://api.example.com/x"), [new("Content-Type", "application/json")], CredentialsMode.Include, "{}");
        var next = RedirectFollower.Next(request, new RecordedResponse(303, [new("Location", "https://other.example.net/y")]))!;
        next.Origin.ShouldBe("null");
        next.Method.ShouldBe("GET");
        next.Body.ShouldBeNull();
        next.Headers.ShouldBeEmpty();
        RedirectFollower.Next(request, new RecordedResponse(307, [new("Location", "/z")]))!.Method.ShouldBe("PUT");
        RedirectFollower.Next(request, new RecordedResponse(304, [new("Location", "/z")])).ShouldBeNull();
    }
}
