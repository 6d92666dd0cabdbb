namespace CorsConformance.Xunit.Discovery;

/// <summary>What discovery-time row computation needs from an in-memory suite (it is generic; the attribute is not).</summary>
internal interface IRouteDiscovery
{
    bool ProbeDiscoveredRoutes { get; }

    /// <summary>Starts the app once (as the suite configures it), reads its route table, and disposes it.</summary>
    Task<IReadOnlyList<DiscoveredRoute>> DiscoverRoutesAsync();
}
