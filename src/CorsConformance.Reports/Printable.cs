using System.Text;

namespace CorsConformance.Reports;

/// <summary>
/// Makes text from a server safe to print in a terminal or a Markdown page: control characters (ESC sequences, NUL, CR) become
/// visible escapes such as <c>\x1b</c>, so a hostile header value cannot rewrite the reader's screen. Newlines and tabs stay.
/// </summary>
internal static class Printable
{
    public static string Of(string text)
    {
        if (!text.Any(IsUnsafe)) return text;
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsUnsafe(c)) result.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            else result.Append(c);
        }
        return result.ToString();
    }

    private static bool IsUnsafe(char c) => (char.IsControl(c) && c is not '\n' and not '\t') || c is '\u2028' or '\u2029';
}
