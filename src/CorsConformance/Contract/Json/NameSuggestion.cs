using CorsConformance.Text;

namespace CorsConformance.Contract.Json;

/// <summary>"Did you mean" for unknown property names: case slips, small typos, short forms and common aliases.</summary>
internal static class NameSuggestion
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["origins"] = "allowedOrigins",
        ["credentials"] = "allowCredentials",
        ["withCredentials"] = "allowCredentials",
        ["maxAge"] = "maxAgeSeconds",
        ["websockets"] = "webSocketPaths",
        ["webSocket"] = "webSocketPaths",
        ["exclude"] = "excludedPaths",
        ["errorPaths"] = "errorProbes",
        ["route"] = "path",
        ["url"] = "path",
        ["body"] = "sampleBody",
        ["isPublic"] = "public",
        ["404"] = "notFound",
        ["500"] = "throwing",
        ["401"] = "unauthorized",
    };

    /// <summary>The known names <paramref name="name"/> most likely meant, best first; empty when nothing is close.</summary>
    public static IReadOnlyList<string> For(string name, IReadOnlyList<string> known)
    {
        var exact = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return [exact];
        if (Aliases.TryGetValue(name, out var alias) && known.Contains(alias)) return [alias];

        var limit = Math.Clamp(name.Length / 3, 1, 3);
        var close = known
            .Select(k => (Name: k, Distance: EditDistance.Between(name.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .ToArray();
        if (close.Length > 0) return close;

        if (name.Length < 4) return [];
        return known.Where(k => k.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(k, StringComparison.OrdinalIgnoreCase) && k.Length >= 4).ToArray();
    }
}
