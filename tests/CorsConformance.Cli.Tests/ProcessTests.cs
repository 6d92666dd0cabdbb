using CorsConformance.Cli.Tests.Infrastructure;
using CorsConformance.Rules;
using CorsConformance.TestApps;

namespace CorsConformance.Cli.Tests;

/// <summary>The built tool run as a separate process, the way a CI job runs it: real exit codes, real stdout/stderr.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task Correct_app_exit_0_broken_app_exit_1()
    {
        await using var good = await RunningApp.StartAsync(TestAppKind.Correct);
        var pass = await CorsCli.RunProcessAsync(["check", "--contract", good.ContractPath, "--base-url", good.BaseUrl]);
        pass.ExitCode.ShouldBe(0, pass.ToString());
        pass.Out.ShouldContain("PASS: no findings");
        pass.Out.ShouldNotContain("\u001b["); // redirected: plain text, no progress, no colours

        await using var bad = await RunningApp.StartAsync(TestAppKind.NullOriginAllowed);
        var fail = await CorsCli.RunProcessAsync(["check", "--contract", bad.ContractPath, "--format", "json"],
            new Dictionary<string, string> { ["CORS_CONFORMANCE_BASE_URL"] = bad.BaseUrl });
        fail.ExitCode.ShouldBe(1, fail.ToString());
        JsonReportReader.RuleIds(Schemas.ShouldBeValidJsonReport(fail.Out)).ShouldContain(RuleIds.NullOriginAllowed);
    }

    [Fact]
    public async Task Usage_errors_exit_2_with_one_line_and_no_stack_trace()
    {
        var missing = await CorsCli.RunProcessAsync(["check", "--contract", "/nonexistent/cors-contract.json", "--base-url", "http://127.0.0.1:1/"]);
        missing.ShouldBeOneLineError(2).ShouldContain("not found");

        var unknown = await CorsCli.RunProcessAsync(["explain", "no-such-rule"]);
        unknown.ShouldBeOneLineError(2).ShouldContain("unknown rule id");
    }

    [Fact]
    public async Task Hanging_server_exit_3()
    {
        await using var server = RawTcpServer.Hanging();
        using var dir = new TempDirectory();
        var contract = dir.Write("c.json", """{ "allowedOrigins": ["https://app.example.com"], "endpoints": [ { "path": "/api" } ] }""");
        var result = await CorsCli.RunProcessAsync(["check", "--contract", contract, "--base-url", server.BaseUrl.ToString(), "--timeout", "1"]);
        result.ShouldBeOneLineError(3).ShouldContain("timed out");
    }

    [Fact]
    public async Task Help_and_version_work()
    {
        var help = await CorsCli.RunProcessAsync(["check", "--help"]);
        help.ExitCode.ShouldBe(0);
        help.Out.ShouldContain("--fail-on");
        help.Out.ShouldContain("Exit codes: 0");

        var version = await CorsCli.RunProcessAsync(["--version"]);
        version.ExitCode.ShouldBe(0);
        version.Out.Trim().ShouldStartWith("0.");
    }
}
