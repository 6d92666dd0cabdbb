using System.Text.RegularExpressions;

namespace CorsConformance.Contract;

/// <summary>
/// Checks the paths of a contract. Endpoint, error-probe and WebSocket paths are concrete request paths relative to
/// the base URL; excluded paths may also be route templates or prefixes ending in <c>*</c>. Each fix quotes the
/// path with every problem corrected at once.
/// </summary>
internal static partial class ContractPathRules
{
    [GeneratedRegex(@"\{[^}]*\}?")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"(?<=/):[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex ColonParameter();

    /// <summary>Problem with a concrete request path (endpoints, error probes, WebSocket paths), or null.</summary>
    public static ContractProblem? CheckConcretePath(string? path, string example)
    {
        if (string.IsNullOrWhiteSpace(path))
            return new("is empty.", $"write a path such as '{example}', or remove the entry.");
        var fix = $"write '{Concrete(Relative(path))}'.";
        if (CheckRelative(path, fix) is { } problem) return problem;
        if (path.Contains('{') || path.Contains('}') || ColonParameter().IsMatch(path) || path.Contains('*'))
            return new($"'{path}' is a route template; cases send real requests, so the path must be one your API answers.",
                $"write a concrete path, e.g. '{Concrete(path)}' (with an id that exists).");
        if (path.Contains('#'))
            return new($"'{path}' has a fragment; browsers never send the '#...' part to the server.", fix);
        return null;
    }

    /// <summary>Problem with an excluded route pattern (exact path, route template, or prefix ending in '*'), or null.</summary>
    public static ContractProblem? CheckExcludedPattern(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
            return new("is empty.", "write a path such as '/health' or a prefix such as '/internal/*', or remove the entry.");
        var relative = Relative(pattern);
        // A catch-all parameter ('{*rest}', '{**path}') is part of a route template, not a prefix wildcard.
        var star = RouteParameter().Replace(relative, m => new string('_', m.Length)).IndexOf('*');
        var fix = $"write '{(star >= 0 ? relative[..(star + 1)] : relative)}'.";
        if (CheckRelative(pattern, fix) is { } problem) return problem;
        if (star >= 0 && star != relative.Length - 1)
            return new($"'{pattern}' has '*' before the end; an excluded path is an exact path, a route template, or a prefix ending in '*'.", fix);
        return null;
    }

    private static ContractProblem? CheckRelative(string path, string fix)
    {
        if (path.Trim() != path)
            return new($"'{path}' has spaces around it.", fix);
        if (IsAbsoluteUrl(path, out _))
            return new($"'{path}' is a full URL; contract paths are relative to the base URL the run targets.", fix);
        if (path.Any(char.IsWhiteSpace))
            return new($"'{path}' contains white space, which a request line cannot carry.", fix);
        if (!path.StartsWith('/'))
            return new($"'{path}' does not start with '/'; paths are relative to the base URL.", fix);
        return null;
    }

    private static bool IsAbsoluteUrl(string path, out Uri? url) =>
        Uri.TryCreate(path, UriKind.Absolute, out url) && url.Scheme is "http" or "https" or "ws" or "wss";

    /// <summary>Trimmed, path part of a full URL, spaces escaped, starting with '/'.</summary>
    private static string Relative(string path)
    {
        var value = path.Trim();
        if (IsAbsoluteUrl(value, out var url)) value = Uri.UnescapeDataString(url!.PathAndQuery);
        value = string.Concat(value.Select(c => char.IsWhiteSpace(c) ? "%20" : c.ToString()));
        return "/" + value.TrimStart('.', '/');
    }

    /// <summary>Route parameters and '*' replaced by <c>1</c>, fragment dropped.</summary>
    private static string Concrete(string path)
    {
        var hash = path.IndexOf('#');
        var value = hash >= 0 ? path[..hash] : path;
        value = ColonParameter().Replace(RouteParameter().Replace(value, "1"), "1");
        return value.Replace("}", "", StringComparison.Ordinal).Replace("*", "1", StringComparison.Ordinal);
    }
}
