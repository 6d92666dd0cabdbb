using CorsConformance.Http;

namespace CorsConformance.Cli.Input;

/// <summary>Parses <c>--header "Name: value"</c> into a header line; values are secrets and never echoed back.</summary>
internal static class ExtraHeaderParser
{
    /// <summary>Headers the engine sets itself for every case: a user value would corrupt the measurement.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers", "Host", "Content-Length",
        "Transfer-Encoding", "Connection", "Upgrade",
    };

    public static IReadOnlyList<HeaderLine> ParseAll(IEnumerable<string> raw) => raw.Select(Parse).ToList();

    public static HeaderLine Parse(string raw)
    {
        var colon = raw.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
            throw CliException.Usage($"--header '{NameOnly(raw)}' is not of the form 'Name: value' (example: --header \"Authorization: Bearer $TOKEN\").");
        var name = raw[..colon].Trim();
        var value = raw[(colon + 1)..].Trim();
        if (name.Length == 0 || !name.All(IsTokenChar))
            throw CliException.Usage($"--header name '{name}' is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only).");
        if (value.Any(c => c is '\r' or '\n' or '\0'))
            throw CliException.Usage($"--header '{name}' has a value with a line break or NUL; header values must be one line.");
        if (Reserved.Contains(name))
            throw CliException.Usage($"--header '{name}' is set by cors-conformance itself for every case; remove it.");
        return new HeaderLine(name, value);
    }

    /// <summary>Never print a value (it may be a secret): show the text up to the first space or colon only.</summary>
    private static string NameOnly(string raw)
    {
        var cut = raw.IndexOfAny([' ', '=', '\t']);
        var shown = cut < 0 ? raw : raw[..cut] + " ***";
        return shown.Length > 60 ? shown[..60] + "…" : shown;
    }

    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);
}
