using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CorsConformance.Tests.Http;

/// <summary>The two transports the probe records over.</summary>
public enum Transport
{
    /// <summary>TestServer, in memory (HttpClient over TestServer.CreateHandler()).</summary>
    InMemory,
    /// <summary>Kestrel on 127.0.0.1 (HttpClient over a plain SocketsHttpHandler).</summary>
    Kestrel,
}

/// <summary>
/// A real ASP.NET Core app that emits header fields as separate lines or as one comma-joined line:
/// <c>/two-acao</c>, <c>/one-line-acao</c>, <c>/two-vary</c>, <c>/one-line-vary</c>.
/// </summary>
internal sealed class RepeatedHeaderServer : IAsyncDisposable
{
    public const string Acao = "Access-Control-Allow-Origin";
    public const string Origin = "https://app.example.com";
    public const string OtherOrigin = "https://admin.example.com";

    private readonly WebApplication _app;

    private RepeatedHeaderServer(WebApplication app, HttpClient client, Uri baseUrl)
    {
        _app = app;
        Client = client;
        BaseUrl = baseUrl;
    }

    public HttpClient Client { get; }

    public Uri BaseUrl { get; }

    public static async Task<RepeatedHeaderServer> StartAsync(Transport transport)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        if (transport == Transport.InMemory) builder.WebHost.UseTestServer();
        else builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        // Append twice = two field lines on the wire (Kestrel writes one line per StringValues element).
        app.MapGet("/two-acao", (HttpContext c) => Emit(c, Acao, Origin, Origin));
        app.MapGet("/one-line-acao", (HttpContext c) => Emit(c, Acao, $"{Origin}, {OtherOrigin}"));
        app.MapGet("/two-vary", (HttpContext c) => Emit(c, "Vary", "Origin", "Accept-Encoding"));
        app.MapGet("/one-line-vary", (HttpContext c) => Emit(c, "Vary", "Origin, Accept-Encoding"));
        await app.StartAsync();

        if (transport == Transport.InMemory)
        {
            var server = app.GetTestServer();
            return new RepeatedHeaderServer(app, new HttpClient(server.CreateHandler()) { BaseAddress = server.BaseAddress }, server.BaseAddress);
        }
        var baseUrl = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        var socketClient = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        return new RepeatedHeaderServer(app, socketClient, baseUrl);
    }

    private static string Emit(HttpContext context, string name, params string[] lines)
    {
        foreach (var line in lines) context.Response.Headers.Append(name, line);
        return "ok";
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
