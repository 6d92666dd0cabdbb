namespace CorsConformance.Http;

/// <summary>Lookups over an ordered list of header lines, following Fetch's "get" semantics.</summary>
public static class HeaderLines
{
    /// <summary>All raw values of <paramref name="name"/> (case-insensitive), one per line, in order.</summary>
    public static IReadOnlyList<string> All(this IReadOnlyList<HeaderLine> lines, string name)
    {
        List<string>? values = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.Equals(lines[i].Name, name, StringComparison.OrdinalIgnoreCase))
                (values ??= []).Add(lines[i].Value);
        }
        return values ?? (IReadOnlyList<string>)Array.Empty<string>();
    }

    /// <summary>
    /// Fetch "get": the values of every line named <paramref name="name"/> joined with ", ",
    /// or null when no such line exists. Two <c>Access-Control-Allow-Origin</c> lines become <c>a, a</c>.
    /// </summary>
    public static string? Combined(this IReadOnlyList<HeaderLine> lines, string name)
    {
        var first = IndexOf(lines, name, 0);
        if (first < 0)
            return null;
        if (IndexOf(lines, name, first + 1) < 0)
            return lines[first].Value ?? string.Empty; // what string.Join gives for one value
        return string.Join(", ", lines.All(name));
    }

    /// <summary>True when at least one line named <paramref name="name"/> exists.</summary>
    public static bool Has(this IReadOnlyList<HeaderLine> lines, string name) => IndexOf(lines, name, 0) >= 0;

    private static int IndexOf(IReadOnlyList<HeaderLine> lines, string name, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            if (string.Equals(lines[i].Name, name, StringComparison.OrdinalIgnoreCase))
                return i;
        }
        return -1;
    }
}
