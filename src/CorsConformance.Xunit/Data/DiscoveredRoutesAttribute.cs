using System.Reflection;
using CorsConformance.Xunit.Discovery;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace CorsConformance.Xunit.Data;

/// <summary>
/// Theory data for <c>DiscoveredRoute</c>: empty unless the class turns <c>ProbeDiscoveredRoutes</c> on; then the app
/// is started once, its route table read, and each route the contract neither covers nor excludes becomes a row.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class DiscoveredRoutesAttribute : DataAttribute
{
    public const string RoutesError = "(routes)";

    public override async ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        var rows = CorsCasesAttribute.For(testMethod.ReflectedType);
        if (rows.Contract is null) return [];
        var suite = SuiteInstances.Create<CorsConformanceSuite>(testMethod.ReflectedType);
        if (suite is not IRouteDiscovery discovery || !discovery.ProbeDiscoveredRoutes) return [];
        try
        {
            var routes = await discovery.DiscoverRoutesAsync().ConfigureAwait(false);
            return RouteCoverage.Uncovered(routes, rows.Contract)
                .Select(route => Row(route.Template, $"discovered route {route.Display} as {route.SamplePath}",
                    DiscoveredRouteContract.Methods(route, rows.Contract).Count == 0
                        ? $"None of the route's methods ({string.Join(", ", route.Methods)}) is in the contract's AllowedMethods: add the route to the contract or exclude it."
                        : null))
                .ToArray();
        }
        catch (Exception ex)
        {
            return [Row(RoutesError, "routes could not be read: " + ex.Message.ReplaceLineEndings(" "), null)];
        }
    }

    public override bool SupportsDiscoveryEnumeration() => true;

    private static TheoryDataRow<string> Row(string value, string displayName, string? skip) => new(value)
    {
        TestDisplayName = displayName,
        Skip = skip,
        Traits = { ["Category"] = ["CORS"], ["CorsFamily"] = ["DiscoveredRoute"] },
    };
}
