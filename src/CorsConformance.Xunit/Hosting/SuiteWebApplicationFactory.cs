using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CorsConformance.Xunit.Hosting;

/// <summary>A <see cref="WebApplicationFactory{TEntryPoint}"/> whose web host customisation comes from the test class.</summary>
internal sealed class SuiteWebApplicationFactory<TEntryPoint>(Action<IWebHostBuilder> configure) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => configure(builder);
}
