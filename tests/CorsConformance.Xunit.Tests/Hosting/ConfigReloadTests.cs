using CorsConformance.Xunit.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace CorsConformance.Xunit.Tests.Hosting;

/// <summary>The suite's app watches no configuration file (no inotify instance, no pinned buffer per test class).</summary>
public sealed class ConfigReloadTests
{
    [Fact]
    public void The_suites_app_reads_its_appsettings_without_watching_them()
    {
        using var factory = new SuiteWebApplicationFactory<Program>(_ => { }, onRealSocket: false);
        var files = FileSources(factory.Services);
        files.ShouldNotBeEmpty("ShopApi has appsettings.json; the test must see it to mean anything");
        files.ShouldAllBe(f => !f.ReloadOnChange);
    }

    [Fact]
    public void A_plain_factory_watches_them_so_the_setting_is_what_turns_it_off()
    {
        using var factory = new WebApplicationFactory<Program>();
        FileSources(factory.Services).ShouldContain(f => f.ReloadOnChange);
    }

    [Fact]
    public void The_test_class_can_turn_reloading_back_on()
    {
        using var factory = new SuiteWebApplicationFactory<Program>(
            builder => builder.UseSetting(SuiteWebApplicationFactory<Program>.ReloadConfigOnChange, "true"), onRealSocket: false);
        FileSources(factory.Services).ShouldContain(f => f.ReloadOnChange);
    }

    private static FileConfigurationSource[] FileSources(IServiceProvider services) =>
        ((IConfigurationRoot)services.GetRequiredService<IConfiguration>()).Providers
            .OfType<FileConfigurationProvider>().Select(p => p.Source).ToArray();
}
