using CorsConformance.Cli.Running;
using CorsConformance.Contract;
using CorsConformance.Probing;
using CorsConformance.Reports;
using CorsConformance.Reports.Redaction;
using CorsConformance.Running;

namespace CorsConformance.Cli.Commands;

/// <summary>The work of <c>check</c>: load the contract, make sure the server answers, run, report, and pick the exit code.</summary>
internal static class CheckRunner
{
    public static async Task<int> RunAsync(CheckSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var redactor = new SecretRedactor(settings.Headers);
        var contract = LoadContract(settings.ContractPath, environment);
        PrepareOutput(settings.OutputPath);

        using var client = CorsHttpClient.CreateLive(settings.BaseUrl, settings.Timeout);
        await ServerReachability.EnsureAsync(client, settings.BaseUrl, settings.Headers, settings.Timeout, settings.Retries, cancellationToken).ConfigureAwait(false);

        var progress = CheckProgress.For(environment, settings.Format == ReportFormat.Text && settings.OutputPath is null);
        var runner = new ConformanceRunner(client, new RunOptions
        {
            Mode = RunMode.Live,
            ExtraHeaders = settings.Headers,
            RequestTimeout = settings.Timeout,
            MaxConcurrency = settings.Concurrency,
            TransportRetries = settings.Retries,
            OnCaseCompleted = progress.OnCaseCompleted,
        });
        var total = runner.Cases(contract).Count;
        if (total == 0)
            throw CliException.Usage($"contract '{settings.ContractPath}' expands to no cases: list at least one endpoint with an allowed origin, or a public endpoint.");
        var report = await progress.RunAsync(total, () => runner.RunAsync(contract, cancellationToken)).ConfigureAwait(false);

        var browser = settings.Browser
            ? await BrowserConfirmationStep.RunAsync(report, settings, cancellationToken).ConfigureAwait(false)
            : null;

        var options = new ReportOptions
        {
            Browser = browser,
            FailOn = settings.FailOn,
            SecretHeaders = settings.Headers,
            ContractPath = settings.ContractPath,
            Color = settings.OutputPath is null && environment.OutputIsTerminal,
            Width = settings.OutputPath is null ? environment.Width : 120,
        };
        var rendered = ConformanceReportWriter.Render(report, settings.Format, options);
        var gate = RunGate.Evaluate(report, settings.FailOn, browser);
        if (settings.OutputPath is null)
        {
            await environment.Out.WriteAsync(rendered).ConfigureAwait(false);
        }
        else
        {
            try
            {
                await File.WriteAllTextAsync(settings.OutputPath, rendered, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw CliException.Usage($"--output '{settings.OutputPath}': cannot write the report: {ex.Message}");
            }
            await environment.Out.WriteLineAsync($"{gate.Headline()}; report written to {settings.OutputPath}").ConfigureAwait(false);
        }
        await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);

        switch (gate.Outcome)
        {
            case GateOutcome.FindingsAtFailLevel:
                return ExitCodes.Findings;
            case GateOutcome.NotMeasured:
                var first = report.Cases.First(c => c.Outcome == CaseOutcome.NotMeasured);
                await environment.Error.WriteLineAsync(redactor.Text(
                    $"error: {gate.NotMeasured} of {gate.Cases} cases could not be measured, e.g. {first.Case.Name}: {CliApp.OneLine(first.Note ?? "no response")}")).ConfigureAwait(false);
                return ExitCodes.NotMeasured;
            default:
                return ExitCodes.Passed;
        }
    }

    private static CorsContract LoadContract(string path, CliEnvironment environment)
    {
        var full = environment.FullPath(path);
        if (Directory.Exists(full))
            throw CliException.Usage($"contract '{path}' is a directory; give the contract JSON file.");
        if (!File.Exists(full))
            throw CliException.Usage($"contract file '{path}' not found (looked for {full}); create one with 'cors-conformance init'.");
        try
        {
            return CorsContractJson.Load(full);
        }
        catch (CorsContractException ex)
        {
            throw CliException.Usage(CliApp.ContractMessage(ex, path));
        }
    }

    private static void PrepareOutput(string? outputPath)
    {
        if (outputPath is null) return;
        if (Directory.Exists(outputPath))
            throw CliException.Usage($"--output '{outputPath}' is a directory; give a file name.");
        var directory = Path.GetDirectoryName(outputPath);
        try
        {
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"--output '{outputPath}': cannot create the directory: {ex.Message}");
        }
    }
}
