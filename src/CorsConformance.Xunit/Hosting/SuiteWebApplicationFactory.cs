using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CorsConformance.Xunit.Hosting;

/// <summary>A <see cref="WebApplicationFactory{TEntryPoint}"/> whose web host customisation comes from the test class.</summary>
internal sealed class SuiteWebApplicationFactory<TEntryPoint>(Action<IWebHostBuilder> configure) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The error-path cases make the app throw on purpose; its exception-handler log would print a stack trace per
        // run. The test class's ConfigureWebHost runs after this and can turn it back on.
        builder.ConfigureLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Diagnostics", LogLevel.None));
        configure(builder);
    }
}
