using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace CorsConformance.Xunit.Discovery;

/// <summary>
/// Whether a concrete path reaches a route the way the app's router decides it: the template must match and every
/// inline constraint (<c>{id:int}</c>, <c>{slug:regex(...)}</c>) must accept the value, so <c>/api/orders/export</c> does
/// not reach <c>/api/orders/{id:int}</c>. Constraints come from the app's own <see cref="ParameterPolicyFactory"/>
/// (custom ones included); without one only the template is compared.
/// </summary>
internal sealed class RouteMatcher(ParameterPolicyFactory? policies)
{
    /// <summary>Compares templates only (no app services at hand).</summary>
    public static RouteMatcher TemplatesOnly { get; } = new(null);

    public bool Reaches(DiscoveredRoute route, string path)
    {
        var end = path.IndexOfAny(['?', '#']);
        var bare = end >= 0 ? path[..end] : path;
        if (bare.Length > 1) bare = bare.TrimEnd('/');
        RoutePattern pattern;
        try { pattern = route.Pattern ?? RoutePatternFactory.Parse(route.Template); }
        catch (RoutePatternException) { return bare.Equals(route.Template, StringComparison.OrdinalIgnoreCase); }

        var values = new RouteValueDictionary();
        var matcher = new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary(pattern.Defaults));
        return matcher.TryMatch(new PathString(bare), values) && ConstraintsAccept(pattern, values);
    }

    private bool ConstraintsAccept(RoutePattern pattern, RouteValueDictionary values)
    {
        if (policies is null) return true;
        foreach (var parameter in pattern.Parameters)
        {
            if (parameter.IsOptional && !values.ContainsKey(parameter.Name)) continue;
            foreach (var reference in parameter.ParameterPolicies)
            {
                IParameterPolicy policy;
                try { policy = policies.Create(parameter, reference); }
                catch (InvalidOperationException) { continue; } // a policy the app cannot build here: judge by template only
                if (policy is IRouteConstraint constraint
                    && !constraint.Match(httpContext: null, route: null, parameter.Name, values, RouteDirection.IncomingRequest))
                    return false;
            }
        }
        return true;
    }
}
