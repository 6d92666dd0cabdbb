using CorsConformance.Running;
using CorsConformance.Xunit.Data;
using CorsConformance.Xunit.Discovery;
using CorsConformance.Xunit.Hosting;
using CorsConformance.Xunit.Rows;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CorsConformance.Xunit;

/// <summary>
/// A CORS conformance suite for an ASP.NET Core app, run in-memory through <see cref="WebApplicationFactory{TEntryPoint}"/>.
/// Derive, return the contract, done:
/// <code>
/// public class ShopApiCors : CorsConformanceTests&lt;Program&gt;
/// {
///     protected override CorsContract Contract =&gt; CorsContract.Create()
///         .AllowOrigins("https://app.example.com").AllowCredentials()
///         .AllowMethods("GET", "POST", "PUT").AllowHeaders("Authorization", "Content-Type")
///         .Endpoint("/api/orders").Build();
/// }
/// </code>
/// Every case of the contract becomes a theory row named after it; one app and one client serve the whole class.
/// The app's own route table is checked for routes the contract forgot (<see cref="RoutesAreCoveredOrExcluded"/>).
/// </summary>
/// <typeparam name="TEntryPoint">A type of the app's assembly, usually <c>Program</c> (add <c>public partial class Program {}</c>).</typeparam>
/// <remarks>
/// The derived class needs a parameterless constructor (or none), and <see cref="CorsConformanceSuite.Contract"/> must not
/// depend on fixtures or test state: rows are computed when tests are discovered, before the app starts.
/// </remarks>
public abstract class CorsConformanceTests<TEntryPoint> : CorsConformanceSuite, IClassFixture<CorsConformanceHost<TEntryPoint>>
    where TEntryPoint : class
{
    /// <summary>
    /// Customises the app under test the usual <see cref="WebApplicationFactory{TEntryPoint}"/> way: environment
    /// (<c>builder.UseEnvironment("Production")</c>), configuration, service replacements (<c>ConfigureTestServices</c>).
    /// </summary>
    /// <param name="builder">The app's web host builder.</param>
    protected virtual void ConfigureWebHost(IWebHostBuilder builder) { }

    /// <summary>
    /// When true, <see cref="RoutesAreCoveredOrExcluded"/> also probes every route the contract neither covers nor
    /// excludes with the contract's defaults (its origins, the methods of the route it allows, its headers and
    /// credentials; route parameters filled with <c>1</c>): it then fails only when such a route breaks CORS, and lists
    /// the forgotten routes as a warning. False by default: a forgotten route fails the test.
    /// </summary>
    protected virtual bool ProbeDiscoveredRoutes => false;

    /// <summary>
    /// Reads the app's route table (its <c>EndpointDataSource</c>s) and fails, with rule <c>route-not-in-contract</c>,
    /// for every route the contract neither covers (an endpoint, error-probe or WebSocket path reaches it) nor excludes
    /// (<c>Exclude("/health", "/internal/*")</c>). Routes with CORS disabled explicitly are not listed.
    /// See <see cref="ProbeDiscoveredRoutes"/> to probe them instead.
    /// </summary>
    [Fact]
    public async Task RoutesAreCoveredOrExcluded()
    {
        var host = await HostAsync().ConfigureAwait(false);
        var session = await host.GetSessionAsync(this).ConfigureAwait(false);
        var uncovered = RouteCoverage.Uncovered(host.Routes(), session.Contract, host.RouteMatcher());
        if (!ProbeDiscoveredRoutes)
        {
            RouteFindings.FailIfAny(uncovered);
            return;
        }
        var probes = new List<RouteProbe>(uncovered.Count);
        foreach (var route in uncovered)
        {
            var contract = DiscoveredRouteContract.For(route, session.Contract);
            var results = contract.Endpoints[0].Methods.Count == 0
                ? []
                : await session.RunContractAsync(contract, TestContext.Current.CancellationToken).ConfigureAwait(false);
            probes.Add(new RouteProbe(route, results));
        }
        RouteFindings.JudgeProbes(probes);
    }

    /// <summary>
    /// Opts into real-browser confirmation: with the CorsConformance.Playwright package,
    /// <c>protected override VerdictConfirmerSource? Browser =&gt; ChromiumConfirmation.Source();</c>. The app then runs on
    /// a real Kestrel socket (a free loopback port), every case the engine passes is run again as a real <c>fetch()</c>
    /// from a page at its origin, and a row fails when the browser does otherwise. Without a browser the confirmation is
    /// skipped with install instructions (failed in CI: <c>CI=true</c> or <c>CORS_CONFORMANCE_REQUIRE_BROWSER=1</c>).
    /// Null (the default): in-memory, no browser.
    /// </summary>
    protected virtual VerdictConfirmerSource? Browser => null;

    internal VerdictConfirmerSource? ReadBrowser() => Browser;

    internal void ConfigureWebHostCore(IWebHostBuilder builder) => ConfigureWebHost(builder);

    private protected override async Task<SuiteSession> GetSessionAsync() => await (await HostAsync().ConfigureAwait(false)).GetSessionAsync(this).ConfigureAwait(false);

    private static async Task<CorsConformanceHost<TEntryPoint>> HostAsync() =>
        await TestContext.Current.GetFixture<CorsConformanceHost<TEntryPoint>>().ConfigureAwait(false)
        ?? throw new InvalidOperationException(
            $"No {nameof(CorsConformanceHost<TEntryPoint>)} class fixture: CorsConformance theories run only inside an xunit.v3 test run of a class deriving from CorsConformanceTests<T>.");
}
