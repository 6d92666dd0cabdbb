using System.Collections.Concurrent;
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
    private readonly Dictionary<string, CorsCase> _cases;
    private readonly ConcurrentDictionary<string, Lazy<Task<CaseResult>>> _results = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate;
    private readonly CancellationTokenSource _lifetime = new();
    private int _started;
    private readonly BrowserConfirmations? _browser;

    public SuiteSession(ConformanceRunner runner, CorsContract contract, RunOptions options, BrowserConfirmations? browser = null)
    {
        _browser = browser;
        _runner = runner;
        Contract = contract;
        Cases = runner.Cases(contract);
        _cases = Cases.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _gate = new SemaphoreSlim(options.MaxConcurrency);
    }

    public CorsContract Contract { get; }

    public IReadOnlyList<CorsCase> Cases { get; }

    public Task<CaseResult> RunCaseAsync(string caseName, CancellationToken cancellationToken)
    {
        if (!_cases.TryGetValue(caseName, out var corsCase))
        {
            throw new CorsConformanceException(
                $"The contract has no case named '{caseName}' any more. The rows were discovered from a different contract " +
                "than the one the test class returns now: make the Contract property deterministic (no random or " +
                "time-dependent values) and rebuild so discovery and execution agree.");
        }
        var result = ResultOf(corsCase);
        if (Interlocked.Exchange(ref _started, 1) == 0) StartAll();
        return result.WaitAsync(cancellationToken);
    }

    /// <summary>The browser's confirmation of a case (null when the class did not opt in).</summary>
    public async Task<BrowserCheck?> BrowserCheckAsync(string caseName, CancellationToken cancellationToken)
    {
        if (_browser is null) return null;
        try
        {
            var confirmation = await _browser.OfAsync(caseName, () => Task.WhenAll(Cases.Select(ResultOf)), cancellationToken).ConfigureAwait(false);
            return new BrowserCheck(confirmation, null);
        }
        catch (VerdictConfirmerUnavailableException ex)
        {
            return new BrowserCheck(null, ex.Message);
        }
    }

    /// <summary>
    /// xunit runs a class's rows one after another; the first row starts every case (at most MaxConcurrency at a time)
    /// so the later rows find their result ready instead of waiting for a round trip each (a live server far away, an
    /// unreachable one that is retried).
    /// </summary>
    private void StartAll()
    {
        foreach (var corsCase in Cases) _ = ResultOf(corsCase);
    }

    /// <summary>
    /// Every case's result (running those no row has run yet), then the contract-wide findings of <paramref name="endpoint"/>
    /// and the endpoint's cases that could not be measured (their checks were not made).
    /// </summary>
    public async Task<ContractWideOutcome> ContractWideAsync(string endpoint, CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(Cases.Select(ResultOf)).WaitAsync(cancellationToken).ConfigureAwait(false);
        var endpoints = Contract.Endpoints.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var first = Contract.Endpoints.FirstOrDefault()?.Path;
        var findings = ConformanceRunner.ContractWideFindings(Contract, results)
            .Where(f => f.Endpoint == endpoint || (endpoint == first && !endpoints.Contains(f.Endpoint)))
            .ToArray();
        var own = results.Where(r => r.Case.Path == endpoint).ToArray();
        return new ContractWideOutcome(findings, own.Where(r => r.Outcome == CaseOutcome.NotMeasured).ToArray(), own.Length);
    }

    /// <summary>Runs every case of another contract (discovered routes) over the same client, uncached.</summary>
    public async Task<IReadOnlyList<CaseResult>> RunContractAsync(CorsContract contract, CancellationToken cancellationToken) =>
        await Task.WhenAll(_runner.Cases(contract).Select(c => RunGatedAsync(c, contract))).WaitAsync(cancellationToken).ConfigureAwait(false);

    private Task<CaseResult> ResultOf(CorsCase corsCase) =>
        _results.GetOrAdd(corsCase.Name, _ => new Lazy<Task<CaseResult>>(() => RunGatedAsync(corsCase, Contract))).Value;

    private async Task<CaseResult> RunGatedAsync(CorsCase corsCase, CorsContract contract)
    {
        await _gate.WaitAsync(_lifetime.Token).ConfigureAwait(false);
        try { return await _runner.RunCaseAsync(corsCase, contract, _lifetime.Token).ConfigureAwait(false); }
        finally { _gate.Release(); }
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
        _gate.Dispose();
    }
}
