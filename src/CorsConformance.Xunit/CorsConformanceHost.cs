using CorsConformance.Running;
using CorsConformance.Xunit.Discovery;
using CorsConformance.Xunit.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CorsConformance.Xunit;

/// <summary>
/// The class fixture behind <see cref="CorsConformanceTests{TEntryPoint}"/>: one <see cref="WebApplicationFactory{TEntryPoint}"/>
/// and one in-memory client per test class (not per row), created on the first row with the class's
/// <c>ConfigureWebHost</c>, disposed after the class's last row. You never create it yourself.
/// </summary>
/// <typeparam name="TEntryPoint">A type of the app's assembly, usually <c>Program</c>.</typeparam>
public sealed class CorsConformanceHost<TEntryPoint> : IAsyncDisposable where TEntryPoint : class
{
    private readonly SessionSlot _slot = new();
    private WebApplicationFactory<TEntryPoint>? _factory;

    internal Task<SuiteSession> GetSessionAsync(CorsConformanceTests<TEntryPoint> suite) => _slot.GetAsync(own =>
    {
        var contract = suite.ReadContract()
            ?? throw new InvalidOperationException($"{suite.GetType().Name}.Contract returned null.");
        var browserSource = suite.ReadBrowser();
        var clientOptions = InMemoryClients.Options;
        BrowserConfirmations? browser = null;
        SuiteWebApplicationFactory<TEntryPoint> factory;
        if (browserSource is null)
            factory = new SuiteWebApplicationFactory<TEntryPoint>(suite.ConfigureWebHostCore, onRealSocket: false);
        else
        {
            // The browser must see the app's own answers on a real socket: Kestrel on a free loopback port.
            factory = RealSocketStart.Start(() => new SuiteWebApplicationFactory<TEntryPoint>(suite.ConfigureWebHostCore, onRealSocket: true), f => f.StartServer());
            clientOptions.BaseAddress = factory.ClientOptions.BaseAddress;
            browser = new BrowserConfirmations(browserSource, factory.ClientOptions.BaseAddress);
        }
        own(factory);
        var client = factory.CreateClient(clientOptions);
        own(client);
        _factory = factory;
        var options = suite.ReadRunOptions() with
        {
            Mode = RunMode.Owned,
            WebSocketConnector = browserSource is null ? TestServerWebSockets.For(factory.Server) : null, // null: real sockets
        };
        client.Timeout = options.RequestTimeout; // the client bounds each request itself: no second timer per request
        var session = new SuiteSession(new ConformanceRunner(client, options), contract, options, browser);
        return Task.FromResult(session);
    });

    /// <summary>The app's routes (the session must exist: the app is started by it).</summary>
    internal IReadOnlyList<DiscoveredRoute> Routes() => RouteTable.Read(Services);

    /// <summary>Decides which paths reach a route with the app's own route constraints.</summary>
    internal RouteMatcher RouteMatcher() => new(Services.GetService<ParameterPolicyFactory>());

    private IServiceProvider Services => (_factory ?? throw new InvalidOperationException("The app has not been started yet.")).Services;

    /// <summary>Disposes the client and the factory (and so the app).</summary>
    public ValueTask DisposeAsync() => _slot.DisposeAsync();
}
