using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Findings;
using CorsConformance.Probing;

namespace CorsConformance.Running;

/// <summary>
/// The engine's front: contract → cases → exchanges → verdicts + findings. Transport is any <see cref="HttpClient"/>
/// (in-memory TestServer or a real socket); create live clients with <see cref="CorsHttpClient.CreateLive"/>.
/// One runner (and one client) serves a whole run; it is safe to call from several threads.
/// </summary>
public sealed class ConformanceRunner
{
    private readonly Uri _baseUrl;
    private readonly RunOptions _options;
    private readonly CaseProbe _probe;

    /// <summary>Creates a runner over <paramref name="client"/>; its BaseAddress is the API's base URL.</summary>
    public ConformanceRunner(HttpClient client, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.BaseAddress is null)
            throw new ArgumentException("The HttpClient has no BaseAddress: set it to the API's base URL (e.g. https://staging.example.com/).", nameof(client));
        _baseUrl = client.BaseAddress;
        _options = options ?? new RunOptions();
        if (_options.MaxConcurrency < 1) throw new ArgumentOutOfRangeException(nameof(options), _options.MaxConcurrency, "RunOptions.MaxConcurrency must be at least 1.");
        if (_options.RequestTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), _options.RequestTimeout, "RunOptions.RequestTimeout must be positive.");
        var redacted = _options.ExtraHeaders.Select(h => h.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // One pool per runner: a runner serves one run (one test class, one command), so equal recordings share an instance.
        var pool = new RecordingPool();
        var sender = new ExchangeSender(client, _options.RequestTimeout, _options.TransportRetries, redacted, pool);
        _probe = new CaseProbe(sender, _baseUrl, _options, _options.WebSocketConnector ?? SocketWebSocketConnector.ConnectAsync, pool);
    }

    /// <summary>Expands the contract into cases (including security probes and WebSocket checks when enabled).</summary>
    public IReadOnlyList<CorsCase> Cases(CorsContract contract) =>
        CaseMatrix.Expand(contract, _options.IncludeSecurityProbes, _options.IncludeWebSockets);

    /// <summary>Runs one case. Transport failures end as <see cref="CaseOutcome.NotMeasured"/>, never as a pass.</summary>
    public Task<CaseResult> RunCaseAsync(CorsCase corsCase, CorsContract contract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corsCase);
        ArgumentNullException.ThrowIfNull(contract);
        return _probe.RunAsync(corsCase, contract, cancellationToken).AsTask();
    }

    /// <summary><see cref="RunCaseAsync"/> for a <see cref="MatrixRun"/>, which awaits each case once: no task per case.</summary>
    internal ValueTask<CaseResult> RunCaseOnceAsync(CorsCase corsCase, CorsContract contract, CancellationToken cancellationToken) =>
        _probe.RunAsync(corsCase, contract, cancellationToken);

    /// <summary>Runs every case (bounded concurrency) and the contract-wide analysis.</summary>
    public async Task<ConformanceReport> RunAsync(CorsContract contract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var started = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cases = Cases(contract);
        // The report keeps its results: one expanded copy of each, read once here.
        var results = (await new MatrixRun(cases, (corsCase, token) => _probe.RunAsync(corsCase, contract, token), _options.MaxConcurrency,
            onCompleted: _options.OnCaseCompleted, cancellationToken: cancellationToken).AllAsync().ConfigureAwait(false)).ToArray();

        var findings = results.SelectMany(r => r.Findings).Concat(ContractWideFindings(contract, results)).ToArray();
        return new ConformanceReport
        {
            Contract = contract,
            BaseUrl = _baseUrl,
            Cases = results,
            Findings = findings,
            StartedAt = started,
            Duration = clock.Elapsed,
        };
    }

    /// <summary>Findings that concern the contract as a whole rather than one case (max-age per endpoint).</summary>
    internal static IEnumerable<Finding> ContractWideFindings(CorsContract contract, IReadOnlyList<CaseResult> results) =>
        MaxAgeAnalysis.Analyze(contract, results);
}
