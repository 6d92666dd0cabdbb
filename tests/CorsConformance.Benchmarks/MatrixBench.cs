using System.Diagnostics;
using CorsConformance.Probing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CorsConformance.Benchmarks;

/// <summary>
/// Everything both modes time, set up once: one ShopApi factory and one in-memory client (as the xunit front door has
/// per test class), the engine over that client, and the bare replay of the exchanges the engine sent, captured and
/// checked in setup.
/// </summary>
internal sealed class MatrixBench : IAsyncDisposable
{
    private readonly ShopApiFactory _factory;
    private readonly HttpClient _client;

    private MatrixBench(ShopApiFactory factory, HttpClient client, EngineRuns engine, BareReplay bare, TimeSpan coldEngine, TimeSpan coldBare)
    {
        _factory = factory;
        _client = client;
        Engine = engine;
        Bare = bare;
        ColdEngine = coldEngine;
        ColdBare = coldBare;
    }

    /// <summary>The process's first engine run (the capture run: JIT still cold, app's first requests).</summary>
    public TimeSpan ColdEngine { get; }

    /// <summary>The process's first bare replay (after the engine's first runs warmed the app).</summary>
    public TimeSpan ColdBare { get; }

    /// <summary>The one in-memory client both sides send through.</summary>
    public HttpClient Client => _client;

    public EngineRuns Engine { get; }

    public BareReplay Bare { get; }

    public int CaseCount => Engine.Cases.Count;

    public static async Task<MatrixBench> StartAsync(TextWriter log)
    {
        var contract = ShopMatrix.Contract();
        var options = ShopMatrix.Options;
        var factory = new ShopApiFactory(ShopMatrix.TrustedOrigins, ShopMatrix.OrderCount);
        // The xunit front door's client: redirects are judged, not followed; no cookie jar.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.Timeout = options.RequestTimeout; // as the xunit front door sets it: the client bounds each request

        // Capture: one engine run through a recording client over the same app.
        var recorder = new RecordingHandler();
        using (var captureClient = factory.CreateDefaultClient(client.BaseAddress!, recorder))
        {
            var coldWatch = Stopwatch.StartNew();
            var captured = await new EngineRuns(captureClient, contract, options).RunCasesAsync().ConfigureAwait(false);
            var coldEngine = coldWatch.Elapsed;
            MatrixCheck.ThrowIfNotAllPassed(captured, "Capture run");
            var perCase = ExchangeCapture.FromResults(captured, recorder.Seen);
            var engine = new EngineRuns(client, contract, options);
            var bare = new BareReplay(client, perCase, options.MaxConcurrency);
            log.WriteLine($"ShopApi matrix: {engine.Cases.Count} cases ({ShopMatrix.Describe(engine.Cases)}); " +
                          $"{bare.RequestCount} HTTP exchanges per run ({captured.Count(r => r.Preflight is not null)} preflights); " +
                          $"{ShopMatrix.TrustedOrigins.Count} trusted origins, {ShopMatrix.OrderPaths.Count + 1} guarded endpoints; concurrency {options.MaxConcurrency}");

            // Both sides once over the measuring client, checked, before anything is timed.
            MatrixCheck.ThrowIfNotAllPassed(await engine.RunCasesAsync().ConfigureAwait(false), "Engine (per case)");
            MatrixCheck.ThrowIfNotAllPassed(await engine.RunAsync().ConfigureAwait(false), "Engine (runner)");
            coldWatch.Restart();
            var mismatches = await bare.ReplayAsync().ConfigureAwait(false);
            var coldBare = coldWatch.Elapsed;
            MatrixCheck.ThrowIfMismatched(mismatches, bare.RequestCount);
            return new MatrixBench(factory, client, engine, bare, coldEngine, coldBare);
        }
    }

    /// <summary>The xunit front door's path, checked.</summary>
    public async Task<IReadOnlyList<CaseResult>> EngineMatrixAsync()
    {
        var results = await Engine.RunCasesAsync().ConfigureAwait(false);
        MatrixCheck.ThrowIfNotAllPassed(results, "Engine (per case)");
        return results;
    }

    /// <summary>The runner's whole run, checked.</summary>
    public async Task<IReadOnlyList<CaseResult>> EngineRunnerAsync()
    {
        var results = await Engine.RunAsync().ConfigureAwait(false);
        MatrixCheck.ThrowIfNotAllPassed(results, "Engine (runner)");
        return results;
    }

    /// <summary>The bare replay, checked.</summary>
    public async Task<int> BareReplayAsync()
    {
        var mismatches = await Bare.ReplayAsync().ConfigureAwait(false);
        MatrixCheck.ThrowIfMismatched(mismatches, Bare.RequestCount);
        return Bare.RequestCount;
    }

    /// <summary>The bare replay as workers, checked.</summary>
    public async Task<int> BareWorkersAsync()
    {
        var mismatches = await Bare.ReplayWithWorkersAsync().ConfigureAwait(false);
        MatrixCheck.ThrowIfMismatched(mismatches, Bare.RequestCount);
        return Bare.RequestCount;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync().ConfigureAwait(false);
    }
}
