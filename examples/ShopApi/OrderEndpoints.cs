using System.Globalization;

namespace ShopApi;

/// <summary>The order routes (the BrokenApi example maps the very same ones).</summary>
public static class OrderEndpoints
{
    /// <summary>GET/POST <c>/</c>, GET/PUT/DELETE <c>/{id:int}</c>, and <c>/export</c>, which fails (a 500 to keep CORS on).</summary>
    public static RouteGroupBuilder MapOrders(this RouteGroupBuilder orders)
    {
        orders.MapGet("/", (OrderStore store, HttpResponse response) =>
        {
            var all = store.All();
            response.Headers["X-Total-Count"] = all.Count.ToString(CultureInfo.InvariantCulture);
            return Results.Ok(all);
        });
        orders.MapPost("/", (OrderStore store, NewOrder order) => Results.Created($"/api/orders/{store.Add(order).Id}", order));
        orders.MapGet("/{id:int}", (OrderStore store, int id) => store.Find(id) is { } order ? Results.Ok(order) : Results.NotFound());
        orders.MapPut("/{id:int}", (OrderStore store, int id, NewOrder order) => store.Replace(id, order) ? Results.NoContent() : Results.NotFound());
        orders.MapDelete("/{id:int}", (OrderStore store, int id) => store.Remove(id) ? Results.NoContent() : Results.NotFound());
        orders.MapGet("/export", string () => throw new InvalidOperationException("The export service is not reachable."));
        return orders;
    }
}
