using CorsConformance.Cli.Tests.Infrastructure;
using CorsConformance.Rules;

namespace CorsConformance.Cli.Tests;

/// <summary>Another stack: CORS added by nginx itself (Debian's nginx-light), the recommended map recipe and the $http_origin mistake.</summary>
public sealed class NginxServerTests
{
    [Fact]
    public async Task Nginx_allowlist_map_passes()
    {
        await using var server = await NginxServer.StartAsync(NginxServer.AllowlistMap);
        var result = await CorsCli.RunAsync("check", "--contract", NginxServer.ContractPath, "--base-url", server.BaseUrl.ToString(), "--format", "json");

        result.ExitCode.ShouldBe(0, result.ToString());
        var report = Schemas.ShouldBeValidJsonReport(result.Out);
        JsonReportReader.RuleIds(report, "error").ShouldBeEmpty();
        JsonReportReader.Summary(report, "measured").ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task Nginx_echoing_http_origin_fails_with_the_security_rules_and_junit_that_validates()
    {
        await using var server = await NginxServer.StartAsync(NginxServer.ReflectEveryOriginMap);
        var json = await CorsCli.RunAsync("check", "--contract", NginxServer.ContractPath, "--base-url", server.BaseUrl.ToString(), "--format", "json");

        json.ExitCode.ShouldBe(1, json.ToString());
        var ids = JsonReportReader.RuleIds(Schemas.ShouldBeValidJsonReport(json.Out), "error");
        ids.ShouldContain(RuleIds.ReflectsArbitraryOrigin);
        ids.ShouldContain(RuleIds.NullOriginAllowed);
        ids.ShouldContain(RuleIds.PrefixBypass);

        var junit = await CorsCli.RunAsync("check", "--contract", NginxServer.ContractPath, "--base-url", server.BaseUrl.ToString(), "--format", "junit");
        junit.ExitCode.ShouldBe(1);
        Schemas.ShouldBeValidJunit(junit.Out).Descendants("failure").Select(f => f.Attribute("type")!.Value).ShouldContain(RuleIds.ReflectsArbitraryOrigin);
    }

    [Fact]
    public async Task Nginx_cors_in_a_parent_location_loses_it_on_preflights_of_nested_locations()
    {
        await using var server = await NginxServer.StartAsync(NginxServer.AllowlistMap, "nginx-nested-locations.conf.template");
        var result = await CorsCli.RunAsync("check", "--contract", NginxServer.ContractPath, "--base-url", server.BaseUrl.ToString(), "--format", "json");

        result.ExitCode.ShouldBe(1, result.ToString());
        var ids = JsonReportReader.RuleIds(Schemas.ShouldBeValidJsonReport(result.Out), "error");
        ids.ShouldContain(RuleIds.MethodNotAllowed);
        ids.ShouldContain(RuleIds.HeaderNotAllowed);
    }

    [Fact]
    public async Task Init_against_nginx_flags_the_reflection()
    {
        await using var server = await NginxServer.StartAsync(NginxServer.ReflectEveryOriginMap);
        var result = await CorsCli.RunAsync("init", "--base-url", server.BaseUrl.ToString(), "--origin", "https://app.example.com", "--path", "/api/orders");
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Error.ShouldContain($"unsafe: {RuleIds.ReflectsArbitraryOrigin} on /api/orders");
        result.Error.ShouldContain($"unsafe: {RuleIds.NullOriginAllowed} on /api/orders");
    }
}
