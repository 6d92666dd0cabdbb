using Microsoft.AspNetCore.Http;

namespace CorsConformance.TestApps.Shop;

/// <summary>
/// A gateway layer in front of the app that forwards only the methods each route declares (none declares OPTIONS):
/// every OPTIONS request, preflights included, is answered 404 without ever reaching the app's CORS middleware.
/// </summary>
internal sealed class OptionsNotRoutedMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsOptions(context.Request.Method)) return next(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
