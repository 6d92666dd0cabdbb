using CorsConformance.Http;

namespace CorsConformance.Browser;

/// <summary>
/// Decides whether a fetch() is preflighted [#main-fetch step "CORS-preflight flag"]: the method is not
/// CORS-safelisted, or the author headers contain CORS-unsafe request-header names [#cors-unsafe-request-header-names].
/// </summary>
internal static class PreflightTrigger
{
    /// <summary>All safelisted header values together may be at most this many bytes.</summary>
    public const int MaxSafelistedTotalBytes = 1024;

    /// <summary>Computes the preflight requirement of <paramref name="request"/>.</summary>
    public static PreflightRequirement Evaluate(CorsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestValidation.ThrowIfInvalid(request);

        var method = FetchMethods.Normalize(request.Method);
        var reasons = new List<string>();
        if (!FetchMethods.IsCorsSafelisted(method))
            reasons.Add($"method {method} is not CORS-safelisted (only GET, HEAD and POST are)");

        var unsafeNames = UnsafeHeaderNames(request.Headers, reasons);
        return new PreflightRequirement(
            Required: reasons.Count > 0,
            Reason: reasons.Count > 0 ? string.Join("; ", reasons) : null,
            RequestMethod: method,
            UnsafeHeaderNames: unsafeNames);
    }

    // Fetch "CORS-unsafe request-header names": every header that is not safelisted, plus every safelisted one when
    // the safelisted values together exceed 1024 bytes; returned as a sorted, lowercase, de-duplicated set.
    private static IReadOnlyList<string> UnsafeHeaderNames(IReadOnlyList<HeaderLine> headers, List<string> reasons)
    {
        var unsafeNames = new SortedSet<string>(StringComparer.Ordinal);
        var potentiallyUnsafe = new SortedSet<string>(StringComparer.Ordinal);
        var safelistedBytes = 0;

        foreach (var (name, value) in AuthorHeaders(headers))
        {
            if (SafelistedHeaders.WhyNotSafelisted(name, value) is { } why)
            {
                if (unsafeNames.Add(name))
                    reasons.Add($"header {name} {why}");
            }
            else
            {
                potentiallyUnsafe.Add(name);
                safelistedBytes += value.Length;
            }
        }

        if (safelistedBytes > MaxSafelistedTotalBytes)
        {
            unsafeNames.UnionWith(potentiallyUnsafe);
            reasons.Add($"safelisted header values total {safelistedBytes} bytes, above the {MaxSafelistedTotalBytes}-byte limit, " +
                        $"so {string.Join(", ", potentiallyUnsafe)} become CORS-unsafe");
        }
        return unsafeNames.ToArray();
    }

    // The header list fetch() builds: names lowercased, values normalized (HTTP whitespace trimmed), repeated names
    // combined with ", " (what Chromium checks), forbidden names dropped (fetch() ignores them silently).
    private static IEnumerable<(string Name, string Value)> AuthorHeaders(IReadOnlyList<HeaderLine> headers)
    {
        var combined = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var line in headers)
        {
            var name = line.Name.ToLowerInvariant();
            if (SafelistedHeaders.IsForbiddenName(name))
                continue;
            var value = HttpSyntax.TrimHttpWhitespace(line.Value ?? string.Empty);
            if (combined.TryGetValue(name, out var existing))
            {
                combined[name] = existing + ", " + value;
            }
            else
            {
                combined[name] = value;
                order.Add(name);
            }
        }
        return order.Select(n => (n, combined[n]));
    }
}
