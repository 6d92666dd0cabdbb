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

app.MapGroup("/api/orders").MapOrders();

app.MapGet("/api/account", (HttpContext context) => Results.Ok(new { user = context.User.Identity!.Name }))
    .RequireAuthorization();

app.Map("/ws/notifications", NotificationsSocket.Handle(trustedOrigins));

app.Run();

/// <summary>The entry point, public so WebApplicationFactory&lt;Program&gt; (and CorsConformanceTests&lt;Program&gt;) can start the app.</summary>
public partial class Program;
