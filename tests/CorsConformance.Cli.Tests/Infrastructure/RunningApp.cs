using CorsConformance.TestApps;

namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>A shop app on Kestrel plus its contract written to a file: what a CI job has (a URL and a contract JSON).</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly KestrelTestApp _app;

    private RunningApp(KestrelTestApp app, TempDirectory directory, string contractPath)
    {
        _app = app;
        Directory = directory;
        ContractPath = contractPath;
    }

    public TempDirectory Directory { get; }

    public string ContractPath { get; }

    public string BaseUrl => _app.BaseUrl.ToString();

    public static async Task<RunningApp> StartAsync(TestAppKind kind)
    {
        var app = await TestApp.StartKestrelAsync(kind, TestContext.Current.CancellationToken);
        var directory = new TempDirectory();
        return new RunningApp(app, directory, ContractFiles.Write(directory, ShopContract.For(kind)));
    }

    /// <summary><c>check --contract FILE --base-url URL</c> plus <paramref name="extra"/>.</summary>
    public Task<CliResult> CheckAsync(params string[] extra) =>
        CorsCli.RunAsync(["check", "--contract", ContractPath, "--base-url", BaseUrl, .. extra]);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Dispose();
    }
}
