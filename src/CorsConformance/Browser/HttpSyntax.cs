using System.Buffers;

namespace CorsConformance.Browser;

/// <summary>
/// The few HTTP grammar pieces the CORS algorithms need: tokens (RFC 9110 §5.6.2), HTTP whitespace
/// (Fetch "HTTP whitespace") and the space/tab trimming that header parsing applies to field values.
/// </summary>
internal static class HttpSyntax
{
    /// <summary>RFC 9110 tchar: <c>!#$%&amp;'*+-.^_`|~</c>, digits and letters.</summary>
    public static bool IsTokenChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
          or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    /// <summary>True for a non-empty string made only of token characters.</summary>
    public static bool IsToken(string value) => IsToken(value.AsSpan());

    private static readonly SearchValues<char> TokenChars =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>True for a non-empty run made only of token characters.</summary>
    public static bool IsToken(ReadOnlySpan<char> value) => value.Length > 0 && !value.ContainsAnyExcept(TokenChars);

    /// <summary>Fetch "HTTP whitespace": TAB, LF, CR, SPACE.</summary>
    public static bool IsHttpWhitespace(char c) => c is '\t' or '\n' or '\r' or ' ';

    /// <summary>Fetch "normalize" a header value: strip leading and trailing HTTP whitespace (what <c>Headers.append</c> does).</summary>
    public static string TrimHttpWhitespace(string value)
    {
        var trimmed = TrimHttpWhitespace(value.AsSpan());
        return trimmed.Length == value.Length ? value : trimmed.ToString();
    }

    /// <summary><see cref="TrimHttpWhitespace(string)"/> on a span.</summary>
    public static ReadOnlySpan<char> TrimHttpWhitespace(ReadOnlySpan<char> value)
    {
        int start = 0, end = value.Length;
        while (start < end && IsHttpWhitespace(value[start]))
            start++;
        while (end > start && IsHttpWhitespace(value[end - 1]))
            end--;
        return value[start..end];
    }

    /// <summary>Trims spaces and tabs (optional whitespace around a received field value, RFC 9110 §5.5).</summary>
    public static string TrimSpacesAndTabs(string value) => value.Trim(' ', '\t');
}
