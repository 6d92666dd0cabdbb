using Microsoft.Extensions.Configuration;

namespace CorsConformance.Xunit.Live;

/// <summary>Where a live suite finds its base URL when the test class does not say.</summary>
internal static class LiveSettings
{
    public const string BaseUrlVariable = "CORS_CONFORMANCE_BASE_URL";
    public const string BaseUrlKey = "CorsConformance:BaseUrl";

    /// <summary>
    /// <c>CORS_CONFORMANCE_BASE_URL</c>, else <c>CorsConformance:BaseUrl</c> from <c>appsettings.json</c> next to the
    /// test assembly or from the environment (<c>CorsConformance__BaseUrl</c>); null when none is set.
    /// </summary>
    public static string? BaseUrl()
    {
        var fromVariable = Environment.GetEnvironmentVariable(BaseUrlVariable);
        if (!string.IsNullOrWhiteSpace(fromVariable)) return fromVariable.Trim();
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var fromConfiguration = configuration[BaseUrlKey];
        return string.IsNullOrWhiteSpace(fromConfiguration) ? null : fromConfiguration.Trim();
    }

    public static string MissingReason(string className) =>
        $"No live base URL: set the {BaseUrlVariable} environment variable (e.g. {BaseUrlVariable}=https://staging.example.com), " +
        $"or {BaseUrlKey} in appsettings.json, or override BaseUrl in {className}.";

    /// <summary>The base URL as an absolute http(s) URI, or an error naming where the value came from and what to write.</summary>
    public static Uri Parse(string value, string className)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment))
            return url;
        throw new CorsConformanceException(
            $"The live base URL '{value}' (from {BaseUrlVariable}, {BaseUrlKey} or {className}.BaseUrl) is not an absolute " +
            "http:// or https:// URL without query or fragment; write e.g. https://staging.example.com or https://example.com/api.");
    }
}
