using CorsConformance.Contract;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace CorsConformance.Xunit.Discovery;

/// <summary>
/// Whether the contract covers a route (an endpoint, error-probe or WebSocket path reaches it) or excludes it
/// (<see cref="CorsContract.ExcludedPaths"/>: the exact template, a concrete path reaching it, or a prefix ending in <c>*</c>).
/// </summary>
internal static class RouteCoverage
{
    public static bool IsCovered(DiscoveredRoute route, CorsContract contract) =>
        ContractPaths(contract).Any(path => Reaches(route, path));

    public static bool IsExcluded(DiscoveredRoute route, CorsContract contract) =>
        contract.ExcludedPaths.Any(pattern => Excludes(pattern, route));

    /// <summary>The routes neither covered nor excluded, in template order.</summary>
    public static IReadOnlyList<DiscoveredRoute> Uncovered(IEnumerable<DiscoveredRoute> routes, CorsContract contract) =>
        routes.Where(r => !IsCovered(r, contract) && !IsExcluded(r, contract)).ToArray();

    private static IEnumerable<string> ContractPaths(CorsContract contract) =>
        contract.Endpoints.Select(e => e.Path)
            .Concat(contract.WebSocketPaths)
            .Concat(new[] { contract.ErrorProbes.Throwing, contract.ErrorProbes.Unauthorized }.OfType<string>());

    private static bool Excludes(string pattern, DiscoveredRoute route)
    {
        var normalized = "/" + pattern.Trim().TrimStart('/');
        if (normalized.EndsWith('*'))
        {
            var prefix = normalized[..^1];
            return route.Template.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || route.Template.Equals(prefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
                || (prefix.Length > 1 && route.SamplePath.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        }
        return normalized.TrimEnd('/').Equals(route.Template.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            || Reaches(route, normalized);
    }

    /// <summary>True when a request to <paramref name="path"/> would match the route's template (constraints aside).</summary>
    private static bool Reaches(DiscoveredRoute route, string path)
    {
        var query = path.IndexOfAny(['?', '#']);
        var bare = query >= 0 ? path[..query] : path;
        if (bare.Length > 1) bare = bare.TrimEnd('/');
        RoutePattern pattern;
        try { pattern = RoutePatternFactory.Parse(route.Template); }
        catch (RoutePatternException) { return bare.Equals(route.Template, StringComparison.OrdinalIgnoreCase); }
        var matcher = new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary(pattern.Defaults));
        return matcher.TryMatch(new PathString(bare), new RouteValueDictionary());
    }
}
