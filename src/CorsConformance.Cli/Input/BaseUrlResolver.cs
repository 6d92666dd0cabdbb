namespace CorsConformance.Cli.Input;

/// <summary>The API base URL from <c>--base-url</c> or the <c>CORS_CONFORMANCE_BASE_URL</c> environment variable.</summary>
internal static class BaseUrlResolver
{
    public const string EnvironmentVariable = "CORS_CONFORMANCE_BASE_URL";

    public static Uri Resolve(string? option, CliEnvironment environment)
    {
        var (raw, source) = !string.IsNullOrWhiteSpace(option)
            ? (option.Trim(), "--base-url")
            : (environment.GetVariable(EnvironmentVariable)?.Trim(), EnvironmentVariable);
        if (string.IsNullOrEmpty(raw))
            throw CliException.Usage($"no base URL: pass --base-url https://staging.example.com or set {EnvironmentVariable}.");
        return Parse(raw, source);
    }

    public static Uri Parse(string raw, string source)
    {
        if (!Uri.TryCreate(raw, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw CliException.Usage($"{source} '{raw}' is not an absolute http:// or https:// URL (example: https://staging.example.com).");
        if (string.IsNullOrEmpty(uri.Host))
            throw CliException.Usage($"{source} '{raw}' has no host.");
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            throw CliException.Usage($"{source} '{raw}' has a query or fragment; give the API's base URL only (paths come from the contract).");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw CliException.Usage($"{source} has credentials in the URL; pass them with --header instead so they are redacted.");
        return uri;
    }
}
