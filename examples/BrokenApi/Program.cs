using Microsoft.AspNetCore.Http.HttpResults;
using ShopApi;

namespace BrokenApi;

/// <summary>
/// A shop API that promises the same CORS contract as the ShopApi example but hand-rolls its CORS, with the mistakes
/// teams really ship (each one is explained in <see cref="LegacyCorsMiddleware"/> and below). Its conformance suite
/// fails on exactly those mistakes.
/// </summary>
public class Program
{
    /// <summary>Starts the API.</summary>
    public static void Main(string[] args) => Build(args).Run();

    /// <summary>The app, configured (WebApplicationFactory&lt;Program&gt; starts it through <see cref="Main"/>).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton<OrderStore>();
        var app = builder.Build();

        // Mistake: the exception handler is outermost and clears the response (headers included) before writing the
        // 500, so the CORS headers the middleware below set up front are gone: the browser app sees "Failed to fetch"
        // instead of the error body.
        app.UseExceptionHandler(error => error.Run(context =>
            Results.Problem("Something went wrong on our side.", statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context)));

        app.UseMiddleware<LegacyCorsMiddleware>();
        app.UseWebSockets();

        app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
        // Mistake: the catalog is meant to be public (any site may read it), but the one hand-rolled policy above
        // only answers the shop's own origins.
        app.MapGet("/api/products", () => Catalog.Products);

        app.MapGroup("/api/orders").MapOrders();

        // A route added later: nobody put it in the CORS contract (route discovery reports it).
        app.MapGet("/api/reports/daily", () => Results.Ok(new { orders = 1 }));

        app.MapGet("/api/account", Results<Ok<object>, UnauthorizedHttpResult> (HttpRequest request) =>
            request.Headers.Authorization == "Bearer demo-token" ? TypedResults.Ok<object>(new { user = "demo" }) : TypedResults.Unauthorized());

        // Mistake: the notifications socket accepts every Origin. Browsers apply no CORS to WebSockets, so any site
        // the user visits can open it with the user's cookies (cross-site WebSocket hijacking).
        app.Map("/ws/notifications", NotificationsSocket.Handle);
        return app;
    }
}
