using CorsConformance.Http;

namespace CorsConformance.Findings;

/// <summary>Reads the CORS-relevant response values the judges compare.</summary>
internal static class CorsHeaderValues
{
    public const string Acao = "Access-Control-Allow-Origin";
    public const string Acac = "Access-Control-Allow-Credentials";
    public const string Acam = "Access-Control-Allow-Methods";
    public const string Acah = "Access-Control-Allow-Headers";
    public const string Acma = "Access-Control-Max-Age";

    public static bool VaryCoversOrigin(RecordedResponse response) =>
        response.Headers.All("Vary").SelectMany(v => v.Split(',')).Select(v => v.Trim())
            .Any(v => v == "*" || v.Equals("Origin", StringComparison.OrdinalIgnoreCase));

    public static bool IsUncacheable(RecordedResponse response) =>
        response.Headers.All("Cache-Control").SelectMany(v => v.Split(',')).Select(v => v.Trim())
            .Any(v => v.Equals("no-store", StringComparison.OrdinalIgnoreCase) || v.StartsWith("private", StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<HeaderLine> CorsLines(RecordedResponse response) =>
        response.Headers.Where(h => h.Name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase)
                                    || h.Name.Equals("Vary", StringComparison.OrdinalIgnoreCase)).ToArray();

    public static IReadOnlyList<string> ListElements(RecordedResponse response, string name) =>
        response.Headers.All(name).SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();
}
