using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Probing;
using CorsConformance.Running;

namespace CorsConformance.Benchmarks;

/// <summary>The two ways the engine runs a matrix over one client: the xunit front door's and the runner's.</summary>
/// <remarks>
/// Each run gets a runner of its own, as each test class (and each command-line run) does: whatever a runner learns
/// during a run (the recordings it shares) starts empty every time, so a timed run is never helped by the runs before it.
/// </remarks>
internal sealed class EngineRuns(HttpClient client, CorsContract contract, RunOptions options)
{
    public CorsContract Contract => contract;

    public HttpClient Client => client;

    /// <summary>The cases, expanded once (the xunit front door does it once per test class).</summary>
    public IReadOnlyList<CorsCase> Cases { get; } = new ConformanceRunner(client, options).Cases(contract);

    /// <summary>
    /// The xunit front door's path (SuiteSession): one <see cref="MatrixRun"/> over the class's cases (at most
    /// <see cref="RunOptions.MaxConcurrency"/> at once, behind the session's gate), each row awaiting its own case's result
    /// in row order, then the contract-wide checks reading all of them once.
    /// </summary>
    public async Task<IReadOnlyList<CaseResult>> RunCasesAsync()
    {
        using var gate = new SemaphoreSlim(options.MaxConcurrency);
        var run = await RunRowsAsync(gate).ConfigureAwait(false);
        var all = await run.AllAsync().ConfigureAwait(false);
        // The contract-wide rows: one pass over every result for the findings of all endpoints (as SuiteSession does).
        if (ConformanceRunner.ContractWideFindings(contract, all).Any(f => f.Severity >= Rules.Severity.Warning))
            throw new MatrixBrokenException("the contract-wide checks found a problem");
        return all;
    }

    /// <summary>The rows of <see cref="RunCasesAsync"/> only: the run as it stands before the contract-wide rows read it.</summary>
    public async Task<MatrixRun> RunRowsAsync(SemaphoreSlim? gate, ConformanceRunner? sharedRunner = null)
    {
        var runner = sharedRunner ?? new ConformanceRunner(client, options);
        var run = new MatrixRun(Cases, (corsCase, token) => runner.RunCaseOnceAsync(corsCase, contract, token), options.MaxConcurrency, gate);
        for (var row = 0; row < Cases.Count; row++) await run.ResultAsync(row).ConfigureAwait(false);
        return run;
    }

    /// <summary>The runner's whole run: expansion, every case, contract-wide findings, the report.</summary>
    public async Task<IReadOnlyList<CaseResult>> RunAsync() =>
        (await new ConformanceRunner(client, options).RunAsync(contract).ConfigureAwait(false)).Cases;
}
