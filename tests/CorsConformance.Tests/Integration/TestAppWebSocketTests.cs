using System.Net.WebSockets;
using System.Text;
using CorsConformance.TestApps;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Integration;

/// <summary>The shop's /ws upgrade: the correct app refuses foreign origins (403), WebSocketNoOriginCheck accepts them.</summary>
public sealed class TestAppWebSocketTests
{
    private const string Evil = "https://evil.example-attacker.test";
    private static readonly Uri Ws = new("ws://localhost/ws");

    [Fact]
    public async Task Correct_accepts_the_shop_origin_and_echoes_a_message()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers.Origin = ShopContract.AppOrigin;
        using var socket = await client.ConnectAsync(Ws, ct);

        await socket.SendAsync(Encoding.UTF8.GetBytes("ping"), WebSocketMessageType.Text, true, ct);
        var buffer = new byte[16];
        var received = await socket.ReceiveAsync(buffer, ct);
        Encoding.UTF8.GetString(buffer, 0, received.Count).ShouldBe("ping");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", ct);
    }

    [Fact]
    public async Task Correct_refuses_a_foreign_origin_with_403()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);
        var ct = TestContext.Current.CancellationToken;
        (await app.ConnectWebSocketAsync(Ws, Evil, ct)).ShouldBe(403);
        (await app.ConnectWebSocketAsync(Ws, ShopContract.AdminOrigin, ct)).ShouldBe(101);
    }

    [Fact]
    public async Task WebSocketNoOriginCheck_accepts_a_foreign_origin()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.WebSocketNoOriginCheck);
        (await app.ConnectWebSocketAsync(Ws, Evil, TestContext.Current.CancellationToken)).ShouldBe(101);
    }

    [Fact]
    public async Task A_plain_http_request_to_the_socket_is_not_an_upgrade()
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);
        (await RawResponse.GetAsync(app.Client, "/ws", ShopContract.AppOrigin)).ShouldHaveStatus(400);
        (await RawResponse.GetAsync(app.Client, "/ws", Evil)).ShouldHaveStatus(403);
    }
}
