using CorsConformance.Cli.Tests.Infrastructure;

namespace CorsConformance.Cli.Tests;

/// <summary>Safe by default against live servers: bounded concurrency, per-request timeouts, no unsafe actual requests.</summary>
public sealed class SafetyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Concurrency_bounds_the_requests_in_flight(int concurrency)
    {
        await using var server = await InstrumentedServer.StartAsync();
        var contract = _dir.Write("c.json", InstrumentedServer.Contract("/api/items"));

        var result = await CorsCli.RunAsync("check", "--contract", contract, "--base-url", server.BaseUrl.ToString(), "--concurrency", concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture));

        result.ExitCode.ShouldBe(0, result.ToString());
        server.Requests.ShouldBeGreaterThan(20);
        server.MaxInFlight.ShouldBeLessThanOrEqualTo(concurrency);
        if (concurrency > 1) server.MaxInFlight.ShouldBeGreaterThan(1); // the bound is a bound, not serialisation
    }

    [Fact]
    public async Task A_path_slower_than_the_timeout_is_not_measured_and_the_run_exits_3_naming_it()
    {
        await using var server = await InstrumentedServer.StartAsync();
        var contract = _dir.Write("c.json", InstrumentedServer.Contract("/api/items", "/api/slow"));

        var result = await CorsCli.RunAsync("check", "--contract", contract, "--base-url", server.BaseUrl.ToString(), "--timeout", "1", "--retries", "0", "--concurrency", "8", "--format", "json");

        result.ExitCode.ShouldBe(3, result.ToString());
        result.ShouldHaveNoStackTrace();
        var report = Schemas.ShouldBeValidJsonReport(result.Out);
        JsonReportReader.Result(report).ShouldBe("not-measured");
        JsonReportReader.Summary(report, "notMeasured").ShouldBeGreaterThan(0);
        JsonReportReader.Summary(report, "measured").ShouldBeGreaterThan(0); // the fast path was measured
        var line = result.Error.TrimEnd('\n');
        line.ShouldNotContain("\n");
        line.ShouldStartWith("error: ");
        line.ShouldContain("could not be measured");
        line.ShouldContain("/api/slow");
        line.ShouldContain("timed out after 1 s");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Live_runs_send_unsafe_actual_requests_only_when_the_contract_opts_in(bool optIn)
    {
        await using var server = await InstrumentedServer.StartAsync();
        var contract = _dir.Write("c.json", InstrumentedServer.Contract(optIn, "/api/items"));

        var result = await CorsCli.RunAsync("check", "--contract", contract, "--base-url", server.BaseUrl.ToString(), "--format", "json");

        result.ExitCode.ShouldBe(0, result.ToString());
        server.Methods.ShouldContain("OPTIONS"); // the PUT cases were checked through their preflights
        if (optIn) server.Methods.ShouldContain("PUT");
        else server.Methods.ShouldNotContain("PUT");
        var putCases = Schemas.ShouldBeValidJsonReport(result.Out)["cases"]!.AsArray().Where(c => c!["method"]!.GetValue<string>() == "PUT").ToList();
        putCases.ShouldNotBeEmpty();
        if (!optIn) putCases.ShouldAllBe(c => c!["note"] != null && c["note"]!.GetValue<string>().Contains("not sent"));
    }
}
