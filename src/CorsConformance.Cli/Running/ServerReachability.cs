using CorsConformance.Http;
using CorsConformance.Probing;

namespace CorsConformance.Cli.Running;

/// <summary>
/// One safe request (GET of the base URL) before a run, so an unreachable, hanging or non-HTTP server ends in seconds with one
/// clear line (exit 3) rather than after every case has timed out. Any HTTP answer, whatever its status, counts as reachable.
/// </summary>
internal static class ServerReachability
{
    public static async Task<RecordedResponse> EnsureAsync(HttpClient client, Uri baseUrl, IReadOnlyList<HeaderLine> headers, TimeSpan timeout, int retries, CancellationToken cancellationToken)
    {
        var redacted = headers.Select(h => h.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sender = new ExchangeSender(client, timeout, retries, redacted);
        var exchange = await sender.SendAsync("GET", baseUrl, headers, null, cancellationToken).ConfigureAwait(false);
        if (exchange.Response is null)
            throw CliException.NotMeasured($"cannot measure {baseUrl}: {exchange.TransportError ?? "no response"}");
        return exchange.Response;
    }
}
