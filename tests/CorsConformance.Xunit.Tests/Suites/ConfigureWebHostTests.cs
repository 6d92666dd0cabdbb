using CorsConformance.Xunit.Tests.ChildRuns;
using Shouldly;
using Xunit;

namespace CorsConformance.Xunit.Tests.Suites;

/// <summary>ConfigureWebHost customises the app under test the usual WebApplicationFactory way (environment, configuration).</summary>
public sealed class ConfigureWebHostTests(InMemorySuitesRun suites)
{
    private const string Row = "actual GET /api/orders from https://app.staging.example.com";

    [Fact]
    public void A_configuration_override_reaches_the_app()
    {
        suites.Run.Of("ShopApiStagingOriginsCors").Where(r => !r.Passed).Select(r => r.Name).ShouldBeEmpty();
        suites.Run.Row("ShopApiStagingOriginsCors", Row).Passed.ShouldBeTrue();
    }

    [Fact]
    public void Without_the_override_the_same_contract_fails_because_the_app_answers_its_default_origins()
    {
        var row = suites.Run.Row("ShopApiStagingOriginsNotConfiguredCors", Row);
        row.Failed.ShouldBeTrue();
        row.Message!.ShouldContain("[error] acao-missing:");
    }
}
