namespace CorsConformance.Http;

/// <summary>Lookups over an ordered list of header lines, following Fetch's "get" semantics.</summary>
public static class HeaderLines
{
    /// <summary>All raw values of <paramref name="name"/> (case-insensitive), one per line, in order.</summary>
    public static IReadOnlyList<string> All(this IReadOnlyList<HeaderLine> lines, string name)
    {
        List<string>? values = null;
        foreach (var line in lines)
        {
            if (string.Equals(line.Name, name, StringComparison.OrdinalIgnoreCase))
                (values ??= []).Add(line.Value);
        }
        return values ?? (IReadOnlyList<string>)Array.Empty<string>();
    }

    /// <summary>
    /// Fetch "get": the values of every line named <paramref name="name"/> joined with ", ",
    /// or null when no such line exists. Two <c>Access-Control-Allow-Origin</c> lines become <c>a, a</c>.
    /// </summary>
    public static string? Combined(this IReadOnlyList<HeaderLine> lines, string name)
    {
        var all = lines.All(name);
        return all.Count == 0 ? null : string.Join(", ", all);
    }

    /// <summary>True when at least one line named <paramref name="name"/> exists.</summary>
    public static bool Has(this IReadOnlyList<HeaderLine> lines, string name) => lines.All(name).Count > 0;
}
