using CorsConformance.Http;

namespace CorsConformance.Browser;

/// <summary>
/// Parses the comma-separated token lists of Access-Control-Allow-Methods, -Allow-Headers and -Expose-Headers
/// [#http-new-header-syntax]: elements trimmed of spaces and tabs, empty elements skipped, every other element must be
/// a token. One bad element (<c>DE LETE</c>, <c>PUT;</c>, <c>"PUT"</c>) makes Chromium reject the whole header.
/// A server sends the same few values over and over, so each value is parsed once per process (bounded: past
/// <see cref="Capacity"/> distinct values, new ones are parsed each time). Results are immutable.
/// </summary>
internal static class AllowListParser
{
    /// <summary>The parse result: <see cref="Parsed"/> false when an element is not a token.</summary>
    /// <param name="Parsed">True when the header is absent or every element is a token.</param>
    /// <param name="Items">The elements, as sent (case preserved), in order; empty when absent or unparseable.</param>
    public readonly record struct Result(bool Parsed, IReadOnlyList<string> Items);

    /// <summary>Parses every line of <paramref name="headerName"/> in <paramref name="response"/> (absent reads as an empty list).</summary>
    public static Result Parse(RecordedResponse response, string headerName) =>
        Parse(ResponseHeaderValue.Get(response, headerName));

    /// <summary>How many distinct header values are remembered.</summary>
    public const int Capacity = 1024;

    private static readonly BoundedCache<string, Result> Known = new(Capacity, StringComparer.Ordinal);

    /// <summary>Parses a combined header value (null when absent).</summary>
    public static Result Parse(string? value) =>
        value is null ? new(true, []) : Known.GetOrAdd(value, ParseNew);

    private static Result ParseNew(string value)
    {
        var items = new List<string>();
        foreach (var range in value.AsSpan().Split(','))
        {
            var item = value.AsSpan(range).Trim(" \t");
            if (item.IsEmpty)
                continue;
            if (!HttpSyntax.IsToken(item))
                return new(false, []);
            items.Add(item.ToString());
        }
        return new(true, items.ToArray());
    }
}
