using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Probing;

namespace CorsConformance.Running;

/// <summary>
/// The engine's front: contract → cases → exchanges → verdicts + findings. Transport is any <see cref="HttpClient"/>
/// (in-memory TestServer or a real socket); create live clients with <see cref="CorsHttpClient.CreateLive"/>.
/// </summary>
public sealed class ConformanceRunner
{
    private readonly HttpClient _client;
    private readonly RunOptions _options;

    /// <summary>Creates a runner over <paramref name="client"/>; its BaseAddress is the API's base URL.</summary>
    public ConformanceRunner(HttpClient client, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.BaseAddress is null)
            throw new ArgumentException("The HttpClient has no BaseAddress: set it to the API's base URL (e.g. https://staging.example.com/).", nameof(client));
        _client = client;
        _options = options ?? new RunOptions();
    }

    /// <summary>Expands the contract into cases (including security probes when enabled).</summary>
    public IReadOnlyList<CorsCase> Cases(CorsContract contract) => throw new NotImplementedException();

    /// <summary>Runs one case.</summary>
    public Task<CaseResult> RunCaseAsync(CorsCase corsCase, CorsContract contract, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Runs every case and the contract-wide analysis.</summary>
    public Task<ConformanceReport> RunAsync(CorsContract contract, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
