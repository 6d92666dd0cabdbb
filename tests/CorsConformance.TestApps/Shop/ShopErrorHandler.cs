using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CorsConformance.TestApps.Shop;

/// <summary>
/// The shop's exception handler: a lambda that answers 500 with a small JSON body. ExceptionHandlerMiddleware calls
/// Response.Clear() first (every header written so far is gone) and does not re-run the pipeline for a lambda handler.
/// ASP.NET's CorsMiddleware still puts its headers on this 500 because it writes them in Response.OnStarting, which
/// Clear() leaves registered (seen on TestServer and Kestrel, see TestAppBehaviourTests).
/// </summary>
internal static class ShopErrorHandler
{
    public static ExceptionHandlerOptions Options { get; } = new()
    {
        ExceptionHandler = context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("{\"error\":\"internal server error\"}");
        },
    };
}
