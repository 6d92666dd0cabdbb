using CorsConformance.Browser;
using CorsConformance.Http;

namespace CorsConformance.Cases;

/// <summary>Short readable case names, e.g. <c>preflight PUT /api/orders from https://app.example.com with credentials [Authorization, Content-Type]</c>.</summary>
internal static class CaseNames
{
    public static string Of(string prefix, string method, string path, string origin, CredentialsMode credentials, IReadOnlyList<HeaderLine> headers, string? suffix = null)
    {
        // One string per name (an expansion names every case of the matrix).
        var withCredentials = credentials == CredentialsMode.Include ? " with credentials" : "";
        var headerList = headers.Count == 0 ? "" : " [" + string.Join(", ", headers.Select(h => h.Name)) + "]";
        return suffix is null
            ? $"{prefix} {method} {path} from {origin}{withCredentials}{headerList}"
            : $"{prefix} {method} {path} from {origin}{withCredentials}{headerList} {suffix}";
    }
}
