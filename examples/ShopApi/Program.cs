using Microsoft.AspNetCore.Authentication;
using ShopApi;

var builder = WebApplication.CreateBuilder(args);

// The browser apps that call this API. Configuration can override them per environment.
string[] trustedOrigins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>()
    ?? ["https://app.example.com", "https://admin.example.com"];

builder.Services.AddCors(options =>
{
    // Everything under /api: the shop's own front ends, with cookies/bearer tokens.
    options.AddDefaultPolicy(policy => policy
        .WithOrigins(trustedOrigins)
        .AllowCredentials()
        .WithMethods("GET", "POST", "PUT", "DELETE")
        .WithHeaders("Authorization", "Content-Type", "X-Request-Id")
        .WithExposedHeaders("X-Total-Count", "X-Request-Id")
        .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));

    // The product catalog is public: any site may read it, without credentials.
    options.AddPolicy("public-catalog", policy => policy.AllowAnyOrigin().WithMethods("GET"));
});
builder.Services.AddAuthentication(DemoBearerHandler.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, DemoBearerHandler>(DemoBearerHandler.SchemeName, configureOptions: null);
builder.Services.AddAuthorization();
builder.Services.AddSingleton<OrderStore>();

var app = builder.Build();

// Outermost: a JSON 500. UseCors runs inside it, and ASP.NET Core applies CORS headers when the response starts,
// so the 500 still carries them and the browser app can show the error instead of "Failed to fetch".
app.UseExceptionHandler(error => error.Run(context =>
    Results.Problem("Something went wrong on our side.", statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context)));

// CORS before authentication: preflights carry no credentials and must be answered before any auth check.
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseWebSockets();

app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));

app.MapGet("/api/products", () => Catalog.Products).RequireCors("public-catalog");

var orders = app.MapGroup("/api/orders");
orders.MapGet("/", (OrderStore store, HttpResponse response) =>
{
    var all = store.All();
    response.Headers["X-Total-Count"] = all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    return Results.Ok(all);
});
orders.MapPost("/", (OrderStore store, NewOrder order) => Results.Created($"/api/orders/{store.Add(order).Id}", order));
orders.MapGet("/{id:int}", (OrderStore store, int id) => store.Find(id) is { } order ? Results.Ok(order) : Results.NotFound());
orders.MapPut("/{id:int}", (OrderStore store, int id, NewOrder order) => store.Replace(id, order) ? Results.NoContent() : Results.NotFound());
orders.MapDelete("/{id:int}", (OrderStore store, int id) => store.Remove(id) ? Results.NoContent() : Results.NotFound());
orders.MapGet("/export", string () => throw new InvalidOperationException("The export service is not reachable."));

app.MapGet("/api/account", (HttpContext context) => Results.Ok(new { user = context.User.Identity!.Name }))
    .RequireAuthorization();

app.Map("/ws/notifications", NotificationsSocket.Handle(trustedOrigins));

app.Run();

/// <summary>The entry point, public so WebApplicationFactory&lt;Program&gt; (and CorsConformanceTests&lt;Program&gt;) can start the app.</summary>
public partial class Program;
