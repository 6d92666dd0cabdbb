using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CorsConformance.Xunit.Hosting;

/// <summary>
/// A <see cref="WebApplicationFactory{TEntryPoint}"/> whose web host customisation comes from the test class; on a real
/// Kestrel socket (a free loopback port) when a browser must reach the app, else in-memory.
/// </summary>
internal sealed class SuiteWebApplicationFactory<TEntryPoint> : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    /// <summary>The host setting that makes the app watch its configuration files.</summary>
    internal const string ReloadConfigOnChange = "hostBuilder:reloadConfigOnChange";

    private readonly Action<IWebHostBuilder> _configure;

    public SuiteWebApplicationFactory(Action<IWebHostBuilder> configure, bool onRealSocket)
    {
        _configure = configure;
        // Must be called on the very factory that starts: a WithWebHostBuilder copy would bind port 5000.
        if (onRealSocket) UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The error-path cases make the app throw on purpose; its exception-handler log would print a stack trace per
        // run. The test class's ConfigureWebHost runs after this and can turn it back on.
        builder.ConfigureLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Diagnostics", LogLevel.None));
        // A test run never reloads configuration. Left on, every test class's app would keep a file watcher per
        // appsettings file for its whole life: an inotify instance each (Linux allows 128 per user by default, a classic
        // CI failure) and a pinned read buffer that fragments the young GC generations. The test class can turn it back on.
        builder.UseSetting(ReloadConfigOnChange, "false");
        _configure(builder);
    }
}
