using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>
/// Debian's nginx serving tests/servers/nginx/nginx.conf.template from a temp prefix on a free 127.0.0.1 port,
/// in the foreground (<c>daemon off</c>); stopped with its whole process tree when the test ends.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    /// <summary>The recommended recipe: an exact allowlist through a map.</summary>
    public const string AllowlistMap = """
                default "";
                "https://app.example.com" $http_origin;
                "https://admin.example.com" $http_origin;
        """;

    /// <summary>The classic mistake: every Origin echoed (with credentials).</summary>
    public const string ReflectEveryOriginMap = """
                default $http_origin;
        """;

    private readonly Process _process;
    private readonly TempDirectory _prefix;

    private NginxServer(Process process, TempDirectory prefix, Uri baseUrl)
    {
        _process = process;
        _prefix = prefix;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static string ContractPath => TestServers.PathOf("nginx", "cors-contract.json");

    /// <summary>Starts nginx with <paramref name="originMap"/> in <paramref name="template"/> (a file of tests/servers/nginx).</summary>
    public static async Task<NginxServer> StartAsync(string originMap, string template = "nginx.conf.template")
    {
        var nginx = TestServers.Find("nginx");
        if (nginx is null) Assert.Skip("nginx is not installed (as root: apt-get install -y nginx-light; tests/servers/install-test-servers.sh does it).");

        var prefix = new TempDirectory();
        var port = FreePort();
        var config = File.ReadAllText(TestServers.PathOf("nginx", template))
            .Replace("{{DIR}}", prefix.Path, StringComparison.Ordinal)
            .Replace("{{PORT}}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{ORIGIN_MAP}}", originMap, StringComparison.Ordinal);
        var configPath = prefix.Write("nginx.conf", config);
        foreach (var include in Directory.GetFiles(TestServers.PathOf("nginx"), "*.conf"))
            File.Copy(include, prefix.File(Path.GetFileName(include)));

        var start = new ProcessStartInfo(nginx, ["-p", prefix.Path, "-c", configPath, "-e", "stderr"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (process.HasExited)
            {
                prefix.Dispose();
                throw new InvalidOperationException($"nginx exited with {process.ExitCode}: {await errors}");
            }
            if (await AcceptsAsync(port)) return new NginxServer(process, prefix, new Uri($"http://127.0.0.1:{port}/"));
            await Task.Delay(100);
        }
        process.Kill(entireProcessTree: true);
        prefix.Dispose();
        throw new TimeoutException($"nginx did not listen on 127.0.0.1:{port} within 15 s");
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException) { return false; }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try { await _process.WaitForExitAsync(wait.Token); } catch (OperationCanceledException) { }
        }
        _process.Dispose();
        _prefix.Dispose();
    }
}
