using CorsConformance.Browser;
using CorsConformance.Http;

namespace CorsConformance.Cases;

/// <summary>Short readable case names, e.g. <c>preflight PUT /api/orders from https://app.example.com with credentials [Authorization, Content-Type]</c>.</summary>
internal static class CaseNames
{
    public static string Of(string prefix, string method, string path, string origin, CredentialsMode credentials, IReadOnlyList<HeaderLine> headers, string? suffix = null)
    {
        var name = $"{prefix} {method} {path} from {origin}";
        if (credentials == CredentialsMode.Include) name += " with credentials";
        if (headers.Count > 0) name += " [" + string.Join(", ", headers.Select(h => h.Name)) + "]";
        return suffix is null ? name : name + " " + suffix;
    }
}
