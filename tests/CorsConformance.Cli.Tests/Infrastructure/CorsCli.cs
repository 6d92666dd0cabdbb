using System.Diagnostics;

namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>Runs <c>cors-conformance</c> in-process (its root command with captured stdout/stderr) or as a real process.</summary>
public static class CorsCli
{
    public static async Task<CliResult> RunAsync(params string[] args) => await RunAsync(args, null).ConfigureAwait(false);

    public static async Task<CliResult> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment, string? currentDirectory = null)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var cli = new CliEnvironment
        {
            Out = stdout,
            Error = stderr,
            OutputIsTerminal = false,
            // Only the variables a test sets: the machine's own CORS_CONFORMANCE_* must not leak into a test.
            GetVariable = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
            CurrentDirectory = currentDirectory ?? Environment.CurrentDirectory,
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var code = await CliApp.RunAsync(args, cli, timeout.Token).ConfigureAwait(false);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built tool as a separate process (<c>dotnet CorsConformance.Cli.dll ...</c>), the way CI runs it.</summary>
    public static async Task<CliResult> RunProcessAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CorsConformance.Cli.dll");
        File.Exists(dll).ShouldBeTrue($"the CLI was not built next to the tests: {dll}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("CORS_CONFORMANCE_BASE_URL");
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cors-conformance {string.Join(' ', args)} did not exit in time");
        }
        return new CliResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }
}
