using System.CommandLine;
using CorsConformance.Cli.Input;
using CorsConformance.Reports;
using CorsConformance.Rules;

namespace CorsConformance.Cli.Commands;

/// <summary><c>cors-conformance check</c>: runs every case of a contract against a live server and gates on the findings.</summary>
internal static class CheckCommand
{
    public static readonly string[] Formats = ["text", "json", "junit", "sarif", "markdown"];

    public static Command Create(CliEnvironment environment)
    {
        var contract = new Option<string>("--contract", "-c")
        {
            Description = "The CORS contract file (JSON).",
            HelpName = "FILE",
            Required = true,
        };
        var baseUrl = CommonOptions.BaseUrl();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text (people), json (documented schema), junit, sarif (code scanning), markdown (CI job summary).",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = CommonOptions.Output("the report");
        var browser = new Option<bool>("--browser")
        {
            Description = "Also run the cases as real fetch() calls in Chromium and compare with the engine's verdicts (unsafe methods only when the contract allows live unsafe requests).",
        };
        var browserPath = new Option<string>("--browser-path")
        {
            Description = "The Chromium executable for --browser (default: $CORS_CONFORMANCE_BROWSER, Playwright's browsers, then /usr/bin/chromium and other system paths).",
            HelpName = "FILE",
        };
        var headers = CommonOptions.Headers();
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when a finding at or above this severity is found.",
            HelpName = "LEVEL",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var timeout = CommonOptions.Timeout();
        var concurrency = new Option<int>("--concurrency")
        {
            Description = "How many cases run at once (be gentle with shared staging servers).",
            HelpName = "N",
            DefaultValueFactory = _ => 4,
        };
        var retries = new Option<int>("--retries")
        {
            Description = "Retries of a request that got no answer at all (never of one that got an answer).",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };

        var command = new Command("check", "Check a live API against its CORS contract: browser verdicts, security probes, findings with fixes.\n" + ExitCodes.HelpText)
        {
            contract, baseUrl, format, output, browser, browserPath, headers, failOn, timeout, concurrency, retries,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var browserPathValue = parse.GetValue(browserPath);
            if (!string.IsNullOrWhiteSpace(browserPathValue) && !parse.GetValue(browser))
                throw CliException.Usage("--browser-path is only used with --browser.");
            var settings = new CheckSettings(
                ContractPath: parse.GetValue(contract)!,
                BaseUrl: BaseUrlResolver.Resolve(parse.GetValue(baseUrl), environment),
                Format: ParseFormat(parse.GetValue(format)!),
                OutputPath: parse.GetValue(output) is { Length: > 0 } file ? environment.FullPath(file) : null,
                Headers: ExtraHeaderParser.ParseAll(parse.GetValue(headers) ?? []),
                FailOn: ParseSeverity(parse.GetValue(failOn)!),
                Timeout: CommonOptions.CheckTimeout(parse.GetValue(timeout)),
                Concurrency: CheckRange(parse.GetValue(concurrency), "--concurrency", 1, 64),
                Retries: CheckRange(parse.GetValue(retries), "--retries", 0, 5),
                Browser: parse.GetValue(browser),
                BrowserPath: string.IsNullOrWhiteSpace(browserPathValue) ? null : environment.FullPath(browserPathValue));
            return await CheckRunner.RunAsync(settings, environment, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    public static ReportFormat ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "json" => ReportFormat.Json,
        "junit" => ReportFormat.Junit,
        "sarif" => ReportFormat.Sarif,
        "markdown" => ReportFormat.Markdown,
        _ => ReportFormat.Text,
    };

    public static Severity ParseSeverity(string value) => value.ToLowerInvariant() switch
    {
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => Severity.Error,
    };

    private static int CheckRange(int value, string option, int min, int max) =>
        value < min || value > max ? throw CliException.Usage($"{option} {value} is out of range: give a number from {min} to {max}.") : value;
}
