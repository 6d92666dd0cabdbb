using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorsConformance.Playwright.Tests.Server;

/// <summary>
/// A tiny real Kestrel server on 127.0.0.1 whose CORS answers are configured per path: <c>/b/{id}</c> answers with the
/// registered <see cref="ServerBehaviour"/>. WebSocket endpoints: <c>/ws/any</c> accepts every Origin,
/// <c>/ws/checked</c> refuses (403) any Origin but <see cref="TrustedWebSocketOrigin"/>.
/// </summary>
public sealed class BehaviourServer : IAsyncDisposable
{
    public const string TrustedWebSocketOrigin = "https://app.example.com";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ServerBehaviour> _behaviours = new();
    private int _next;

    private BehaviourServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Every request received, in arrival order.</summary>
    public ConcurrentQueue<SeenRequest> Seen { get; } = new();

    public static async Task<BehaviourServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        BehaviourServer? self = null;
        app.UseWebSockets();
        app.Run(ctx => self!.HandleAsync(ctx));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new BehaviourServer(app, new Uri(address));
        return self;
    }

    /// <summary>Registers a behaviour and returns its path (<c>/b/{id}</c>).</summary>
    public string Register(ServerBehaviour behaviour)
    {
        var path = $"/b/{Interlocked.Increment(ref _next)}";
        _behaviours[path] = behaviour;
        return path;
    }

    /// <summary>Registers a behaviour at a fixed path (e.g. a redirect target).</summary>
    public void RegisterAt(string path, ServerBehaviour behaviour) => _behaviours[path] = behaviour;

    /// <summary>Changes what an already registered path answers from now on.</summary>
    public void Replace(string path, ServerBehaviour behaviour) => _behaviours[path] = behaviour;

    /// <summary>
    /// The requests whose query holds the whole parameter <paramref name="query"/> (e.g. <c>cc=run-9</c>), never a longer
    /// one that starts with it (<c>cc=run-90</c>).
    /// </summary>
    public IReadOnlyList<SeenRequest> SeenWith(string query) =>
        [.. Seen.Where(s => s.PathAndQuery.IndexOf('?') is var at && at >= 0 && s.PathAndQuery[(at + 1)..].Split('&').Contains(query))];

    private async Task HandleAsync(HttpContext ctx)
    {
        var request = ctx.Request;
        var origin = request.Headers.Origin.Count > 0 ? request.Headers.Origin.ToString() : null;
        Seen.Enqueue(new SeenRequest(request.Method, request.Path + request.QueryString, origin,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));

        if (request.Path.StartsWithSegments("/ws"))
        {
            await HandleWebSocketAsync(ctx, origin);
            return;
        }

        if (!_behaviours.TryGetValue(request.Path.Value ?? "", out var behaviour))
        {
            ctx.Response.StatusCode = 404;
            await ctx.Response.WriteAsync("no behaviour registered at " + request.Path);
            return;
        }

        var spec = HttpMethods.IsOptions(request.Method) ? behaviour.Preflight : behaviour.Actual;
        ctx.Response.StatusCode = spec.Status;
        foreach (var (name, value) in spec.Headers)
            ctx.Response.Headers.Append(name, Expand(value, request, origin));
        if (spec.RedirectTo is not null)
            ctx.Response.Headers.Location = spec.RedirectTo + request.QueryString;
        if (spec.Body.Length > 0 && !HttpMethods.IsHead(request.Method))
        {
            ctx.Response.ContentType ??= "text/plain";
            await ctx.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(spec.Body));
        }
    }

    private static string Expand(string value, HttpRequest request, string? origin) => value
        .Replace("{origin}", origin ?? "", StringComparison.Ordinal)
        .Replace("{acrm}", request.Headers["Access-Control-Request-Method"].ToString(), StringComparison.Ordinal)
        .Replace("{acrh}", request.Headers["Access-Control-Request-Headers"].ToString(), StringComparison.Ordinal);

    private static async Task HandleWebSocketAsync(HttpContext ctx, string? origin)
    {
        if (!ctx.WebSockets.IsWebSocketRequest)
        {
            ctx.Response.StatusCode = 400;
            return;
        }
        if (ctx.Request.Path.StartsWithSegments("/ws/checked") && origin != TrustedWebSocketOrigin)
        {
            ctx.Response.StatusCode = 403;
            return;
        }
        using var socket = await ctx.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, ctx.RequestAborted);
                if (received.MessageType == System.Net.WebSockets.WebSocketMessageType.Close)
                {
                    await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return;
                }
            }
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or OperationCanceledException)
        {
            // the page went away
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
