using CorsConformance.Browser;
using CorsConformance.Http;

namespace CorsConformance.Probing;

/// <summary>
/// Follows the redirects of an actual CORS request the way a browser does (Fetch "HTTP-redirect fetch"): the redirect must
/// itself pass the CORS check; 303 (and 301/302 after POST) become GET without a body; a hop to another origin taints the
/// request so its Origin becomes <c>null</c>; a new preflight is sent whenever the rewritten request needs one; at most 20 hops.
/// Nothing is followed silently: every hop is recorded.
/// </summary>
internal sealed class RedirectFollower(ExchangeSender sender)
{
    private const int MaxHops = 20;

    /// <param name="request">The original request.</param>
    /// <param name="first">The recorded first answer.</param>
    /// <param name="actualHeaders">The header lines to send for a hop's actual request (Origin first).</param>
    /// <param name="preflightHeaders">The header lines to send for a hop's preflight.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<IReadOnlyList<RedirectHop>> FollowAsync(
        CorsRequest request,
        Exchange first,
        Func<CorsRequest, IReadOnlyList<HeaderLine>> actualHeaders,
        Func<CorsRequest, PreflightRequirement, IReadOnlyList<HeaderLine>> preflightHeaders,
        CancellationToken cancellationToken)
    {
        var hops = new List<RedirectHop>();
        var current = request;
        var answer = first.Response;
        while (answer is not null && hops.Count < MaxHops && Next(current, answer) is { } next)
        {
            if (!BrowserModel.EvaluateResponse(current, answer).Accepted) break; // the browser stops at a failing redirect

            Exchange? preflight = null;
            var requirement = BrowserModel.NeedsPreflight(next);
            if (requirement.Required)
            {
                preflight = await sender.SendAsync("OPTIONS", next.Url, preflightHeaders(next, requirement), null, cancellationToken).ConfigureAwait(false);
                if (!preflight.Measured || !BrowserModel.EvaluatePreflight(next, preflight.Response!).Accepted)
                {
                    hops.Add(new RedirectHop(next, preflight, null));
                    break;
                }
            }
            var actual = await sender.SendAsync(next.Method, next.Url, actualHeaders(next), next.Body, cancellationToken).ConfigureAwait(false);
            hops.Add(new RedirectHop(next, preflight, actual));
            current = next;
            answer = actual.Response;
        }
        return hops;
    }

    /// <summary>True when any hop could not be measured.</summary>
    public static string? NotMeasured(IReadOnlyList<RedirectHop> hops) =>
        hops.Select(h => h.Actual?.TransportError ?? h.Preflight?.TransportError).FirstOrDefault(e => e is not null);

    /// <summary>The request the browser makes to the Location of <paramref name="answer"/>, or null when it is not followed.</summary>
    internal static CorsRequest? Next(CorsRequest current, RecordedResponse answer)
    {
        if (answer.Status is not (301 or 302 or 303 or 307 or 308)) return null;
        var location = answer.Headers.Combined("Location");
        if (string.IsNullOrWhiteSpace(location) || !Uri.TryCreate(current.Url, location.Trim(), out var target)) return null;
        if (target.Scheme is not ("http" or "https")) return null;

        var toGet = answer.Status == 303 && current.Method != "HEAD" || answer.Status is 301 or 302 && current.Method == "POST";
        var headers = toGet
            ? current.Headers.Where(h => !h.Name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)).ToArray()
            : current.Headers;
        var crossOrigin = !string.Equals(target.GetLeftPart(UriPartial.Authority), current.Url.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
        return current with
        {
            Url = target,
            Method = toGet ? "GET" : current.Method,
            Body = toGet ? null : current.Body,
            Headers = headers,
            Origin = crossOrigin ? "null" : current.Origin,
        };
    }
}
