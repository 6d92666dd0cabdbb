using System.Diagnostics;
using System.Reflection;

namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>Where the non-.NET test servers live (tests/servers), and running their tools.</summary>
public static class TestServers
{
    public static string Directory { get; } = typeof(TestServers).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TestServersDirectory").Value!;

    public static string PathOf(params string[] parts) => Path.Combine([Directory, .. parts]);

    /// <summary>The full path of <paramref name="tool"/> on PATH (or in /usr/sbin for nginx), or null.</summary>
    public static string? Find(string tool)
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Concat(["/usr/sbin", "/usr/local/sbin", "/sbin"]);
        return dirs.Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
    }

    /// <summary>Runs a tool to completion; returns exit code and combined output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToolAsync(string file, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cancel.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} timed out after {timeout}\n{await stdout}{await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
