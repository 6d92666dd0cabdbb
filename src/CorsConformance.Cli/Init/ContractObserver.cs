using CorsConformance.Http;
using CorsConformance.Probing;

namespace CorsConformance.Cli.Init;

/// <summary>
/// Observes a live API the way <c>init</c> needs: only safe requests (GET and OPTIONS preflights, never an unsafe actual request),
/// from each origin the user intends to allow, from an attacker origin and from <c>null</c>, with and without a cookie.
/// </summary>
internal sealed class ContractObserver(ExchangeSender sender, Uri baseUrl, IReadOnlyList<HeaderLine> extraHeaders)
{
    public const string AttackerOrigin = "https://evil.example-attacker.test";
    public const string ProbeCookie = "cors-conformance-probe=1";
    public const string ProbeMethod = "PROBE";
    public const string ProbeHeader = "x-evil-probe";

    /// <summary>Methods whose preflight tells what the server allows beyond the always-allowed GET, HEAD and POST.</summary>
    public static readonly string[] PreflightMethods = ["PUT", "PATCH", "DELETE"];

    /// <summary>The request headers a typical API client sends (asked for in every preflight).</summary>
    public const string RequestedHeaders = "authorization,content-type";

    public async Task<ObservedPath> ObservePathAsync(string path, bool isExplicit, IReadOnlyList<string> origins, CancellationToken cancellationToken)
    {
        var url = Urls.Combine(baseUrl, path);
        var candidates = new List<ObservedOrigin>();
        foreach (var origin in origins)
            candidates.Add(await ObserveOriginAsync(url, origin, PreflightMethods, head: true, cancellationToken).ConfigureAwait(false));
        var attacker = await ObserveOriginAsync(url, AttackerOrigin, ["PUT"], head: false, cancellationToken).ConfigureAwait(false);
        var nullOrigin = await ObserveOriginAsync(url, "null", [], head: false, cancellationToken).ConfigureAwait(false);
        var reflection = origins.Count == 0 ? null
            : await SendAsync("OPTIONS", url, Preflight(origins[0], ProbeMethod, ProbeHeader), cancellationToken).ConfigureAwait(false);
        return new ObservedPath(path, isExplicit, candidates, attacker, nullOrigin, reflection);
    }

    private async Task<ObservedOrigin> ObserveOriginAsync(Uri url, string origin, IReadOnlyList<string> methods, bool head, CancellationToken cancellationToken)
    {
        var get = await SendAsync("GET", url, [new HeaderLine("Origin", origin)], cancellationToken).ConfigureAwait(false);
        var headExchange = head ? await SendAsync("HEAD", url, [new HeaderLine("Origin", origin)], cancellationToken).ConfigureAwait(false) : null;
        var credentialed = await SendAsync("GET", url, [new HeaderLine("Origin", origin), new HeaderLine("Cookie", ProbeCookie)], cancellationToken).ConfigureAwait(false);
        var preflights = new Dictionary<string, Exchange>(StringComparer.Ordinal);
        foreach (var method in methods)
            preflights[method] = await SendAsync("OPTIONS", url, Preflight(origin, method, RequestedHeaders), cancellationToken).ConfigureAwait(false);
        return new ObservedOrigin(origin, get, credentialed, headExchange, preflights);
    }

    private static HeaderLine[] Preflight(string origin, string method, string headers) =>
    [
        new("Origin", origin),
        new("Access-Control-Request-Method", method),
        new("Access-Control-Request-Headers", headers),
    ];

    private ValueTask<Exchange> SendAsync(string method, Uri url, IReadOnlyList<HeaderLine> headers, CancellationToken cancellationToken) =>
        sender.SendAsync(method, url, [.. headers, .. extraHeaders], null, cancellationToken);
}
