using System.Diagnostics;

namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>
/// The Express + npm <c>cors</c> shop in tests/servers/node-cors, run with Node on 127.0.0.1. Its packages come from the
/// committed package-lock.json: when node_modules is missing the first test installs them with <c>npm ci</c>.
/// </summary>
public sealed class NodeCorsServer : IAsyncDisposable
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private readonly Process _process;

    private NodeCorsServer(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static string ContractPath => TestServers.PathOf("node-cors", "cors-contract.json");

    public static async Task<NodeCorsServer> StartAsync(string mode)
    {
        var node = TestServers.Find("node");
        if (node is null) Assert.Skip("node is not installed (apt-get install -y nodejs npm), so the Express/cors server cannot run.");
        await EnsurePackagesAsync();

        var start = new ProcessStartInfo(node, ["server.js", mode])
        {
            WorkingDirectory = TestServers.PathOf("node-cors"),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var firstLine = process.StandardOutput.ReadLineAsync();
        var ready = await Task.WhenAny(firstLine, Task.Delay(TimeSpan.FromSeconds(20)));
        var line = ready == firstLine ? await firstLine : null;
        if (line is null || !line.StartsWith("listening ", StringComparison.Ordinal))
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"node server.js {mode} did not start: {line}\n{await errors}");
        }
        return new NodeCorsServer(process, new Uri(line["listening ".Length..].Trim()));
    }

    private static async Task EnsurePackagesAsync()
    {
        var directory = TestServers.PathOf("node-cors");
        if (File.Exists(Path.Combine(directory, "node_modules", "cors", "package.json")) && File.Exists(Path.Combine(directory, "node_modules", "express", "package.json")))
            return;
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(directory, "node_modules", "express", "package.json"))) return;
            var npm = TestServers.Find("npm") ?? throw new InvalidOperationException("npm is not installed: cannot install tests/servers/node-cors (apt-get install -y npm).");
            var (code, output) = await TestServers.RunToolAsync(npm, ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5));
            if (code != 0) throw new InvalidOperationException($"npm ci in {directory} failed ({code}):\n{output}");
        }
        finally { InstallLock.Release(); }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close(); // server.js exits when stdin closes
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException) { }
        finally
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
    }
}
