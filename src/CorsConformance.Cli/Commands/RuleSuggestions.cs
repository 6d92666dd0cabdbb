using System.Text;
using CorsConformance.Rules;
using CorsConformance.Text;

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
            .Select(r => (r.Id, Score: EditDistance.Between(wanted, r.Id) - 2 * words.Count(w => w.Length > 2 && r.Id.Contains(w, StringComparison.Ordinal))))
            .OrderBy(p => p.Score).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(p => p.Id)
            .ToList();
    }
}
