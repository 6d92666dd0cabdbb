using System.Text;
using CorsConformance.Rules;

namespace CorsConformance.Cli.Commands;

/// <summary>Finds a rule by a loosely written id (any case, PascalCase, underscores) and suggests the closest ids for a typo.</summary>
internal static class RuleSuggestions
{
    public static string Normalize(string raw)
    {
        var text = new StringBuilder();
        var trimmed = raw.Trim();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c is '_' or ' ' or '.') c = '-';
            if (char.IsUpper(c) && i > 0 && char.IsLower(trimmed[i - 1])) text.Append('-');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    public static bool TryFind(string raw, out RuleInfo rule) => RuleCatalog.TryGet(Normalize(raw), out rule);

    /// <summary>Up to <paramref name="count"/> ids closest to <paramref name="raw"/> (edit distance, with a bonus for shared words).</summary>
    public static IReadOnlyList<string> Closest(string raw, int count = 3)
    {
        var wanted = Normalize(raw);
        var words = wanted.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return RuleCatalog.All
            .Select(r => (r.Id, Score: Distance(wanted, r.Id) - 2 * words.Count(w => w.Length > 2 && r.Id.Contains(w, StringComparison.Ordinal))))
            .OrderBy(p => p.Score).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(p => p.Id)
            .ToList();
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
