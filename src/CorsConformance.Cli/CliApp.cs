using System.CommandLine;
using CorsConformance.Cli.Commands;
using CorsConformance.Contract;

namespace CorsConformance.Cli;

/// <summary>
/// The <c>cors-conformance</c> command line: parses with System.CommandLine, runs one command, and turns every failure the user
/// can act on into one <c>error: ...</c> line and an exit code (see <see cref="ExitCodes"/>); no stack traces.
/// </summary>
internal static class CliApp
{
    public const string DebugVariable = "CORS_CONFORMANCE_DEBUG";

    public static RootCommand CreateRoot(CliEnvironment environment)
    {
        var root = new RootCommand(
            "cors-conformance: checks whether browsers will accept your API's CORS behaviour and whether that behaviour is safe.\n" +
            ExitCodes.HelpText);
        root.Add(CheckCommand.Create(environment));
        root.Add(InitCommand.Create(environment));
        root.Add(ExplainCommand.Create(environment));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = CreateRoot(environment);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var command = string.Join(' ', parse.CommandResult.Command is RootCommand ? ["cors-conformance"] : new[] { "cors-conformance", parse.CommandResult.Command.Name });
            var errors = string.Join("; ", parse.Errors.Select(e => OneLine(e.Message)).Distinct());
            await environment.Error.WriteLineAsync($"error: {errors} (see '{command} --help')").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = environment.Out,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null, // Program.cs cancels the token on Ctrl+C
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return await ReportAsync(ex, environment, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Turns an exception that escaped a command into one line and an exit code.</summary>
    public static async Task<int> ReportAsync(Exception ex, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var (code, message) = ex switch
        {
            CliException cli => (cli.ExitCode, cli.Message),
            CorsContractException contract => (ExitCodes.Usage, ContractMessage(contract)),
            OperationCanceledException when cancellationToken.IsCancellationRequested => (ExitCodes.Cancelled, "cancelled"),
            _ => (ExitCodes.InternalError, $"internal error ({ex.GetType().Name}): {OneLine(ex.Message)} — please report it; set {DebugVariable}=1 for details"),
        };
        foreach (var line in message.Split('\n'))
            await environment.Error.WriteLineAsync("error: " + line.TrimEnd('\r')).ConfigureAwait(false);
        if (code == ExitCodes.InternalError && environment.GetVariable(DebugVariable) == "1")
            await environment.Error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
        return code;
    }

    /// <summary>One line per contract error: <c>field: message Fix: fix</c>.</summary>
    public static string ContractMessage(CorsContractException ex, string? path = null)
    {
        var prefix = path is null ? "invalid contract" : $"invalid contract {path}";
        return string.Join('\n', ex.Errors.Select(e => $"{prefix}: {OneLine(e.ToString())}"));
    }

    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0));
}
