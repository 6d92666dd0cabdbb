using System.CommandLine;
using CorsConformance.Cli.Init;
using CorsConformance.Cli.Input;
using CorsConformance.Cli.Running;
using CorsConformance.Contract;
using CorsConformance.Probing;
using CorsConformance.Reports.Redaction;

namespace CorsConformance.Cli.Commands;

/// <summary><c>cors-conformance init</c>: observes a live API and writes a starting contract, flagging what is unsafe on stderr.</summary>
internal static class InitCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var baseUrl = CommonOptions.BaseUrl();
        var origins = new Option<string[]>("--origin")
        {
            Description = "An origin your front end runs on and that must be allowed, e.g. https://app.example.com. Repeatable.",
            HelpName = "ORIGIN",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var paths = new Option<string[]>("--path", "-p")
        {
            Description = "An endpoint path to observe besides '/', e.g. /api/orders. Repeatable.",
            HelpName = "PATH",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var output = CommonOptions.Output("the contract");
        var force = new Option<bool>("--force") { Description = "Overwrite --output if it exists." };
        var headers = CommonOptions.Headers();
        var timeout = CommonOptions.Timeout();

        var command = new Command("init",
            "Observe a live API (GET, HEAD and OPTIONS only, from each --origin, an attacker origin and 'null', with and without a cookie) and write a starting contract from what it does today; unsafe behaviour is flagged on stderr, never written into the contract.\n" +
            "Exit codes: 0 contract written; 2 usage error; 3 the server could not be measured.")
        {
            baseUrl, origins, paths, output, force, headers, timeout,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var url = BaseUrlResolver.Resolve(parse.GetValue(baseUrl), environment);
            var originList = (parse.GetValue(origins) ?? []).Select(o => OriginOption.Parse(o, "--origin")).Distinct(StringComparer.Ordinal).ToList();
            var pathList = (parse.GetValue(paths) ?? []).Select(CheckPath).Distinct(StringComparer.Ordinal).ToList();
            var outputPath = parse.GetValue(output) is { Length: > 0 } file ? environment.FullPath(file) : null;
            if (outputPath is not null && File.Exists(outputPath) && !parse.GetValue(force))
                throw CliException.Usage($"--output '{outputPath}' exists; pass --force to overwrite it.");
            var extra = ExtraHeaderParser.ParseAll(parse.GetValue(headers) ?? []);
            var requestTimeout = CommonOptions.CheckTimeout(parse.GetValue(timeout));
            return await RunAsync(url, originList, pathList, outputPath, extra, requestTimeout, environment, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(Uri baseUrl, IReadOnlyList<string> origins, IReadOnlyList<string> paths, string? outputPath,
        IReadOnlyList<Http.HeaderLine> extraHeaders, TimeSpan timeout, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var redactor = new SecretRedactor(extraHeaders);
        using var client = CorsHttpClient.CreateLive(baseUrl, timeout);
        await ServerReachability.EnsureAsync(client, baseUrl, extraHeaders, timeout, 1, cancellationToken).ConfigureAwait(false);

        var sender = new ExchangeSender(client, timeout, 1, extraHeaders.Select(h => h.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));
        var observer = new ContractObserver(sender, baseUrl, extraHeaders);
        var observed = new List<ObservedPath>();
        foreach (var (path, isExplicit) in new[] { ("/", paths.Contains("/")) }.Concat(paths.Where(p => p != "/").Select(p => (p, true))))
            observed.Add(await observer.ObservePathAsync(path, isExplicit, origins, cancellationToken).ConfigureAwait(false));

        var draft = ContractDrafter.Draft(origins, observed);
        if (draft.Contract.Endpoints.Count == 0)
            throw CliException.NotMeasured($"no endpoint of {baseUrl} could be observed: {string.Join(" ", draft.Notes)}");

        var json = CorsContractJson.Serialize(draft.Contract);
        if (!json.EndsWith('\n')) json += "\n";
        foreach (var flag in draft.Flags)
            await environment.Error.WriteLineAsync(redactor.Text(flag.ToString())).ConfigureAwait(false);
        foreach (var note in draft.Notes)
            await environment.Error.WriteLineAsync(redactor.Text("note: " + note)).ConfigureAwait(false);

        var summary = $"{draft.Contract.AllowedOrigins.Count} origin(s), {draft.Contract.Endpoints.Count} endpoint(s), " +
                      $"credentials {(draft.Contract.AllowCredentials ? "allowed" : "not allowed")}; {draft.Flags.Count} unsafe behaviour(s) flagged";
        if (outputPath is null)
        {
            await environment.Out.WriteAsync(json).ConfigureAwait(false);
            await environment.Error.WriteLineAsync($"drafted contract: {summary}").ConfigureAwait(false);
        }
        else
        {
            try
            {
                var directory = Path.GetDirectoryName(outputPath);
                if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
                await File.WriteAllTextAsync(outputPath, json, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw CliException.Usage($"--output '{outputPath}': cannot write the contract: {ex.Message}");
            }
            await environment.Error.WriteLineAsync($"wrote {outputPath}: {summary}").ConfigureAwait(false);
        }
        return ExitCodes.Passed;
    }

    private static string CheckPath(string raw)
    {
        var path = raw.Trim();
        if (!path.StartsWith('/') || path.Contains("://", StringComparison.Ordinal) || path.Any(char.IsWhiteSpace))
            throw CliException.Usage($"--path '{raw}' is not a path: write it relative to the base URL, starting with '/', e.g. /api/orders.");
        return path;
    }
}
