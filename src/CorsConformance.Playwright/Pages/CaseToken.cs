using System.Text.RegularExpressions;

namespace CorsConformance.Playwright.Pages;

/// <summary>
/// The per-case query parameter (<c>cc=run-n</c>) appended to each case URL. It makes every preflight cache key unique
/// (Chromium keys its preflight cache by URL) and lets DevTools events and console lines be matched to their case.
/// </summary>
internal static partial class CaseToken
{
    public const string Parameter = "cc";

    /// <summary>Appends <c>cc=token</c> to the URL's query.</summary>
    public static Uri Append(Uri url, string token)
    {
        var builder = new UriBuilder(url);
        var query = builder.Query.TrimStart('?');
        builder.Query = (query.Length == 0 ? "" : query + "&") + Parameter + "=" + token;
        return builder.Uri;
    }

    /// <summary>The token in <paramref name="text"/> (a URL or a console line naming one), or null.</summary>
    public static string? Find(string? text)
    {
        if (text is null) return null;
        var match = TokenPattern().Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"[?&]cc=([A-Za-z0-9]+-[0-9]+)")]
    private static partial Regex TokenPattern();
}
