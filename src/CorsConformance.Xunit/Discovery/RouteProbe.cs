using CorsConformance.Probing;

namespace CorsConformance.Xunit.Discovery;

/// <summary>A forgotten route probed with the contract's defaults (no results: none of its methods is allowed by the contract).</summary>
internal sealed record RouteProbe(DiscoveredRoute Route, IReadOnlyList<CaseResult> Results);
