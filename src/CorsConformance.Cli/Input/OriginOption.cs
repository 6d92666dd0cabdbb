namespace CorsConformance.Cli.Input;

/// <summary>Checks that a command-line origin is a serialized origin as browsers send it: <c>scheme://host[:port]</c>.</summary>
internal static class OriginOption
{
    public static string Parse(string raw, string option)
    {
        var origin = raw.Trim();
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) || origin.IndexOf("://", StringComparison.Ordinal) < 0)
            throw CliException.Usage($"{option} '{raw}' is not an origin: write scheme://host[:port], e.g. https://app.example.com.");
        var authorityEnd = origin.IndexOf('/', origin.IndexOf("://", StringComparison.Ordinal) + 3);
        if (authorityEnd >= 0)
        {
            var rest = origin[authorityEnd..];
            throw CliException.Usage(rest == "/"
                ? $"{option} '{raw}' ends with '/': origins have no trailing slash; write {origin[..authorityEnd]}."
                : $"{option} '{raw}' has a path ('{rest}'): an origin is scheme://host[:port] only; write {origin[..authorityEnd]}.");
        }
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            throw CliException.Usage($"{option} '{raw}' is not an origin: write scheme://host[:port] without query, fragment or user info.");
        var serialized = uri.IsDefaultPort ? $"{uri.Scheme}://{uri.Host}" : $"{uri.Scheme}://{uri.Host}:{uri.Port}";
        if (!string.Equals(serialized, origin, StringComparison.Ordinal))
            throw CliException.Usage($"{option} '{raw}' is not written the way browsers send it: write {serialized} (lowercase, default port omitted).");
        return serialized;
    }
}
