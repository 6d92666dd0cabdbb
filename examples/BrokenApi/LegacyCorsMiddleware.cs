namespace BrokenApi;

/// <summary>
/// CORS written by hand instead of <c>UseCors</c>, the way many teams did before (or instead of) reading the docs.
/// It gets the basics right (exact origin echo, credentials, exposed headers) and ships the classic mistakes.
/// </summary>
public sealed class LegacyCorsMiddleware(RequestDelegate next)
{
    // Mistake: "null" was added so the team could test from a file:// page. Sandboxed iframes and data: URLs of any
    // site send Origin: null too, so every site can now read the API with the user's cookies.
    private static readonly HashSet<string> AllowedOrigins = new(StringComparer.Ordinal)
    {
        "https://app.example.com",
        "https://admin.example.com",
        "null",
    };

    /// <summary>Adds CORS headers for allowed origins and answers preflights.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        var allowed = AllowedOrigins.Contains(origin);
        if (allowed)
        {
            // Mistake: the answer depends on Origin but there is no "Vary: Origin", so a shared cache (CDN, proxy,
            // the browser's own) can serve app.example.com's answer to admin.example.com, which the browser blocks.
            var headers = context.Response.Headers;
            headers.AccessControlAllowOrigin = origin;
            headers.AccessControlAllowCredentials = "true";
            headers.AccessControlExposeHeaders = "X-Total-Count, X-Request-Id";
        }

        var isPreflight = HttpMethods.IsOptions(context.Request.Method)
            && context.Request.Headers.ContainsKey("Access-Control-Request-Method");
        if (!isPreflight) return next(context);

        if (allowed)
        {
            var headers = context.Response.Headers;
            // Mistake: the method list was written when the API was read-only; PUT and DELETE were added later.
            headers.AccessControlAllowMethods = "GET, POST";
            headers.AccessControlAllowHeaders = "Authorization, Content-Type, X-Request-Id";
            // Mistake: a day, while the contract promises 10 minutes (and Chromium caps it at 2 hours anyway).
            headers.AccessControlMaxAge = "86400";
        }
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }
}
