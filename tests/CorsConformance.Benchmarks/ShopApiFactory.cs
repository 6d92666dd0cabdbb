using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ShopApi;

namespace CorsConformance.Benchmarks;

/// <summary>
/// The real examples/ShopApi in memory, configured the way a test class would in its ConfigureWebHost:
/// the trusted origins through <c>Cors:Origins</c> (the app's own configuration key), and a fresh, seeded order store per
/// request so that every iteration meets the same server state (PUT/DELETE/POST would otherwise change later answers).
/// </summary>
internal sealed class ShopApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyList<string> _trustedOrigins;
    private readonly int _orders;

    public ShopApiFactory(IReadOnlyList<string> trustedOrigins, int orders)
    {
        _trustedOrigins = trustedOrigins;
        _orders = orders;
        ShopApiContentRoot.EnsureFindable();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Host settings: Program.cs reads Cors:Origins before Build(), which only UseSetting values reach
        // (ConfigureAppConfiguration would come too late). appsettings.json holds items 0 and 1, the same two origins.
        for (var i = 0; i < _trustedOrigins.Count; i++)
            builder.UseSetting($"Cors:Origins:{i.ToString(CultureInfo.InvariantCulture)}", _trustedOrigins[i]);
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        // As the xunit front door does: the error-path cases make the app throw on purpose; no stack trace per run.
        builder.ConfigureLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Diagnostics", LogLevel.None));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<OrderStore>();
            services.AddTransient(_ => SeededStore(_orders));
        });
    }

    /// <summary>Orders 42 .. 42 + count - 1 (the app's store starts with 42 and numbers new orders from there).</summary>
    private static OrderStore SeededStore(int count)
    {
        var store = new OrderStore();
        for (var i = 1; i < count; i++) store.Add(new NewOrder($"item {i}", i));
        return store;
    }
}
