using CorsConformance.Probing;
using CorsConformance.TestApps;
using Shouldly;
using Xunit;
using static CorsConformance.Tests.Integration.RawResponse;

namespace CorsConformance.Tests.Integration;

/// <summary>
/// The same apps on a real Kestrel socket on 127.0.0.1: what TestServer showed holds on the wire (Kestrel's own
/// error handling and OnStarting timing differ from TestServer's, so the error path is checked here too).
/// </summary>
public sealed class TestAppKestrelTests
{
    private const string App = ShopContract.AppOrigin;
    private const string Evil = "https://evil.example-attacker.test";

    [Fact]
    public async Task Kestrel_binds_a_loopback_port()
    {
        await using var app = await TestApp.StartKestrelAsync(TestAppKind.Correct, TestContext.Current.CancellationToken);
        app.BaseUrl.Scheme.ShouldBe("http");
        app.BaseUrl.Host.ShouldBe("127.0.0.1");
        app.BaseUrl.Port.ShouldBeGreaterThan(0);
        app.BaseUrl.AbsolutePath.ShouldBe("/");
    }

    [Fact]
    public async Task Correct_on_kestrel_answers_preflight_actual_and_every_error_path_with_cors()
    {
        await using var app = await TestApp.StartKestrelAsync(TestAppKind.Correct, TestContext.Current.CancellationToken);
        var preflight = await PreflightAsync(app.Client, "/api/orders/1", App);
        preflight.ShouldHaveStatus(204);
        preflight.ShouldAllow(App);
        preflight.ShouldListShopPreflight();

        var actual = await GetAsync(app.Client, "/api/orders", App);
        actual.ShouldHaveStatus(200);
        actual.ShouldAllow(App);
        actual.ShouldVaryByOrigin();

        foreach (var (path, status) in new[] { ("/api/does-not-exist", 404), ("/api/boom", 500), ("/api/account", 401) })
        {
            var error = await GetAsync(app.Client, path, App);
            error.ShouldHaveStatus(status);
            error.ShouldAllow(App);
        }
        (await GetAsync(app.Client, "/api/orders", Evil)).ShouldHaveNoCorsHeaders();
    }

    [Fact]
    public async Task DuplicateAcao_on_kestrel_sends_two_acao_lines()
    {
        await using var app = await TestApp.StartKestrelAsync(TestAppKind.DuplicateAcao, TestContext.Current.CancellationToken);
        (await GetAsync(app.Client, "/api/orders", App)).All(Acao).ShouldBe([App, App]);
        (await PreflightAsync(app.Client, "/api/orders/1", App)).All(Acao).ShouldBe([App, App]);
    }

    [Fact]
    public async Task ExceptionHandlerWithoutCors_on_kestrel_drops_cors_on_the_500()
    {
        await using var app = await TestApp.StartKestrelAsync(TestAppKind.ExceptionHandlerWithoutCors, TestContext.Current.CancellationToken);
        var boom = await GetAsync(app.Client, "/api/boom", App);
        boom.ShouldHaveStatus(500);
        boom.ShouldHaveNoCorsHeaders();
        (await GetAsync(app.Client, "/api/does-not-exist", App)).ShouldAllow(App);
    }

    [Fact]
    public async Task Preflight_failures_on_kestrel_match_in_memory()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var notFound = await TestApp.StartKestrelAsync(TestAppKind.PreflightNotFound, ct))
        {
            var preflight = await PreflightAsync(notFound.Client, "/api/orders/1", App);
            preflight.ShouldHaveStatus(404);
            preflight.ShouldHaveNoCorsHeaders();
        }
        await using (var notAllowed = await TestApp.StartKestrelAsync(TestAppKind.PreflightMethodNotAllowed, ct))
        {
            var preflight = await PreflightAsync(notAllowed.Client, "/api/orders/1", App);
            preflight.ShouldHaveStatus(405);
            preflight.ShouldAllow(App);
        }
        await using (var afterAuth = await TestApp.StartKestrelAsync(TestAppKind.CorsAfterAuthorization, ct))
        {
            var preflight = await PreflightAsync(afterAuth.Client, "/api/orders/1", App);
            preflight.ShouldHaveStatus(401);
            preflight.ShouldHaveNoCorsHeaders();
        }
    }

    [Fact]
    public async Task WebSocket_origin_check_holds_over_a_real_socket()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var correct = await TestApp.StartKestrelAsync(TestAppKind.Correct, ct);
        var correctWs = SocketWebSocketConnector.WebSocketUrl(correct.BaseUrl, "/ws");
        (await SocketWebSocketConnector.ConnectAsync(correctWs, Evil, ct)).ShouldBe(403);
        (await SocketWebSocketConnector.ConnectAsync(correctWs, App, ct)).ShouldBe(101);

        await using var broken = await TestApp.StartKestrelAsync(TestAppKind.WebSocketNoOriginCheck, ct);
        (await SocketWebSocketConnector.ConnectAsync(SocketWebSocketConnector.WebSocketUrl(broken.BaseUrl, "/ws"), Evil, ct)).ShouldBe(101);
    }
}
