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
        var unsafeNames = UnsafeHeaderNames(request.Headers, reasons: null);
        // Preflighted when the method is not safelisted or any header is CORS-unsafe (the reasons Explain words).
        return new PreflightRequirement(request, !FetchMethods.IsCorsSafelisted(method) || unsafeNames.Length > 0, method, unsafeNames);
    }

    /// <summary>Why <paramref name="request"/> is preflighted, in words; null when it is not.</summary>
    internal static string? Explain(CorsRequest request)
    {
        var method = FetchMethods.Normalize(request.Method);
        var reasons = new List<string>();
        if (!FetchMethods.IsCorsSafelisted(method))
            reasons.Add($"method {method} is not CORS-safelisted (only GET, HEAD and POST are)");
        _ = UnsafeHeaderNames(request.Headers, reasons);
        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }

    // Fetch "CORS-unsafe request-header names": every header that is not safelisted, plus every safelisted one when
    // the safelisted values together exceed 1024 bytes; returned sorted (ordinal), lowercase, de-duplicated.
    // (The author header list holds each name once, so the two groups never overlap.) Given a reasons list, each reason
    // is added to it in words.
    private static string[] UnsafeHeaderNames(IReadOnlyList<HeaderLine> headers, List<string>? reasons)
    {
        if (headers.Count == 0)
            return [];
        List<string>? unsafeNames = null;
        List<string>? potentiallyUnsafe = null;
        var safelistedBytes = 0;

        foreach (var (name, value) in AuthorHeaders(headers))
        {
            if (SafelistedHeaders.WhyNotSafelisted(name, value, explain: reasons is not null) is { } why)
            {
                (unsafeNames ??= []).Add(name);
                reasons?.Add($"header {name} {why}");
            }
            else
            {
                (potentiallyUnsafe ??= []).Add(name);
                safelistedBytes += value.Length;
            }
        }

        if (safelistedBytes > MaxSafelistedTotalBytes)
        {
            potentiallyUnsafe!.Sort(StringComparer.Ordinal);
            (unsafeNames ??= []).AddRange(potentiallyUnsafe);
            reasons?.Add($"safelisted header values total {safelistedBytes} bytes, above the {MaxSafelistedTotalBytes}-byte limit, " +
                         $"so {string.Join(", ", potentiallyUnsafe)} become CORS-unsafe");
        }
        if (unsafeNames is null)
            return [];
        var sorted = unsafeNames.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    // The header list fetch() builds: names lowercased, values normalized (HTTP whitespace trimmed), repeated names
    // combined with ", " (what Chromium checks), forbidden names dropped (fetch() ignores them silently); in the order
    // each name first appears. Author header lists are short: a linear search beats a dictionary.
    private static List<(string Name, string Value)> AuthorHeaders(IReadOnlyList<HeaderLine> headers)
    {
        var combined = new List<(string Name, string Value)>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            var line = headers[i];
            var name = HeaderNameCase.Lower(line.Name);
            if (SafelistedHeaders.IsForbiddenName(name))
                continue;
            var value = HttpSyntax.TrimHttpWhitespace(line.Value ?? string.Empty);
            var existing = IndexOf(combined, name);
            if (existing >= 0)
                combined[existing] = (name, combined[existing].Value + ", " + value);
            else
                combined.Add((name, value));
        }
        return combined;
    }

    private static int IndexOf(List<(string Name, string Value)> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Name, name, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }
}
