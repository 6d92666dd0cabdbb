namespace CorsConformance.Http;

/// <summary>URL helpers shared by every transport.</summary>
public static class Urls
{
    /// <summary>
    /// Joins a base URL and a path the way a user means it: <c>https://h/api</c> + <c>/orders</c> → <c>https://h/api/orders</c>.
    /// </summary>
    public static Uri Combine(Uri baseUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var left = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var right = string.IsNullOrEmpty(path) ? "/" : (path.StartsWith('/') ? path : "/" + path);
        return new Uri(left + right);
    }
}
