using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Http;
using CorsConformance.Running;
using CorsConformance.Xunit.Data;
using CorsConformance.Xunit.Hosting;
using CorsConformance.Xunit.Rows;
using Xunit;

namespace CorsConformance.Xunit;

/// <summary>
/// The theories shared by <see cref="CorsConformanceTests{TEntryPoint}"/> (in-memory) and
/// <see cref="LiveCorsConformanceTests"/> (a deployed URL): one theory per case family, one row per case of the
/// derived class's contract, plus one contract-wide row per endpoint. Derive from one of those two, not from this class.
/// </summary>
/// <remarks>
/// Rows are computed when tests are discovered, from a fresh instance of the derived class created with its
/// parameterless constructor; so <see cref="Contract"/>, <see cref="ConfigureRun"/> must not depend on fixtures
/// or on state set up by a test (read configuration or build the contract from constants instead).
/// </remarks>
public abstract class CorsConformanceSuite
{
    private protected CorsConformanceSuite() { }

    /// <summary>The CORS contract the API promises; every row comes from it.</summary>
    protected abstract CorsContract Contract { get; }

    /// <summary>
    /// Headers added to every request of an allowed-origin case (API key, session cookie). Their values are redacted
    /// (<c>***</c>) in every message, report and curl command.
    /// </summary>
    protected virtual IReadOnlyList<HeaderLine> ExtraHeaders => [];

    /// <summary>
    /// Adjusts the run options (security probes, WebSocket checks, timeouts, concurrency). The transport-related
    /// options (mode, extra headers, WebSocket connector) are set by the front door and win over what this returns.
    /// </summary>
    protected virtual RunOptions ConfigureRun(RunOptions options) => options;

    /// <summary>Preflighted requests from an allowed origin must be accepted.</summary>
    /// <param name="caseName">The case (its name is the row's display name).</param>
    [Theory, CorsCases(CaseFamily.Preflight)]
    public Task Preflight(string caseName) => RunRowAsync(CaseFamily.Preflight, caseName);

    /// <summary>Simple (non-preflighted) requests from an allowed origin must be accepted.</summary>
    /// <param name="caseName">The case (its name is the row's display name).</param>
    [Theory, CorsCases(CaseFamily.Actual)]
    public Task ActualRequest(string caseName) => RunRowAsync(CaseFamily.Actual, caseName);

    /// <summary>Credentialed requests from an allowed origin must be accepted.</summary>
    /// <param name="caseName">The case (its name is the row's display name).</param>
    [Theory, CorsCases(CaseFamily.Credentials)]
    public Task Credentials(string caseName) => RunRowAsync(CaseFamily.Credentials, caseName);

    /// <summary>Script must be able to read the contract's exposed response headers.</summary>
    /// <param name="caseName">The case (its name is the row's display name).</param>
    [Theory, CorsCases(CaseFamily.ExposedHeaders)]
    public Task ExposedHeaders(string caseName) => RunRowAsync(CaseFamily.ExposedHeaders, caseName);

    /// <summary>Responses whose CORS headers depend on Origin must say <c>Vary: Origin</c>.</summary>
    /// <param name="caseName">The case (its name is the row's display name).</param>
    [Theory, CorsCases(CaseFamily.Vary)]
    public Task Vary(string caseName) => RunRowAsync(CaseFamily.Vary, caseName);

    /// <summary>404, 500 and 401 answers must still carry CORS headers.</summary>
    /// <param name="caseName">The case (its name is the row's display name).</param>
    [Theory, CorsCases(CaseFamily.ErrorPath)]
    public Task ErrorPaths(string caseName) => RunRowAsync(CaseFamily.ErrorPath, caseName);

    /// <summary>Origins the contract does not allow must be blocked.</summary>
    /// <param name="caseName">The case (its name is the row's display name).</param>
    [Theory, CorsCases(CaseFamily.AttackerOrigin)]
    public Task AttackerOrigins(string caseName) => RunRowAsync(CaseFamily.AttackerOrigin, caseName);

    /// <summary>WebSocket upgrades from a foreign origin must be refused.</summary>
    /// <param name="caseName">The case (its name is the row's display name).</param>
    [Theory, CorsCases(CaseFamily.WebSocket)]
    public Task WebSockets(string caseName) => RunRowAsync(CaseFamily.WebSocket, caseName);

    /// <summary>Checks that need several cases of one endpoint (e.g. the preflight max-age the contract promises).</summary>
    /// <param name="endpoint">The endpoint path.</param>
    [Theory, ContractWideRows]
    public async Task ContractWide(string endpoint)
    {
        if (SkipReason is { } skip) Assert.Skip(skip);
        if (RowNames.IsContractError(endpoint)) ThrowContractError();
        if (endpoint == RowNames.NoEndpoint) Assert.Skip("The contract lists no endpoint.");
        var session = await GetSessionAsync().ConfigureAwait(false);
        var outcome = await session.ContractWideAsync(endpoint, TestContext.Current.CancellationToken).ConfigureAwait(false);
        RowJudge.ContractWide(endpoint, outcome);
    }

    /// <summary>The contract, as read by the theory data (internal seam).</summary>
    internal CorsContract ReadContract() => Contract;

    /// <summary>The run options this suite asks for, before the front door sets transport options.</summary>
    internal RunOptions ReadRunOptions() => ConfigureRun(new RunOptions()) with { ExtraHeaders = ExtraHeaders };

    /// <summary>Why every row of this suite must be skipped (live suite without a base URL), or null.</summary>
    internal virtual string? SkipReason => null;

    private void ThrowContractError()
    {
        _ = Contract; // rethrows the contract's own error, naming the field and the fix
        throw new CorsConformanceException(
            "The contract could not be read when the tests were discovered, but can be now: make the Contract property " +
            "independent of fixtures, constructor arguments and test state (rows are computed before any fixture exists).");
    }

    /// <summary>The session (one per test class) that runs the cases.</summary>
    private protected abstract Task<SuiteSession> GetSessionAsync();

    private async Task RunRowAsync(CaseFamily family, string caseName)
    {
        if (SkipReason is { } skip) Assert.Skip(skip);
        if (RowNames.IsContractError(caseName)) ThrowContractError();
        if (RowNames.IsEmptyFamily(caseName))
            Assert.Skip(RowNames.EmptyFamilyReason(family));

        var session = await GetSessionAsync().ConfigureAwait(false);
        var result = await session.RunCaseAsync(caseName, TestContext.Current.CancellationToken).ConfigureAwait(false);
        var browser = await session.BrowserCheckAsync(caseName, TestContext.Current.CancellationToken).ConfigureAwait(false);
        RowJudge.Case(result, browser);
    }
}
