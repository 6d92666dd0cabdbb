using CorsConformance.Http;

namespace CorsConformance.Cases;

/// <summary>Plausible values for the request headers a contract allows.</summary>
internal static class SampleHeaders
{
    public const string JsonContentType = "application/json";

    public static string ValueFor(string name) => name.ToLowerInvariant() switch
    {
        "authorization" => "Bearer cors-conformance-probe",
        "content-type" => JsonContentType,
        "accept" => "application/json",
        "accept-language" => "en",
        "content-language" => "en",
        "cookie" => "cors-conformance=probe",
        _ when name.EndsWith("-id", StringComparison.OrdinalIgnoreCase) => "cors-conformance-1",
        _ => "cors-conformance",
    };

    /// <summary>The author headers a client of this endpoint sends (Content-Type only with a body).</summary>
    public static IReadOnlyList<HeaderLine> For(IReadOnlyList<string> allowedHeaders, bool withBody) =>
        allowedHeaders
            .Where(h => h != "*" && (withBody || !h.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
            .Select(h => new HeaderLine(h, ValueFor(h)))
            .ToArray();
}
