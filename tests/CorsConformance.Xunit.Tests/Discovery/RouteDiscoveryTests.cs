using CorsConformance.Contract;
using CorsConformance.Xunit.Discovery;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace CorsConformance.Xunit.Tests.Discovery;

/// <summary>Reading the app's route table and deciding which routes a contract covers, excludes or forgot.</summary>
public sealed class RouteDiscoveryTests : IAsyncLifetime
{
    private RoutesApp? _app;

    private RoutesApp App => _app!;

    public async ValueTask InitializeAsync() => _app = await RoutesApp.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private IReadOnlyList<DiscoveredRoute> Routes => RouteTable.Read(App.Services);

    private RouteMatcher Matcher => new(App.Services.GetRequiredService<ParameterPolicyFactory>());

    private DiscoveredRoute Route(string template) => Routes.Single(r => r.Template == template);

    [Fact]
    public void Every_route_is_read_with_its_template_methods_and_a_sample_path()
    {
        Routes.Select(r => r.Display).ShouldBe(
        [
            "GET, POST /api/orders/",
            "GET /api/orders/export",
            "DELETE, GET /api/orders/{id:int}",
            "GET /api/tags/{slug:alpha}",
            "GET /files/{**path}",
            "GET /health",
            "(any method) /hub",
            "GET /internal/metrics",
        ], ignoreOrder: true);
        Route("/api/orders/{id:int}").SamplePath.ShouldBe("/api/orders/1");
        Route("/files/{**path}").SamplePath.ShouldBe("/files/1");
    }

    [Fact]
    public void A_route_with_cors_disabled_is_deliberately_same_origin_and_not_listed()
    {
        Routes.ShouldNotContain(r => r.Template.StartsWith("/admin", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/orders/{id:int}", "/api/orders/42", true)]
    [InlineData("/api/orders/{id:int}", "/api/orders/export", false)]
    [InlineData("/api/tags/{slug:alpha}", "/api/tags/coffee", true)]
    [InlineData("/api/tags/{slug:alpha}", "/api/tags/42", false)]
    [InlineData("/files/{**path}", "/files/a/b/c.txt", true)]
    [InlineData("/api/orders/", "/api/orders", true)]
    [InlineData("/api/orders/", "/api/orders?page=2", true)]
    [InlineData("/health", "/healthz", false)]
    public void A_path_reaches_a_route_only_when_the_apps_constraints_accept_it(string template, string path, bool reaches)
    {
        Matcher.Reaches(Route(template), path).ShouldBe(reaches);
    }

    [Fact]
    public void Without_the_apps_policies_only_the_template_is_compared()
    {
        RouteMatcher.TemplatesOnly.Reaches(Route("/api/orders/{id:int}"), "/api/orders/export").ShouldBeTrue();
    }

    [Fact]
    public void The_contract_covers_routes_through_endpoints_error_probes_and_websocket_paths_and_excludes_by_template_path_or_prefix()
    {
        var contract = CorsContract.Create()
            .AllowOrigins("https://app.example.com")
            .AllowMethods("GET", "POST", "DELETE")
            .Endpoint("/api/orders", "GET", "POST")
            .Endpoint("/api/orders/42", "GET", "DELETE")
            .ErrorProbes(notFound: "/api/missing", throwing: "/api/orders/export")
            .WebSocket("/hub")
            .Exclude("/health", "/internal/*", "/files/{**path}")
            .Build();

        RouteCoverage.Uncovered(Routes, contract, Matcher).Select(r => r.Template).ShouldBe(["/api/tags/{slug:alpha}"]);
    }

    [Fact]
    public void A_contract_with_one_endpoint_forgets_the_rest()
    {
        var contract = CorsContract.Create().AllowOrigins("https://app.example.com").Endpoint("/api/orders", "GET").Build();

        RouteCoverage.Uncovered(Routes, contract, Matcher).Select(r => r.Template).ShouldBe(
        [
            "/api/orders/export", "/api/orders/{id:int}", "/api/tags/{slug:alpha}", "/files/{**path}", "/health", "/hub", "/internal/metrics",
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_forgotten_route_is_probed_with_the_contracts_defaults_at_its_sample_path_and_only_its_allowed_methods()
    {
        var contract = CorsContract.Create().AllowOrigins("https://app.example.com").AllowCredentials()
            .AllowMethods("GET", "POST", "PUT").Endpoint("/api/orders", "GET").Build();

        var probe = DiscoveredRouteContract.For(Route("/api/orders/{id:int}"), contract);

        probe.Endpoints.ShouldHaveSingleItem().Path.ShouldBe("/api/orders/1");
        probe.Endpoints[0].Methods.ShouldBe(["GET"]); // DELETE is not in the contract's AllowedMethods
        probe.AllowedOrigins.ShouldBe(contract.AllowedOrigins);
        probe.AllowCredentials.ShouldBeTrue();
        DiscoveredRouteContract.For(Route("/hub"), contract).Endpoints[0].Methods.ShouldBe(["GET", "POST", "PUT"]);
    }
}
