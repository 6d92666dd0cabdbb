using CorsConformance.Probing;
using CorsConformance.Running;
using CorsConformance.Xunit.Hosting;
using CorsConformance.Xunit.Live;

namespace CorsConformance.Xunit;

/// <summary>
/// The class fixture behind <see cref="LiveCorsConformanceTests"/>: one live <see cref="HttpClient"/> (real sockets, no
/// redirects followed, no cookie jar) per test class, created on the first row. You never create it yourself.
/// </summary>
public sealed class LiveCorsConformanceHost : IAsyncDisposable
{
    private readonly SessionSlot _slot = new();

    internal Task<SuiteSession> GetSessionAsync(LiveCorsConformanceTests suite) => _slot.GetAsync(own =>
    {
        var className = suite.GetType().Name;
        var value = suite.ReadBaseUrl();
        if (string.IsNullOrWhiteSpace(value)) throw new CorsConformanceException(LiveSettings.MissingReason(className));
        var baseUrl = LiveSettings.Parse(value, className);
        var contract = suite.ReadContract() ?? throw new InvalidOperationException($"{className}.Contract returned null.");
        var requested = suite.ReadRunOptions();
        var options = requested with
        {
            Mode = RunMode.Live, // never overridable: live runs must not send unsafe actual requests unless the contract opts in
            TransportRetries = requested.TransportRetries == 0 ? 1 : requested.TransportRetries,
            WebSocketConnector = null,
        };
        var client = CorsHttpClient.CreateLive(baseUrl, options.RequestTimeout);
        own(client);
        return Task.FromResult(new SuiteSession(new ConformanceRunner(client, options), contract, options));
    });

    /// <summary>Disposes the client.</summary>
    public ValueTask DisposeAsync() => _slot.DisposeAsync();
}
