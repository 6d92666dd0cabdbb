using System.Text.Json.Nodes;
using CorsConformance.Cli.Tests.Infrastructure;
using CorsConformance.Reports;
using CorsConformance.Rules;

namespace CorsConformance.Cli.Tests;

/// <summary>Every report format from a hand-built report with every outcome and hostile characters: schemas, counts, redaction.</summary>
public sealed class ReportFormatTests
{
    private static readonly ReportOptions Options = new() { SecretHeaders = [SampleReports.SecretHeader], ContractPath = "deploy/cors-contract.json" };

    [Fact]
    public void Json_report_validates_against_its_published_schema_and_carries_every_documented_field()
    {
        var json = ConformanceReportWriter.Render(SampleReports.Mixed(), ReportFormat.Json, Options);
        var root = Schemas.ShouldBeValidJsonReport(json);

        root["schemaVersion"]!.GetValue<string>().ShouldBe("1.0");
        var summary = root["summary"]!;
        summary["result"]!.GetValue<string>().ShouldBe("failed");
        summary["cases"]!.GetValue<int>().ShouldBe(4);
        summary["measured"]!.GetValue<int>().ShouldBe(2);
        summary["notMeasured"]!.GetValue<int>().ShouldBe(1);
        summary["skipped"]!.GetValue<int>().ShouldBe(1);
        summary["findings"]!["error"]!.GetValue<int>().ShouldBe(1);
        summary["findings"]!["warning"]!.GetValue<int>().ShouldBe(1);
        summary["findings"]!["info"]!.GetValue<int>().ShouldBe(1);

        var finding = root["findings"]!.AsArray()[0]!;
        finding["ruleId"]!.GetValue<string>().ShouldBe(RuleIds.WildcardWithCredentials);
        finding["severity"]!.GetValue<string>().ShouldBe("error");
        finding["endpoint"]!.GetValue<string>().ShouldBe("/api/orders");
        finding["method"]!.GetValue<string>().ShouldBe("GET");
        finding["origin"]!.GetValue<string>().ShouldBe("https://app.example.com");
        finding["credentials"]!.GetValue<string>().ShouldBe("include");
        finding["predictedVerdict"]!.GetValue<string>().ShouldBe("blocked");
        finding["browserMessage"]!.GetValue<string>().ShouldContain("must not be the wildcard '*'");
        finding["evidence"]!.AsArray()[0]!["decidingHeaders"]!.AsArray()[0]!["value"]!.GetValue<string>().ShouldBe("*");
        finding["fix"]!.GetValue<string>().ShouldContain("Vary: Origin");
        finding["curl"]!.GetValue<string>().ShouldStartWith("curl ");
    }

    [Fact]
    public void Json_schema_rejects_a_report_that_breaks_it()
    {
        var root = JsonNode.Parse(ConformanceReportWriter.Render(SampleReports.Mixed(), ReportFormat.Json, Options))!.AsObject();
        root["findings"]!.AsArray()[0]!["severity"] = "catastrophic";
        root.Remove("summary");
        Should.Throw<ShouldAssertException>(() => Schemas.ShouldBeValidJsonReport(root.ToJsonString()))
            .Message.ShouldContain("severity");
    }

    [Fact]
    public void Sarif_validates_against_the_official_2_1_0_schema_with_one_result_per_finding()
    {
        var sarif = ConformanceReportWriter.Render(SampleReports.Mixed(), ReportFormat.Sarif, Options);
        var root = Schemas.ShouldBeValidSarif(sarif);

        root["version"]!.GetValue<string>().ShouldBe("2.1.0");
        var run = root["runs"]!.AsArray().Single()!;
        run["tool"]!["driver"]!["name"]!.GetValue<string>().ShouldBe("cors-conformance");
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        rules.ShouldBe([RuleIds.MaxAgeAboveBrowserCap, RuleIds.MissingVaryOrigin, RuleIds.WildcardWithCredentials], ignoreOrder: true);
        var results = run["results"]!.AsArray();
        results.Count.ShouldBe(3);
        results.Select(r => r!["level"]!.GetValue<string>()).ShouldBe(["error", "warning", "note"], ignoreOrder: true);
        foreach (var result in results)
        {
            var index = result!["ruleIndex"]!.GetValue<int>();
            rules[index].ShouldBe(result["ruleId"]!.GetValue<string>());
            result["locations"]!.AsArray()[0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().ShouldBe("deploy/cors-contract.json");
        }
    }

    [Fact]
    public void Sarif_schema_check_is_real_it_rejects_an_invalid_level()
    {
        var root = JsonNode.Parse(ConformanceReportWriter.Render(SampleReports.Mixed(), ReportFormat.Sarif, Options))!;
        root["runs"]!.AsArray()[0]!["results"]!.AsArray()[0]!["level"] = "fatal";
        Should.Throw<ShouldAssertException>(() => Schemas.ShouldBeValidSarif(root.ToJsonString()));
    }

    [Fact]
    public void Junit_validates_against_the_xsd_with_one_testcase_per_case_plus_contract_wide_findings()
    {
        var xml = ConformanceReportWriter.Render(SampleReports.Mixed(), ReportFormat.Junit, Options);
        var document = Schemas.ShouldBeValidJunit(xml);

        var testcases = document.Descendants("testcase").ToList();
        testcases.Count.ShouldBe(5); // 4 cases + the contract-wide max-age finding
        var failed = testcases.Single(t => t.Element("failure") is not null);
        failed.Element("failure")!.Attribute("type")!.Value.ShouldBe(RuleIds.WildcardWithCredentials);
        failed.Element("failure")!.Attribute("message")!.Value.ShouldContain("ACAO is '*'");
        failed.Element("system-out")!.Value.ShouldContain(RuleIds.MissingVaryOrigin); // below the fail level: reported, not failed
        testcases.Count(t => t.Element("error")?.Attribute("type")?.Value == "not-measured").ShouldBe(1);
        testcases.Count(t => t.Element("skipped") is not null).ShouldBe(1);
        var suite = document.Root!.Element("testsuite")!;
        suite.Attribute("tests")!.Value.ShouldBe("5");
        suite.Attribute("failures")!.Value.ShouldBe("1");
        suite.Attribute("errors")!.Value.ShouldBe("1");
        suite.Attribute("skipped")!.Value.ShouldBe("1");
    }

    [Fact]
    public void Junit_fail_on_warning_turns_the_warning_into_a_failure()
    {
        var xml = ConformanceReportWriter.Render(SampleReports.Mixed(), ReportFormat.Junit, Options with { FailOn = Severity.Warning });
        var document = Schemas.ShouldBeValidJunit(xml);
        document.Descendants("failure").Single().Value.ShouldContain(RuleIds.MissingVaryOrigin);
    }

    [Fact]
    public void Junit_xsd_check_is_real_it_rejects_a_testcase_without_a_name()
    {
        var xml = ConformanceReportWriter.Render(SampleReports.Mixed(), ReportFormat.Junit, Options);
        var broken = System.Xml.Linq.XDocument.Parse(xml);
        broken.Descendants("testcase").First().Attribute("name")!.Remove();
        Should.Throw<ShouldAssertException>(() => Schemas.ShouldBeValidJunit(broken.ToString()));
    }

    [Fact]
    public void Markdown_has_the_verdict_tables_per_endpoint_and_rule_and_escapes_table_cells()
    {
        var md = ConformanceReportWriter.Render(SampleReports.Mixed(), ReportFormat.Markdown, Options);
        md.ShouldContain("## :x: CORS conformance of `http://127.0.0.1:5555/`");
        md.ShouldContain("### By endpoint");
        md.ShouldContain("| `/api/orders` | 4 | 1 | 1 | 1 | 1 |");
        md.ShouldContain("### By rule");
        md.ShouldContain($"| `{RuleIds.WildcardWithCredentials}` | error | 1 |");
        md.ShouldContain("&lt;b&gt;html&lt;/b&gt;"); // summary line is HTML inside <summary>
        md.ShouldContain("### Not measured");
    }

    [Fact]
    public void Text_is_plain_when_not_a_terminal_and_has_tables_findings_and_the_headline()
    {
        var text = ConformanceReportWriter.Render(SampleReports.Mixed(), ReportFormat.Text, Options);
        text.ShouldNotContain("\u001b["); // no ANSI escapes when redirected
        text.ShouldContain("By endpoint");
        text.ShouldContain("By rule");
        text.ShouldContain("error wildcard-with-credentials:");
        text.ShouldContain("<-- deciding");
        text.ShouldContain("Reproduce: curl -i");
        text.TrimEnd().Split('\n').Last().ShouldBe("FAIL: 1 error, 1 warning, 1 info (fail on error); 4 cases: 1 passed, 1 failed, 1 not measured, 1 skipped");
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    public void Control_characters_a_server_sent_are_shown_escaped_never_raw(ReportFormat format)
    {
        var output = ConformanceReportWriter.Render(SampleReports.Mixed(), format, Options);
        output.ShouldNotContain("\u0001");
        output.ShouldContain("e\\x01f");
    }

    [Fact]
    public void Plain_text_keeps_each_finding_line_whole_for_ci_logs()
    {
        var text = ConformanceReportWriter.Render(SampleReports.Mixed(), ReportFormat.Text, Options with { Width = 60 });
        text.Split('\n').ShouldContain(l => l.StartsWith("     Chromium: Access to fetch at", StringComparison.Ordinal) && l.EndsWith("credentials mode is 'include'.", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_in_a_terminal_uses_colours()
    {
        var text = ConformanceReportWriter.Render(SampleReports.Mixed(), ReportFormat.Text, Options with { Color = true });
        text.ShouldContain("\u001b[");
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Junit)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.Markdown)]
    public void Secret_header_values_are_redacted_in_every_format(ReportFormat format)
    {
        var output = ConformanceReportWriter.Render(SampleReports.Mixed(), format, Options);
        output.ShouldNotContain("s3cr3t");
        output.ShouldContain("***");
    }

    [Theory]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Junit)]
    [InlineData(ReportFormat.Sarif)]
    public void A_clean_run_is_valid_too(ReportFormat format)
    {
        var output = ConformanceReportWriter.Render(SampleReports.Clean(), format, Options);
        switch (format)
        {
            case ReportFormat.Json: Schemas.ShouldBeValidJsonReport(output)["summary"]!["result"]!.GetValue<string>().ShouldBe("passed"); break;
            case ReportFormat.Junit: Schemas.ShouldBeValidJunit(output).Descendants("failure").ShouldBeEmpty(); break;
            default: Schemas.ShouldBeValidSarif(output)["runs"]![0]!["results"]!.AsArray().ShouldBeEmpty(); break;
        }
    }

    private static readonly BrowserCheck Browser = new()
    {
        Browser = "Chromium 156.0.0.0",
        Confirmed = 3,
        Agreed = 1,
        Disagreed = 2,
        NotRun = 1,
        Cases =
        [
            new BrowserCheckCase(BrowserCheckKind.ExpectationNotMet, "actual GET /api/orders from https://app.example.com", "/api/orders",
                "engine said accepted; Chromium blocked it: MultipleAllowOriginValues | s3cr3t-token-value"),
            new BrowserCheckCase(BrowserCheckKind.Disagreement, "attacker GET /api/orders from null", "/api/orders", "engine said blocked; Chromium accepted it"),
        ],
    };

    [Fact]
    public void Browser_confirmation_is_in_every_machine_format_and_valid()
    {
        var options = Options with { Browser = Browser };
        var json = Schemas.ShouldBeValidJsonReport(ConformanceReportWriter.Render(SampleReports.Clean(), ReportFormat.Json, options));
        json["browser"]!["cases"]!.AsArray().Select(c => c!["kind"]!.GetValue<string>()).ShouldBe(["expectation-not-met", "disagreement"]);
        json["browser"]!["cases"]![0]!["severity"]!.GetValue<string>().ShouldBe("error");

        var junit = Schemas.ShouldBeValidJunit(ConformanceReportWriter.Render(SampleReports.Clean(), ReportFormat.Junit, options));
        var browserCase = junit.Descendants("testcase").Single(t => t.Attribute("classname")!.Value == "cors.browser");
        browserCase.Element("failure")!.Attribute("type")!.Value.ShouldBe("browser-expectation-not-met");
        browserCase.Element("system-out")!.Value.ShouldContain("Chromium accepted it");

        var sarif = Schemas.ShouldBeValidSarif(ConformanceReportWriter.Render(SampleReports.Clean(), ReportFormat.Sarif, options));
        sarif["runs"]![0]!["invocations"]![0]!["toolExecutionNotifications"]!.AsArray().Count.ShouldBe(2);

        ConformanceReportWriter.Render(SampleReports.Clean(), ReportFormat.Markdown, options).ShouldContain("### Confirmed in Chromium 156.0.0.0");
        ConformanceReportWriter.Render(SampleReports.Clean(), ReportFormat.Text, options).ShouldContain("error actual GET /api/orders from https://app.example.com: engine said accepted");
    }

    [Fact]
    public void A_contract_expectation_only_the_browser_saw_broken_fails_the_gate_and_is_redacted()
    {
        var options = Options with { Browser = Browser };
        var json = Schemas.ShouldBeValidJsonReport(ConformanceReportWriter.Render(SampleReports.Clean(), ReportFormat.Json, options));
        json["summary"]!["result"]!.GetValue<string>().ShouldBe("failed");
        json["summary"]!["findings"]!["atOrAboveFailLevel"]!.GetValue<int>().ShouldBe(1);
        json.ToJsonString().ShouldNotContain("s3cr3t");

        var withoutErrors = options with { Browser = Browser with { Cases = [Browser.Cases[1]] } };
        Schemas.ShouldBeValidJsonReport(ConformanceReportWriter.Render(SampleReports.Clean(), ReportFormat.Json, withoutErrors))["summary"]!["result"]!.GetValue<string>().ShouldBe("passed");
    }
}
