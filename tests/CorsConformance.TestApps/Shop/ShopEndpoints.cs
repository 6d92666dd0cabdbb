using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CorsConformance.TestApps.Shop;

/// <summary>
/// The shop's routes: orders (list with X-Total-Count and ETag, create), order 1 (read, replace, patch, delete),
/// the public catalog, <c>/api/boom</c> (throws), <c>/api/account</c> (requires authentication) and the <c>/ws</c> WebSocket.
/// </summary>
internal static class ShopEndpoints
{
    public const string Catalog = "/api/catalog";

    /// <summary>How the routes are decorated for one app kind.</summary>
    /// <param name="CatalogCorsPolicy">Attach the ASP.NET public CORS policy to the catalog (only when UseCors is in the pipeline).</param>
    /// <param name="ExplicitlyAnonymous">Mark every route but the account AllowAnonymous (apps with a fallback authorization policy).</param>
    /// <param name="CheckWebSocketOrigin">The WebSocket refuses foreign origins with 403.</param>
    public sealed record Options(bool CatalogCorsPolicy, bool ExplicitlyAnonymous, bool CheckWebSocketOrigin);

    public static bool IsPublic(PathString path) => path.Equals(Catalog, StringComparison.OrdinalIgnoreCase);

    public static void Map(WebApplication app, Options options)
    {
        List<IEndpointConventionBuilder> open =
        [
            app.MapGet("/api/orders", ListOrders),
            app.MapPost("/api/orders", CreateOrder),
            app.MapGet("/api/orders/{id:int}", ReadOrder),
            app.MapPut("/api/orders/{id:int}", UpdateOrder),
            app.MapPatch("/api/orders/{id:int}", UpdateOrder),
            app.MapDelete("/api/orders/{id:int}", DeleteOrder),
            app.MapGet("/api/boom", Boom),
            app.Map("/ws", ShopWebSocket.Handler(options.CheckWebSocketOrigin)),
        ];
        var catalog = app.MapGet(Catalog, ListCatalog);
        open.Add(catalog);
        if (options.CatalogCorsPolicy) catalog.RequireCors(ShopCorsPolicies.Public);

        app.MapGet("/api/account", (HttpContext context) => Json("{\"user\":\"" + context.User.Identity?.Name + "\"}"))
            .RequireAuthorization();

        if (options.ExplicitlyAnonymous)
            foreach (var route in open) route.AllowAnonymous();
    }

    private static IResult ListOrders(HttpContext context)
    {
        context.Response.Headers["X-Total-Count"] = "2";
        context.Response.Headers[HeaderNames.ETag] = "\"orders-v1\"";
        return Json("[{\"id\":1,\"total\":42.5},{\"id\":2,\"total\":7}]");
    }

    private static IResult CreateOrder(HttpContext context)
    {
        context.Response.Headers[HeaderNames.ETag] = "\"order-3-v1\"";
        return Results.Text("{\"id\":3}", "application/json", statusCode: StatusCodes.Status201Created);
    }

    private static IResult ReadOrder(int id, HttpContext context)
    {
        if (id != 1) return Results.NotFound();
        context.Response.Headers[HeaderNames.ETag] = "\"order-1-v1\"";
        return Json("{\"id\":1,\"total\":42.5}");
    }

    private static IResult UpdateOrder(int id, HttpContext context)
    {
        if (id != 1) return Results.NotFound();
        context.Response.Headers[HeaderNames.ETag] = "\"order-1-v2\"";
        return Json("{\"id\":1,\"total\":42.5}");
    }

    private static IResult DeleteOrder(int id) => id == 1 ? Results.NoContent() : Results.NotFound();

    private static IResult ListCatalog(HttpContext context)
    {
        context.Response.Headers["X-Total-Count"] = "3";
        context.Response.Headers[HeaderNames.ETag] = "\"catalog-v1\"";
        return Json("[\"tea\",\"coffee\",\"cocoa\"]");
    }

    private static IResult Boom() => throw new InvalidOperationException("The shop's /api/boom endpoint always throws (error-path probe).");

    private static IResult Json(string json) => Results.Text(json, "application/json");
}
