using CorsConformance.Xunit.Hosting;
using CorsConformance.Xunit.Live;
using Xunit;

namespace CorsConformance.Xunit;

/// <summary>
/// The same CORS conformance theories, run against a deployed API (a deploy gate for staging):
/// <code>
/// public class StagingCors : LiveCorsConformanceTests
/// {
///     protected override CorsContract Contract =&gt; CorsContractJson.Load("cors-contract.json");
/// }
/// </code>
/// The base URL comes from <c>CORS_CONFORMANCE_BASE_URL</c> (or <c>CorsConformance:BaseUrl</c> in
/// <c>appsettings.json</c>, or an override of <see cref="BaseUrl"/>); when none is set every row is skipped and says so.
/// A live run never sends the actual request of an unsafe method (PUT, PATCH, DELETE, POST) unless the contract opts
/// in (<c>AllowUnsafeLiveRequests</c>): only its preflight is sent, so the run cannot change data.
/// </summary>
public abstract class LiveCorsConformanceTests : CorsConformanceSuite, IClassFixture<LiveCorsConformanceHost>
{
    /// <summary>The environment variable holding the base URL: <c>CORS_CONFORMANCE_BASE_URL</c>.</summary>
    public const string BaseUrlVariable = LiveSettings.BaseUrlVariable;

    /// <summary>
    /// The deployed API's base URL, e.g. <c>https://staging.example.com</c>; null skips every row. Default: the
    /// <c>CORS_CONFORMANCE_BASE_URL</c> environment variable, else <c>CorsConformance:BaseUrl</c> from configuration.
    /// </summary>
    protected virtual string? BaseUrl => LiveSettings.BaseUrl();

    internal override string? SkipReason => string.IsNullOrWhiteSpace(BaseUrl) ? LiveSettings.MissingReason(GetType().Name) : null;

    internal string? ReadBaseUrl() => BaseUrl;

    private protected override async Task<SuiteSession> GetSessionAsync()
    {
        var host = await TestContext.Current.GetFixture<LiveCorsConformanceHost>().ConfigureAwait(false)
            ?? throw new InvalidOperationException(
                $"No {nameof(LiveCorsConformanceHost)} class fixture: CorsConformance theories run only inside an xunit.v3 test run of a class deriving from LiveCorsConformanceTests.");
        return await host.GetSessionAsync(this).ConfigureAwait(false);
    }
}
