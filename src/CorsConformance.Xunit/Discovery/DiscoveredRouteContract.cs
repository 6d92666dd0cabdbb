using CorsConformance.Contract;

namespace CorsConformance.Xunit.Discovery;

/// <summary>The contract's defaults applied to one discovered route: the only endpoint, at its sample path.</summary>
internal static class DiscoveredRouteContract
{
    /// <summary>The methods of the route the contract allows cross-origin (any: all of the contract's).</summary>
    public static IReadOnlyList<string> Methods(DiscoveredRoute route, CorsContract contract) =>
        route.Methods.Count == 0
            ? contract.AllowedMethods
            : route.Methods.Where(m => m != "OPTIONS" && contract.AllowedMethods.Contains(m, StringComparer.Ordinal)).ToArray();

    public static CorsContract For(DiscoveredRoute route, CorsContract contract) => contract with
    {
        Endpoints = [new CorsEndpoint { Path = route.SamplePath, Methods = Methods(route, contract) }],
        ErrorProbes = new ErrorProbePaths(),
        WebSocketPaths = [],
    };
}
