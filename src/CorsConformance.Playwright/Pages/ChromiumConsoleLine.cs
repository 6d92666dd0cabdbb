using System.Text.RegularExpressions;

namespace CorsConformance.Playwright.Pages;

/// <summary>Parses Chromium's CORS console line: <c>Access to fetch at 'URL' [(redirected from 'URL')] from origin 'O' has been blocked by CORS policy: DETAIL</c>.</summary>
internal static partial class ChromiumConsoleLine
{
    public const string BlockedMarker = "has been blocked by CORS policy: ";

    public static bool TryParse(string text, out string url, out string? redirectedFrom, out string detail)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            url = detail = "";
            redirectedFrom = null;
            return false;
        }
        url = match.Groups["url"].Value;
        redirectedFrom = match.Groups["from"].Success ? match.Groups["from"].Value : null;
        detail = match.Groups["detail"].Value;
        return true;
    }

    [GeneratedRegex(@"^Access to (?:fetch|XMLHttpRequest) at '(?<url>[^']*)'(?: \(redirected from '(?<from>[^']*)'\))? from origin '(?<origin>[^']*)' has been blocked by CORS policy: (?<detail>.*)$", RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
