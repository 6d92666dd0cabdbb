using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Findings;
using CorsConformance.Probing;
using CorsConformance.Running;
using CorsConformance.Xunit.Rows;

namespace CorsConformance.Xunit.Hosting;

/// <summary>
/// One per test class: the runner over the class's single client, the contract's cases by name, and each case's
/// result computed once (rows and contract-wide checks share them).
/// </summary>
internal sealed class SuiteSession : IDisposable
{
    private readonly ConformanceRunner _runner;
    private readonly RunOptions _options;
    private readonly Dictionary<string, int> _indexOf;
    private readonly MatrixRun _run;
    private readonly SemaphoreSlim _gate; // one bound for the contract's run and any run of discovered routes beside it
    private readonly CancellationTokenSource _lifetime = new();
    private readonly BrowserConfirmations? _browser;
    private readonly Lock _contractWideGate = new();
    private Task<IReadOnlyDictionary<string, ContractWideOutcome>>? _contractWide;

    public SuiteSession(ConformanceRunner runner, CorsContract contract, RunOptions options, BrowserConfirmations? browser = null)
    {
        _browser = browser;
        _runner = runner;
        _options = options;
        Contract = contract;
        Cases = runner.Cases(contract);
        _indexOf = new Dictionary<string, int>(Cases.Count, StringComparer.Ordinal);
        for (var i = 0; i < Cases.Count; i++) _indexOf[Cases[i].Name] = i;
        _gate = new SemaphoreSlim(options.MaxConcurrency);
        _run = new MatrixRun(Cases, (corsCase, token) => _runner.RunCaseOnceAsync(corsCase, Contract, token), options.MaxConcurrency, _gate,
            cancellationToken: _lifetime.Token);
    }

    public CorsContract Contract { get; }

    public IReadOnlyList<CorsCase> Cases { get; }

    public Task<CaseResult> RunCaseAsync(string caseName, CancellationToken cancellationToken)
    {
        if (!_indexOf.TryGetValue(caseName, out var index))
        {
            throw new CorsConformanceException(
                $"The contract has no case named '{caseName}' any more. The rows were discovered from a different contract " +
                "than the one the test class returns now: make the Contract property deterministic (no random or " +
                "time-dependent values) and rebuild so discovery and execution agree.");
        }
        // The first row starts every case (at most MaxConcurrency at a time), so the later rows find their result ready
        // instead of waiting for a round trip each (a live server far away, an unreachable one that is retried).
        return _run.ResultAsync(index).WaitAsync(cancellationToken);
    }

    /// <summary>The browser's confirmation of a case (null when the class did not opt in).</summary>
    public async Task<BrowserCheck?> BrowserCheckAsync(string caseName, CancellationToken cancellationToken)
    {
        if (_browser is null) return null;
        try
        {
            var confirmation = await _browser.OfAsync(caseName, _run.AllAsync, cancellationToken).ConfigureAwait(false);
            return new BrowserCheck(confirmation, null);
        }
        catch (VerdictConfirmerUnavailableException ex)
        {
            return new BrowserCheck(null, ex.Message);
        }
    }

    /// <summary>
    /// Every case's result (running those no row has run yet), then the contract-wide findings of <paramref name="endpoint"/>
    /// and the endpoint's cases that could not be measured (their checks were not made).
    /// </summary>
    public async Task<ContractWideOutcome> ContractWideAsync(string endpoint, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<string, ContractWideOutcome>> all;
        lock (_contractWideGate) all = _contractWide ??= ContractWideOfEveryEndpointAsync();
        var outcomes = await all.WaitAsync(cancellationToken).ConfigureAwait(false);
        return outcomes.TryGetValue(endpoint, out var outcome) ? outcome : new ContractWideOutcome([], [], 0);
    }

    // One pass over the results for all the endpoints' contract-wide rows (the results are expanded as they are read).
    private async Task<IReadOnlyDictionary<string, ContractWideOutcome>> ContractWideOfEveryEndpointAsync()
    {
        var results = await _run.AllAsync().ConfigureAwait(false);
        var endpoints = Contract.Endpoints.Select(e => e.Path).Distinct(StringComparer.Ordinal).ToArray();
        var first = endpoints.FirstOrDefault();
        var findings = ConformanceRunner.ContractWideFindings(Contract, results).ToArray();
        var byPath = results.ToLookup(r => r.Case.Path, StringComparer.Ordinal);
        var known = endpoints.ToHashSet(StringComparer.Ordinal);
        return endpoints.ToDictionary(endpoint => endpoint, endpoint => new ContractWideOutcome(
            findings.Where(f => f.Endpoint == endpoint || (endpoint == first && !known.Contains(f.Endpoint))).ToArray(),
            byPath[endpoint].Where(r => r.Outcome == CaseOutcome.NotMeasured).ToArray(),
            byPath[endpoint].Count()), StringComparer.Ordinal);
    }

    /// <summary>Runs every case of another contract (discovered routes) over the same client, uncached.</summary>
    public async Task<IReadOnlyList<CaseResult>> RunContractAsync(CorsContract contract, CancellationToken cancellationToken) =>
        (await new MatrixRun(_runner.Cases(contract), (corsCase, token) => _runner.RunCaseOnceAsync(corsCase, contract, token), _options.MaxConcurrency, _gate,
            cancellationToken: _lifetime.Token).AllAsync().WaitAsync(cancellationToken).ConfigureAwait(false)).ToArray();

    /// <summary>
    /// Cancels what is still running. The gate is not disposed: a case still finishing releases it afterwards (a
    /// SemaphoreSlim whose wait handle was never asked for holds nothing to free).
    /// </summary>
    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
