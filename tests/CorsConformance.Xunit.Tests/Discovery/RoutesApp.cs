using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorsConformance.Xunit.Tests.Discovery;

/// <summary>A small started app (TestServer) with the route shapes discovery must read: constraints, groups, catch-alls, CORS disabled.</summary>
internal sealed class RoutesApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RoutesApp(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static async Task<RoutesApp> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddCors();
        var app = builder.Build();
        app.UseCors();
        app.MapGet("/health", () => "ok");
        var orders = app.MapGroup("/api/orders");
        orders.MapGet("/", () => "all");
        orders.MapPost("/", () => "created");
        orders.MapGet("/{id:int}", (int id) => id);
        orders.MapDelete("/{id:int}", (int id) => id);
        orders.MapGet("/export", () => "csv");
        app.MapGet("/api/tags/{slug:alpha}", (string slug) => slug);
        app.MapGet("/files/{**path}", (string path) => path);
        app.Map("/hub", () => "any method");
        app.MapGet("/internal/metrics", () => "metrics");
        app.MapGet("/admin/only-same-origin", () => "no cors").WithMetadata(new DisableCorsAttribute());
        await app.StartAsync();
        return new RoutesApp(app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
