using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CorsConformance.Cli.Tests.Infrastructure;
using CorsConformance.TestApps;

namespace CorsConformance.Cli.Tests;

/// <summary>Every bad input ends in one <c>error:</c> line naming the cause, the right exit code, and no stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string ValidContract = """
        {
          "allowedOrigins": ["https://app.example.com"],
          "allowCredentials": true,
          "endpoints": [ { "path": "/api/orders", "methods": ["GET"] } ]
        }
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Missing_contract_file_is_a_usage_error_naming_the_file()
    {
        var result = await CorsCli.RunAsync("check", "--contract", _dir.File("nope.json"), "--base-url", "http://127.0.0.1:1/");
        var line = result.ShouldBeOneLineError(2);
        line.ShouldContain("nope.json");
        line.ShouldContain("not found");
    }

    [Fact]
    public async Task Invalid_json_is_a_usage_error_with_its_position()
    {
        var file = _dir.Write("broken.json", "{ \"allowedOrigins\": [\"https://app.example.com\" \n  \"endpoints\": [] ");
        var result = await CorsCli.RunAsync("check", "--contract", file, "--base-url", "http://127.0.0.1:1/");
        var line = result.ShouldBeOneLineError(2);
        line.ShouldContain("broken.json");
        line.ShouldContain("line", Case.Insensitive);
    }

    [Fact]
    public async Task Contract_origin_with_a_path_is_a_usage_error_naming_the_field_and_the_fix()
    {
        var file = _dir.Write("path.json", ValidContract.Replace("\"https://app.example.com\"", "\"https://app.example.com/app\"", StringComparison.Ordinal));
        var result = await CorsCli.RunAsync("check", "--contract", file, "--base-url", "http://127.0.0.1:1/");
        var line = result.ShouldBeOneLineError(2);
        line.ShouldContain("allowedOrigins[0]");
        line.ShouldContain("https://app.example.com/app");
        line.ShouldContain("Fix:");
    }

    [Fact]
    public async Task Init_origin_with_a_path_is_a_usage_error()
    {
        var result = await CorsCli.RunAsync("init", "--base-url", "http://127.0.0.1:1/", "--origin", "https://app.example.com/login");
        var line = result.ShouldBeOneLineError(2);
        line.ShouldContain("has a path ('/login')");
        line.ShouldContain("write https://app.example.com");
    }

    [Fact]
    public async Task Unknown_rule_id_lists_the_closest_ids()
    {
        var result = await CorsCli.RunAsync("explain", "wildcard-with-credential");
        var line = result.ShouldBeOneLineError(2);
        line.ShouldContain("unknown rule id 'wildcard-with-credential'");
        line.ShouldContain("closest: wildcard-with-credentials");
    }

    [Theory]
    [InlineData("Authorization Bearer abc123secret", "not of the form 'Name: value'")]
    [InlineData(": no-name", "not of the form 'Name: value'")]
    [InlineData("Bad Name: x", "not a valid HTTP header name")]
    [InlineData("Origin: https://evil.test", "set by cors-conformance itself")]
    public async Task Malformed_header_is_a_usage_error_that_never_echoes_the_value(string header, string expected)
    {
        var file = _dir.Write("c.json", ValidContract);
        var result = await CorsCli.RunAsync("check", "--contract", file, "--base-url", "http://127.0.0.1:1/", "--header", header);
        var line = result.ShouldBeOneLineError(2);
        line.ShouldContain(expected);
        line.ShouldNotContain("abc123secret");
    }

    [Theory]
    [InlineData("ftp://example.com", "not an absolute http:// or https:// URL")]
    [InlineData("example.com", "not an absolute http:// or https:// URL")]
    [InlineData("http://", "not an absolute http:// or https:// URL")]
    [InlineData("https://example.com/?env=staging", "has a query or fragment")]
    [InlineData("https://user:pw@example.com", "credentials in the URL")]
    public async Task Bad_base_url_is_a_usage_error(string url, string expected)
    {
        var file = _dir.Write("c.json", ValidContract);
        var result = await CorsCli.RunAsync("check", "--contract", file, "--base-url", url);
        result.ShouldBeOneLineError(2).ShouldContain(expected);
    }

    [Fact]
    public async Task Missing_base_url_says_how_to_give_one()
    {
        var file = _dir.Write("c.json", ValidContract);
        var result = await CorsCli.RunAsync("check", "--contract", file);
        result.ShouldBeOneLineError(2).ShouldContain("CORS_CONFORMANCE_BASE_URL");
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "fatal")]
    [InlineData("--timeout", "0")]
    [InlineData("--timeout", "soon")]
    [InlineData("--concurrency", "0")]
    [InlineData("--no-such-option", "x")]
    public async Task Bad_option_values_are_usage_errors(string option, string value)
    {
        var file = _dir.Write("c.json", ValidContract);
        var result = await CorsCli.RunAsync("check", "--contract", file, "--base-url", "http://127.0.0.1:1/", option, value);
        result.ShouldBeOneLineError(2);
    }

    [Fact]
    public async Task Browser_path_that_does_not_exist_is_a_usage_error_naming_it()
    {
        var file = _dir.Write("c.json", ValidContract);
        await using var server = await InstrumentedServer.StartAsync();
        var result = await CorsCli.RunAsync("check", "--contract", file, "--base-url", server.BaseUrl.ToString(), "--browser", "--browser-path", "/nonexistent/chromium");
        var line = result.ShouldBeOneLineError(2);
        line.ShouldContain("--browser:");
        line.ShouldContain("/nonexistent/chromium");
    }

    [Fact]
    public async Task Browser_path_without_browser_is_a_usage_error()
    {
        var file = _dir.Write("c.json", ValidContract);
        var result = await CorsCli.RunAsync("check", "--contract", file, "--base-url", "http://127.0.0.1:1/", "--browser-path", "/usr/bin/chromium");
        result.ShouldBeOneLineError(2).ShouldContain("only used with --browser");
    }

    [Fact]
    public async Task Unreachable_host_is_exit_3_could_not_connect()
    {
        var file = _dir.Write("c.json", ValidContract);
        var result = await CorsCli.RunAsync("check", "--contract", file, "--base-url", $"http://127.0.0.1:{ClosedPort()}/", "--timeout", "2");
        var line = result.ShouldBeOneLineError(3);
        line.ShouldContain("cannot measure");
        line.ShouldContain("could not connect");
    }

    [Fact]
    public async Task Hanging_server_times_out_with_exit_3_in_seconds_not_minutes()
    {
        await using var server = RawTcpServer.Hanging();
        var file = _dir.Write("c.json", ValidContract);
        var clock = Stopwatch.StartNew();

        var result = await CorsCli.RunAsync("check", "--contract", file, "--base-url", server.BaseUrl.ToString(), "--timeout", "1");

        var line = result.ShouldBeOneLineError(3);
        line.ShouldContain("timed out after 1 s");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
        server.Connections.ShouldBeGreaterThan(0); // it really connected and waited
    }

    [Fact]
    public async Task Server_answering_garbage_header_lines_is_exit_3_not_http()
    {
        await using var server = RawTcpServer.Answering("HTTP/1.1 200 OK\nthis line is not a header\nContent-Length: 0\n\n");
        var file = _dir.Write("c.json", ValidContract);

        var result = await CorsCli.RunAsync("check", "--contract", file, "--base-url", server.BaseUrl.ToString(), "--timeout", "2");

        result.ShouldBeOneLineError(3).ShouldContain("not valid HTTP");
    }

    [Fact]
    public async Task Server_answering_garbage_cors_values_is_measured_and_fails_with_the_rule()
    {
        // Valid HTTP, nonsense CORS: a header value with a control character and a pattern instead of an origin.
        await using var server = RawTcpServer.Answering(
            "HTTP/1.1 200 OK\nAccess-Control-Allow-Origin: *.example.com\nAccess-Control-Allow-Credentials: yes\u0001\nContent-Length: 0\n\n");
        var file = _dir.Write("c.json", ValidContract);

        var result = await CorsCli.RunAsync("check", "--contract", file, "--base-url", server.BaseUrl.ToString(), "--timeout", "2", "--format", "json");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.ShouldHaveNoStackTrace();
        JsonReportReader.RuleIds(Schemas.ShouldBeValidJsonReport(result.Out)).ShouldContain(Rules.RuleIds.AcaoInvalid);
    }

    [Fact]
    public async Task Output_path_that_is_a_directory_is_a_usage_error()
    {
        await using var app = await RunningApp.StartAsync(TestAppKind.Correct);
        var result = await app.CheckAsync("--output", _dir.Path);
        result.ShouldBeOneLineError(2).ShouldContain("is a directory");
    }

    [Fact]
    public async Task Init_refuses_to_overwrite_without_force()
    {
        var existing = _dir.Write("cors-contract.json", ValidContract);
        var result = await CorsCli.RunAsync("init", "--base-url", "http://127.0.0.1:1/", "--origin", "https://app.example.com", "--output", existing);
        result.ShouldBeOneLineError(2).ShouldContain("--force");
        File.ReadAllText(existing).ShouldBe(ValidContract);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
