using System.Net;
using CorsConformance.TestApps.Shop;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CorsConformance.TestApps;

/// <summary>
/// Starts the shop apps: small real ASP.NET Core minimal APIs (slim builder, no logging), correct or with one CORS
/// mistake each (<see cref="TestAppKind"/>), in memory (TestServer) or on a real Kestrel socket on 127.0.0.1.
/// </summary>
public static class TestApp
{
    /// <summary>Starts <paramref name="kind"/> on an in-memory TestServer.</summary>
    public static InMemoryTestApp StartInMemory(TestAppKind kind)
    {
        var builder = CreateBuilder();
        builder.WebHost.UseTestServer();
        var app = Build(builder, kind);
        app.Start();
        return new InMemoryTestApp(kind, app, app.GetTestServer());
    }

    /// <summary>Starts <paramref name="kind"/> on Kestrel, bound to <c>http://127.0.0.1:0</c> (a free port).</summary>
    public static async Task<KestrelTestApp> StartKestrelAsync(TestAppKind kind, CancellationToken cancellationToken = default)
    {
        var builder = CreateBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = Build(builder, kind);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new KestrelTestApp(kind, app, new Uri(address.TrimEnd('/') + "/"));
    }

    private static WebApplicationBuilder CreateBuilder()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Production: WebApplication adds the developer exception page in Development, which would hide the apps' own handlers.
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(TestApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        return builder;
    }

    private static WebApplication Build(WebApplicationBuilder builder, TestAppKind kind)
    {
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Unknown test app kind {(int)kind}.");
        ShopApp.AddServices(builder.Services, kind);
        var app = builder.Build();
        ShopApp.UsePipeline(app, kind);
        return app;
    }
}
