using Microsoft.AspNetCore.Routing.Patterns;

namespace CorsConformance.Xunit.Discovery;

/// <summary>A route of the app's own route table.</summary>
/// <param name="Template">The route template with a leading '/', e.g. <c>/api/orders/{id:int}</c>.</param>
/// <param name="Methods">The HTTP methods it answers (empty: any method).</param>
/// <param name="SamplePath">A concrete path that reaches it: every route parameter filled with <c>1</c>.</param>
internal sealed record DiscoveredRoute(string Template, IReadOnlyList<string> Methods, string SamplePath)
{
    /// <summary>The app's own parsed pattern (null: parse <see cref="Template"/> when needed).</summary>
    public RoutePattern? Pattern { get; init; }

    /// <summary>E.g. <c>GET, POST /api/orders</c> or <c>(any method) /hub</c>.</summary>
    public string Display => (Methods.Count == 0 ? "(any method)" : string.Join(", ", Methods)) + " " + Template;
}
