using CorsConformance.Contract;

namespace CorsConformance.Xunit.Discovery;

/// <summary>
/// Whether the contract covers a route (an endpoint, error-probe or WebSocket path reaches it, constraints included) or excludes it
/// (<see cref="CorsContract.ExcludedPaths"/>: the exact template, a concrete path reaching it, or a prefix ending in <c>*</c>).
/// </summary>
internal static class RouteCoverage
{
    public static bool IsCovered(DiscoveredRoute route, CorsContract contract, RouteMatcher matcher) =>
        ContractPaths(contract).Any(path => matcher.Reaches(route, path));

    public static bool IsExcluded(DiscoveredRoute route, CorsContract contract, RouteMatcher matcher) =>
        contract.ExcludedPaths.Any(pattern => Excludes(pattern, route, matcher));

    /// <summary>The routes neither covered nor excluded, in template order.</summary>
    public static IReadOnlyList<DiscoveredRoute> Uncovered(IEnumerable<DiscoveredRoute> routes, CorsContract contract, RouteMatcher matcher) =>
        routes.Where(r => !IsCovered(r, contract, matcher) && !IsExcluded(r, contract, matcher)).ToArray();

    private static IEnumerable<string> ContractPaths(CorsContract contract) =>
        contract.Endpoints.Select(e => e.Path)
            .Concat(contract.WebSocketPaths)
            .Concat(new[] { contract.ErrorProbes.Throwing, contract.ErrorProbes.Unauthorized }.OfType<string>());

    private static bool Excludes(string pattern, DiscoveredRoute route, RouteMatcher matcher)
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
            || matcher.Reaches(route, normalized);
    }
}
