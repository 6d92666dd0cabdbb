using System.Text;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CorsConformance.Xunit.Discovery;

/// <summary>
/// Reads the app's routes from its <see cref="EndpointDataSource"/>s: every <see cref="RouteEndpoint"/> with its
/// template and methods, grouped by template. Endpoints that disable CORS explicitly (<c>[DisableCors]</c>,
/// <c>.WithMetadata(new DisableCorsAttribute())</c>) are left out: they are deliberately not cross-origin.
/// </summary>
internal static class RouteTable
{
    public static IReadOnlyList<DiscoveredRoute> Read(IServiceProvider services)
    {
        var endpoints = services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IDisableCorsAttribute>() is null)
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>() is not { SuppressMatching: true })
            .Distinct();

        return endpoints
            .GroupBy(e => TemplateOf(e.RoutePattern), StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var methods = g.Select(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).ToArray();
                var anyMethod = methods.Any(m => m.Count == 0);
                return new DiscoveredRoute(
                    g.Key,
                    anyMethod ? [] : methods.SelectMany(m => m).Select(m => m.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray(),
                    SamplePath(g.First().RoutePattern)) { Pattern = g.First().RoutePattern };
            })
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The template as written, with one leading '/' (MVC attribute routes are written without it).</summary>
    internal static string TemplateOf(RoutePattern pattern) =>
        "/" + (pattern.RawText ?? string.Join("/", pattern.PathSegments.Select(Segment))).TrimStart('/');

    /// <summary>A concrete path reaching the route: literals kept, every parameter (optional and catch-all too) filled with <c>1</c>.</summary>
    internal static string SamplePath(RoutePattern pattern)
    {
        if (pattern.PathSegments.Count == 0) return "/";
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => "1",
                });
            }
        }
        return path.ToString();
    }

    private static string Segment(RoutePatternPathSegment segment) => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => "{" + (parameter.IsCatchAll ? "*" : "") + parameter.Name + (parameter.IsOptional ? "?" : "") + "}",
        _ => "",
    }));
}
