using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace CorsConformance.Xunit.Tests.ChildRuns;

/// <summary>
/// Runs a test assembly of this repository (the suites meant to fail, the LiveGate example) as a child process with
/// xunit's own runner and reads its XML report. The base-URL variables of the parent never leak into the child.
/// </summary>
internal static class ChildTestRunner
{
    public const string Suites = "CorsConformance.Xunit.Suites";
    public const string LiveGate = "LiveGate.Tests";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<ChildRun> RunAsync(string assemblyName, IEnumerable<string> classes, IReadOnlyDictionary<string, string>? environment = null)
    {
        var assembly = PathOf(assemblyName);
        var report = Path.Combine(Path.GetTempPath(), $"cors-child-{Guid.NewGuid():N}.xml");
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var appHost = Path.ChangeExtension(assembly, null);
        if (!OperatingSystem.IsWindows() && File.Exists(appHost))
        {
            start.FileName = appHost;
        }
        else
        {
            start.FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(assembly);
        }
        foreach (var argument in new[] { "-noColor", "-xml", report }) start.ArgumentList.Add(argument);
        foreach (var className in classes)
        {
            start.ArgumentList.Add("-class");
            start.ArgumentList.Add(className);
        }
        start.Environment.Remove("CORS_CONFORMANCE_BASE_URL");
        start.Environment.Remove("CorsConformance__BaseUrl");
        start.Environment.Remove("STAGING_API_TOKEN");
        // Whether a missing browser fails or skips is each test's explicit choice, not the parent's CI setting.
        start.Environment.Remove("CI");
        start.Environment.Remove("CORS_CONFORMANCE_REQUIRE_BROWSER");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{assemblyName} did not finish within {Timeout.TotalMinutes} minutes.");
        }
        output.Append(await stdout).Append(await stderr);
        try
        {
            if (!File.Exists(report))
                throw new InvalidOperationException($"{assemblyName} wrote no XML report (exit code {process.ExitCode}). Output:{Environment.NewLine}{output}");
            return new ChildRun(ChildRun.ParseXml(report), output.ToString(), process.ExitCode);
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static string PathOf(string assemblyName)
    {
        var key = "ChildTestAssembly:" + assemblyName;
        var path = typeof(ChildTestRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException($"No '{key}' assembly metadata: the test project's EmbedChildTestAssemblyPaths target did not run.");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{assemblyName} was not built at {path}.", path);
    }
}
