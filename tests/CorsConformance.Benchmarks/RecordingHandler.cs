using System.Collections.Concurrent;

namespace CorsConformance.Benchmarks;

/// <summary>
/// Sits between a capture client and the in-memory server and writes down every request that reached the transport,
/// with its status: the proof that the bare replay sends exactly what the engine sent (setup only, never timed).
/// </summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<(string Key, int Status)> _seen = new();

    public IReadOnlyCollection<(string Key, int Status)> Seen => _seen;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = await ExchangeTemplate.KeyOfAsync(request).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        _seen.Enqueue((key, (int)response.StatusCode));
        return response;
    }
}
