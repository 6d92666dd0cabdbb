using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CorsConformance.TestApps.Shop;

/// <summary>
/// A "reverse proxy" layer in front of the app (think nginx <c>add_header Access-Control-Allow-Origin $http_origin</c>
/// guarded by its own allowlist) that appends its own ACAO to whatever the app already sent: two ACAO lines.
/// </summary>
internal sealed class ProxyAcaoMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (ShopContract.AllowedOrigins.Contains(origin, StringComparer.Ordinal))
        {
            // Registered before the app's own CORS middleware, so it runs after it (OnStarting callbacks run last-in first-out).
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.Append(HeaderNames.AccessControlAllowOrigin, origin);
                return Task.CompletedTask;
            });
        }
        return next(context);
    }
}
