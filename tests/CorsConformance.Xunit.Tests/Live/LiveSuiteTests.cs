using Xunit;
using System.Net;
using System.Net.Sockets;
using CorsConformance.Xunit.Tests.ChildRuns;
using CorsConformance.Xunit.Tests.Hosting;
using Shouldly;

namespace CorsConformance.Xunit.Tests.Live;

/// <summary>
/// LiveCorsConformanceTests against the example apps on a real loopback socket (Kestrel), the base URL handed over in
/// CORS_CONFORMANCE_BASE_URL exactly as a CI job would.
/// </summary>
public sealed class LiveSuiteTests(InMemorySuitesRun suites)
{
    private const string ShopLive = "CorsConformance.Xunit.Suites.ShopApiLiveCors";
    private const string BrokenLive = "CorsConformance.Xunit.Suites.BrokenApiLiveCors";

    [Fact]
    public void Without_a_base_url_every_live_row_is_skipped_and_says_how_to_set_one()
    {
        var rows = suites.Run.Of("ShopApiLiveCors");
        rows.ShouldAllBe(r => r.Skipped);
        rows.ShouldAllBe(r => r.SkipReason!.Contains("CORS_CONFORMANCE_BASE_URL", StringComparison.Ordinal));
        rows.Count.ShouldBeGreaterThan(90);
    }

    [Fact]
    public async Task A_correct_app_on_a_real_socket_passes_every_live_row()
    {
        await using var app = LoopbackApp<Program>.Start();

        var run = await ChildTestRunner.RunAsync(ChildTestRunner.Suites, [ShopLive], BaseUrl(app.BaseUrl));

        var rows = run.Of("ShopApiLiveCors");
        rows.Where(r => r.Failed).Select(r => $"{r.Name}: {r.Message}").ShouldBeEmpty();
        rows.Count(r => r.Passed).ShouldBeGreaterThan(80);
        app.Received.ShouldContain(r => r.Method == "GET" && r.Path == "/api/orders" && r.Origin == "https://app.example.com");
        app.Received.ShouldContain(r => r.IsPreflight && r.RequestedMethod == "PUT" && r.Path == "/api/orders/42");
    }

    [Fact]
    public async Task A_live_run_never_sends_the_actual_request_of_an_unsafe_method()
    {
        await using var app = LoopbackApp<Program>.Start();

        var run = await ChildTestRunner.RunAsync(ChildTestRunner.Suites, [ShopLive], BaseUrl(app.BaseUrl));

        run.Of("ShopApiLiveCors").ShouldNotContain(r => r.Failed);
        // Only safe methods and preflights reached the app (the attacker probe's made-up PROBE method included).
        app.Received.Select(r => r.Method).Distinct().ShouldBe(["GET", "OPTIONS"], ignoreOrder: true, "a live conformance run must not change data");
        // ...while the preflights of the unsafe methods were sent and judged.
        app.Received.Where(r => r.IsPreflight).Select(r => r.RequestedMethod).Distinct().ShouldBe(["DELETE", "GET", "POST", "PUT", "PROBE"], ignoreOrder: true);
        // The rows of those cases say so rather than pretending the actual request was checked.
        var putRow = run.Row("ShopApiLiveCors", "preflight PUT /api/orders/42 from https://app.example.com with credentials [Authorization, Content-Type, X-Request-Id]");
        putRow.Passed.ShouldBeTrue();
    }

    [Fact]
    public async Task A_broken_app_on_a_real_socket_fails_the_same_rows_as_in_memory_with_the_real_url_in_the_messages()
    {
        await using var app = LoopbackApp<BrokenApi.Program>.Start();

        var run = await ChildTestRunner.RunAsync(ChildTestRunner.Suites, [BrokenLive], BaseUrl(app.BaseUrl));

        run.FailedNames("BrokenApiLiveCors").ShouldBe(Suites.BrokenApiFailures.CaseRows.Keys.Order(StringComparer.Ordinal).ToArray());
        var message = run.Row("BrokenApiLiveCors", "preflight DELETE /api/orders/42 from https://admin.example.com with credentials [Authorization, X-Request-Id]").Message!;
        var url = new Uri(app.BaseUrl, "/api/orders/42").ToString();
        message.ShouldContain($"Access to fetch at '{url}' from origin 'https://admin.example.com' has been blocked by CORS policy: Method DELETE is not allowed by Access-Control-Allow-Methods in preflight response.");
        message.ShouldContain($"Reproduce: curl -i -X OPTIONS {url}");
        app.Received.Select(r => r.Method).Distinct().ShouldBe(["GET", "OPTIONS"], ignoreOrder: true);
    }

    [Fact]
    public async Task An_unreachable_server_fails_every_row_as_not_measured_never_passes()
    {
        var port = FreePort();

        var run = await ChildTestRunner.RunAsync(ChildTestRunner.Suites, [ShopLive], BaseUrl(new Uri($"http://127.0.0.1:{port}/")));

        var rows = run.Of("ShopApiLiveCors");
        rows.ShouldNotContain(r => r.Passed);
        var measured = rows.Where(r => !r.Skipped).ToArray();
        measured.Length.ShouldBeGreaterThan(80);
        measured.ShouldAllBe(r => r.Failed);
        run.Row("ShopApiLiveCors", "actual GET /api/orders from https://app.example.com").Message!.ShouldContain("not measured", Case.Insensitive);
        run.Row("ShopApiLiveCors", "actual GET /api/orders from https://app.example.com").Message!.ShouldContain($"127.0.0.1:{port}");
    }

    [Theory]
    [InlineData("staging.example.com")]
    [InlineData("ftp://staging.example.com")]
    [InlineData("https://staging.example.com/?env=1")]
    public async Task A_base_url_that_is_not_an_http_url_fails_every_row_with_the_variable_and_an_example(string value)
    {
        var run = await ChildTestRunner.RunAsync(ChildTestRunner.Suites, [ShopLive], new Dictionary<string, string> { ["CORS_CONFORMANCE_BASE_URL"] = value });

        var rows = run.Of("ShopApiLiveCors");
        rows.ShouldNotContain(r => r.Passed);
        var failed = rows.Where(r => r.Failed).ToArray();
        failed.ShouldNotBeEmpty();
        failed.ShouldAllBe(r => r.Message!.Contains($"The live base URL '{value}'", StringComparison.Ordinal)
                                && r.Message.Contains("CORS_CONFORMANCE_BASE_URL", StringComparison.Ordinal)
                                && r.Message.Contains("https://staging.example.com", StringComparison.Ordinal));
        run.Output.ShouldNotContain("Unhandled exception");
    }

    private static Dictionary<string, string> BaseUrl(Uri url) => new() { ["CORS_CONFORMANCE_BASE_URL"] = url.ToString().TrimEnd('/') };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
