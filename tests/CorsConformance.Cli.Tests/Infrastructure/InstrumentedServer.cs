using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorsConformance.Cli.Tests.Infrastructure;

/// <summary>
/// A Kestrel app on 127.0.0.1 with correct hand-written CORS for https://app.example.com that counts requests in flight
/// (each answer takes <see cref="Delay"/>), and a <c>/api/slow</c> path that answers only after <see cref="SlowDelay"/>.
/// </summary>
public sealed class InstrumentedServer : IAsyncDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(25);
    public static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(4);
    public const string Origin = "https://app.example.com";

    private readonly WebApplication _app;
    private int _inFlight;
    private int _maxInFlight;
    private int _requests;

    private InstrumentedServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The methods of every request received.</summary>
    public IReadOnlyCollection<string> Methods => [.. _methods];

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _methods = new();

    public static string Contract(params string[] paths) => Contract(false, paths);

    public static string Contract(bool allowUnsafeLiveRequests, params string[] paths) => $$"""
        {
          "allowUnsafeLiveRequests": {{(allowUnsafeLiveRequests ? "true" : "false")}},
          "allowedOrigins": ["{{Origin}}"],
          "allowCredentials": true,
          "allowedMethods": ["GET", "PUT"],
          "allowedHeaders": ["Content-Type"],
          "endpoints": [{{string.Join(", ", paths.Select(p => $$"""{ "path": "{{p}}", "methods": ["GET", "PUT"] }"""))}}]
        }
        """;

    public static async Task<InstrumentedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        InstrumentedServer? self = null;
        app.Use(async (context, next) =>
        {
            var server = self!;
            Interlocked.Increment(ref server._requests);
            server._methods.Enqueue(context.Request.Method);
            var now = Interlocked.Increment(ref server._inFlight);
            int max;
            while (now > (max = Volatile.Read(ref server._maxInFlight)) && Interlocked.CompareExchange(ref server._maxInFlight, now, max) != max) { }
            try
            {
                var slow = context.Request.Path.StartsWithSegments("/api/slow");
                await Task.Delay(slow ? SlowDelay : Delay, context.RequestAborted);
                var origin = context.Request.Headers.Origin.ToString();
                context.Response.Headers.Vary = "Origin";
                if (origin == Origin)
                {
                    context.Response.Headers.AccessControlAllowOrigin = origin;
                    context.Response.Headers.AccessControlAllowCredentials = "true";
                }
                if (HttpMethods.IsOptions(context.Request.Method))
                {
                    if (origin == Origin)
                    {
                        context.Response.Headers.AccessControlAllowMethods = "GET, PUT";
                        context.Response.Headers.AccessControlAllowHeaders = "Content-Type";
                    }
                    context.Response.StatusCode = 204;
                    return;
                }
                await next(context);
            }
            catch (OperationCanceledException) { }
            finally { Interlocked.Decrement(ref server._inFlight); }
        });
        app.MapGet("/", () => "ok");
        app.MapGet("/api/items", () => Results.Json(new[] { 1, 2 }));
        app.MapPut("/api/items", () => Results.Json(new[] { 1, 2 }));
        app.MapGet("/api/slow", () => Results.Json(new[] { 1 }));
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        self = new InstrumentedServer(app, new Uri(address.TrimEnd('/') + "/"));
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
