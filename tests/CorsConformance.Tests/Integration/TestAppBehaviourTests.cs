using CorsConformance.TestApps;
using Shouldly;
using Xunit;
using static CorsConformance.Tests.Integration.RawResponse;

namespace CorsConformance.Tests.Integration;

/// <summary>
/// Proves each shop app really behaves as its <see cref="TestAppKind"/> says, with raw status and header lines of the
/// preflight and the actual request (in memory; <see cref="TestAppKestrelTests"/> repeats the key ones on a socket).
/// The conformance runner is measured against these apps, so they must be right independently of it.
/// </summary>
public sealed class TestAppBehaviourTests
{
    private const string App = ShopContract.AppOrigin;
    private const string Admin = ShopContract.AdminOrigin;
    private const string Evil = "https://evil.example-attacker.test";
    private const string AnySite = "https://any-site.example-client.test";

    [Fact]
    public async Task Correct_answers_the_preflight_with_the_shop_policy()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);
        var preflight = await PreflightAsync(app.Client, "/api/orders/1", App);

        preflight.ShouldHaveStatus(204);
        preflight.ShouldAllow(App);
        preflight.ShouldListShopPreflight();
        preflight.ShouldVaryByOrigin();
    }

    [Fact]
    public async Task Correct_answers_both_origins_on_the_actual_request_with_exposed_headers_and_vary()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);
        foreach (var origin in new[] { App, Admin })
        {
            var actual = await GetAsync(app.Client, "/api/orders", origin);
            actual.ShouldHaveStatus(200);
            actual.ShouldAllow(origin);
            actual.All(Aceh).ShouldBe(["X-Total-Count,ETag"]);
            actual.ShouldVaryByOrigin();
            actual.All("X-Total-Count").ShouldBe(["2"]);
            actual.All("ETag").ShouldBe(["\"orders-v1\""]);
        }
    }

    [Fact]
    public async Task Correct_serves_order_1_for_every_contract_method()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);
        (await GetAsync(app.Client, "/api/orders/1", App)).ShouldHaveStatus(200);
        (await SendAsync(app.Client, "PUT", "/api/orders/1", App)).ShouldHaveStatus(200);
        (await SendAsync(app.Client, "PATCH", "/api/orders/1", App)).ShouldHaveStatus(200);
        (await SendAsync(app.Client, "DELETE", "/api/orders/1", App)).ShouldHaveStatus(204);
        var created = await SendAsync(app.Client, "POST", "/api/orders", App);
        created.ShouldHaveStatus(201);
        created.ShouldAllow(App);
    }

    [Fact]
    public async Task Correct_refuses_a_foreign_origin_and_sends_nothing_without_origin()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);
        (await GetAsync(app.Client, "/api/orders", Evil)).ShouldHaveNoCorsHeaders();
        (await GetAsync(app.Client, "/api/orders", null)).ShouldHaveNoCorsHeaders();
        var foreignPreflight = await PreflightAsync(app.Client, "/api/orders/1", Evil);
        foreignPreflight.ShouldHaveStatus(204); // ASP.NET answers 204 without CORS headers: the browser blocks
        foreignPreflight.ShouldHaveNoCorsHeaders();
    }

    [Fact]
    public async Task Correct_keeps_cors_on_404_500_and_401()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);

        var notFound = await GetAsync(app.Client, "/api/does-not-exist", App);
        notFound.ShouldHaveStatus(404);
        notFound.ShouldAllow(App);
        notFound.ShouldVaryByOrigin();

        // UseExceptionHandler calls Response.Clear(), yet ASP.NET's CorsMiddleware writes its headers in
        // Response.OnStarting, which survives the Clear(): the 500 keeps CORS with no extra code.
        var boom = await GetAsync(app.Client, "/api/boom", App);
        boom.ShouldHaveStatus(500);
        boom.ShouldAllow(App);
        boom.ShouldVaryByOrigin();

        var unauthorized = await GetAsync(app.Client, "/api/account", App);
        unauthorized.ShouldHaveStatus(401);
        unauthorized.ShouldAllow(App);
        unauthorized.All("WWW-Authenticate").ShouldBe(["Bearer"]);

        (await GetAsync(app.Client, "/api/account", App, ("Authorization", "Bearer good"))).ShouldHaveStatus(200);
    }

    [Fact]
    public async Task Correct_catalog_is_public()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);
        var catalog = await GetAsync(app.Client, "/api/catalog", AnySite);
        catalog.ShouldHaveStatus(200);
        catalog.ShouldAllow("*", credentials: false);
        catalog.All(Aceh).ShouldBe(["X-Total-Count,ETag"]);
    }

    [Fact]
    public async Task Correct_preflight_does_not_echo_requested_methods_or_headers()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);
        var preflight = await PreflightAsync(app.Client, "/api/orders", App, method: "PROBE", requestHeaders: "x-evil-probe");
        preflight.ShouldListShopPreflight();
    }

    [Fact]
    public async Task WildcardWithCredentials_sends_star_and_credentials_true()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.WildcardWithCredentials);
        var preflight = await PreflightAsync(app.Client, "/api/orders/1", App);
        preflight.ShouldHaveStatus(204);
        preflight.ShouldAllow("*");
        preflight.ShouldListShopPreflight();

        var actual = await GetAsync(app.Client, "/api/orders", App);
        actual.ShouldHaveStatus(200);
        actual.ShouldAllow("*");
        actual.All(Aceh).ShouldBe(["X-Total-Count,ETag"]);
        (await GetAsync(app.Client, "/api/boom", App)).ShouldAllow("*");
    }

    [Fact]
    public async Task MissingVaryOrigin_echoes_allowed_origins_without_vary()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.MissingVaryOrigin);
        var preflight = await PreflightAsync(app.Client, "/api/orders/1", App);
        preflight.ShouldHaveStatus(204);
        preflight.ShouldAllow(App);
        preflight.ShouldListShopPreflight();
        preflight.ShouldVaryByOrigin(false);

        var actual = await GetAsync(app.Client, "/api/orders", Admin);
        actual.ShouldAllow(Admin);
        actual.ShouldVaryByOrigin(false);
        (await GetAsync(app.Client, "/api/orders", null)).ShouldHaveNoCorsHeaders();
        (await GetAsync(app.Client, "/api/orders", Evil)).ShouldHaveNoCorsHeaders();
        (await GetAsync(app.Client, "/api/boom", App)).ShouldAllow(App);
    }

    [Fact]
    public async Task PreflightNotFound_answers_options_404_without_cors_but_actual_requests_with_cors()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.PreflightNotFound);
        var preflight = await PreflightAsync(app.Client, "/api/orders/1", App);
        preflight.ShouldHaveStatus(404);
        preflight.ShouldHaveNoCorsHeaders();

        var actual = await GetAsync(app.Client, "/api/orders", App);
        actual.ShouldHaveStatus(200);
        actual.ShouldAllow(App);
        actual.ShouldVaryByOrigin();
    }

    [Fact]
    public async Task PreflightMethodNotAllowed_answers_options_405_with_every_cors_header()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.PreflightMethodNotAllowed);
        var preflight = await PreflightAsync(app.Client, "/api/orders/1", App);
        preflight.ShouldHaveStatus(405);
        preflight.ShouldAllow(App);
        preflight.ShouldListShopPreflight();
        preflight.All("Allow").ShouldNotBeEmpty();

        var actual = await GetAsync(app.Client, "/api/orders", App);
        actual.ShouldHaveStatus(200);
        actual.ShouldAllow(App);
        actual.ShouldVaryByOrigin();
    }

    [Fact]
    public async Task DuplicateAcao_sends_two_acao_lines_on_preflight_actual_and_error()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.DuplicateAcao);
        var preflight = await PreflightAsync(app.Client, "/api/orders/1", App);
        preflight.ShouldHaveStatus(204);
        preflight.All(Acao).ShouldBe([App, App], preflight.ToString());

        var actual = await GetAsync(app.Client, "/api/orders", Admin);
        actual.ShouldHaveStatus(200);
        actual.All(Acao).ShouldBe([Admin, Admin], actual.ToString());
        actual.All(Acac).ShouldBe(["true"]);

        (await GetAsync(app.Client, "/api/boom", App)).All(Acao).ShouldBe([App, App]);
        (await GetAsync(app.Client, "/api/catalog", AnySite)).ShouldAllow("*", credentials: false);
        (await GetAsync(app.Client, "/api/orders", Evil)).ShouldHaveNoCorsHeaders();
    }

    [Fact]
    public async Task ExceptionHandlerWithoutCors_drops_cors_on_the_500_only()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.ExceptionHandlerWithoutCors);
        var boom = await GetAsync(app.Client, "/api/boom", App);
        boom.ShouldHaveStatus(500);
        boom.ShouldHaveNoCorsHeaders();
        boom.ShouldVaryByOrigin(false);

        (await GetAsync(app.Client, "/api/does-not-exist", App)).ShouldAllow(App);
        (await GetAsync(app.Client, "/api/account", App)).ShouldAllow(App);
        (await GetAsync(app.Client, "/api/orders", App)).ShouldAllow(App);
        var preflight = await PreflightAsync(app.Client, "/api/orders/1", App);
        preflight.ShouldHaveStatus(204);
        preflight.ShouldAllow(App);
    }

    [Fact]
    public async Task TrailingSlashOrigin_emits_the_configured_slash_for_the_app_origin()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.TrailingSlashOrigin);
        (await PreflightAsync(app.Client, "/api/orders/1", App)).ShouldAllow(App + "/");
        (await GetAsync(app.Client, "/api/orders", App)).ShouldAllow(App + "/");
        (await GetAsync(app.Client, "/api/orders", Admin)).ShouldAllow(Admin);
        (await GetAsync(app.Client, "/api/orders", Evil)).ShouldHaveNoCorsHeaders();
    }

    [Fact]
    public async Task CorsAfterAuthorization_answers_the_preflight_401_without_cors()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.CorsAfterAuthorization);
        var preflight = await PreflightAsync(app.Client, "/api/orders/1", App);
        preflight.ShouldHaveStatus(401);
        preflight.ShouldHaveNoCorsHeaders();

        // It is the authorization fallback that answers: with credentials (which no browser sends on a preflight) UseCors answers.
        var signedIn = await SendAsync(app.Client, "OPTIONS", "/api/orders/1", App, ("Access-Control-Request-Method", "PUT"), ("Authorization", "Bearer good"));
        signedIn.ShouldHaveStatus(204);
        signedIn.ShouldAllow(App);

        var actual = await GetAsync(app.Client, "/api/orders", App);
        actual.ShouldHaveStatus(200);
        actual.ShouldAllow(App);

        var unauthorized = await GetAsync(app.Client, "/api/account", App);
        unauthorized.ShouldHaveStatus(401);
        unauthorized.ShouldHaveNoCorsHeaders();
        var unknownRoute = await GetAsync(app.Client, "/api/does-not-exist", App);
        unknownRoute.ShouldHaveStatus(401); // the fallback policy challenges before routing's 404
        unknownRoute.ShouldHaveNoCorsHeaders();
        (await GetAsync(app.Client, "/api/boom", App)).ShouldAllow(App);
    }

    [Fact]
    public async Task ReflectsRequestHeaders_echoes_requested_method_and_headers()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.ReflectsRequestHeaders);
        var preflight = await PreflightAsync(app.Client, "/api/orders", App, method: "PROBE", requestHeaders: "x-evil-probe");
        preflight.ShouldHaveStatus(204);
        preflight.ShouldAllow(App);
        preflight.All(Acam).ShouldBe(["PROBE"]);
        preflight.All(Acah).ShouldBe(["x-evil-probe"]);
    }

    [Fact]
    public async Task PublicWildcardEverywhere_sends_star_without_credentials_everywhere()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.PublicWildcardEverywhere);
        var preflight = await PreflightAsync(app.Client, "/api/orders/1", Evil);
        preflight.ShouldHaveStatus(204);
        preflight.ShouldAllow("*", credentials: false);
        preflight.ShouldListShopPreflight();
        foreach (var path in new[] { "/api/orders", "/api/boom", "/api/does-not-exist", "/api/account" })
        {
            var response = await GetAsync(app.Client, path, AnySite);
            response.ShouldAllow("*", credentials: false);
            response.ShouldVaryByOrigin(false);
        }
    }
}
