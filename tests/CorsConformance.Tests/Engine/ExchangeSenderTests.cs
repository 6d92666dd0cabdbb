using System.Net;
using System.Net.Sockets;
using CorsConformance.Http;
using CorsConformance.Probing;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Engine;

public sealed class ExchangeSenderTests
{
    private static ExchangeSender SenderFor(HttpClient client, double timeoutSeconds = 5) =>
        new(client, TimeSpan.FromSeconds(timeoutSeconds), retries: 0, new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "X-Api-Key" });

    [Fact]
    public async Task Two_acao_lines_from_a_real_socket_stay_two_lines()
    {
        await using var server = new RawTcpServer(
            "HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: https://a.test\r\nAccess-Control-Allow-Origin: https://a.test\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var client = CorsHttpClient.CreateLive(server.BaseUrl);
        var exchange = await SenderFor(client).SendAsync("GET", server.BaseUrl, [new("Origin", "https://a.test")], null, TestContext.Current.CancellationToken);
        exchange.Response.ShouldNotBeNull();
        exchange.Response.Headers.All("Access-Control-Allow-Origin").ShouldBe(["https://a.test", "https://a.test"]);
    }

    [Fact]
    public async Task An_unreachable_host_is_not_measured_and_says_why()
    {
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}/api");
        using var client = CorsHttpClient.CreateLive(url);
        var exchange = await SenderFor(client).SendAsync("GET", url, [], null, TestContext.Current.CancellationToken);
        exchange.Measured.ShouldBeFalse();
        exchange.TransportError.ShouldStartWith($"could not connect to http://127.0.0.1:{port}");
    }

    [Fact]
    public async Task A_hanging_server_times_out_as_not_measured()
    {
        await using var server = new RawTcpServer(rawResponse: null);
        using var client = CorsHttpClient.CreateLive(server.BaseUrl);
        var exchange = await SenderFor(client, timeoutSeconds: 0.5).SendAsync("OPTIONS", server.BaseUrl, [], null, TestContext.Current.CancellationToken);
        exchange.Measured.ShouldBeFalse();
        exchange.TransportError.ShouldStartWith("timed out after 0.5 s");
    }

    [Fact]
    public async Task When_the_clients_own_timeout_is_shorter_it_bounds_the_wait_and_the_message_names_it()
    {
        await using var server = new RawTcpServer(rawResponse: null);
        using var client = CorsHttpClient.CreateLive(server.BaseUrl);
        client.Timeout = TimeSpan.FromSeconds(0.5);
        var exchange = await SenderFor(client, timeoutSeconds: 30).SendAsync("OPTIONS", server.BaseUrl, [], null, TestContext.Current.CancellationToken);
        exchange.Measured.ShouldBeFalse();
        exchange.TransportError.ShouldStartWith("timed out after 0.5 s");
        exchange.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_caller_cancellation_is_not_reported_as_a_timeout()
    {
        await using var server = new RawTcpServer(rawResponse: null);
        using var client = CorsHttpClient.CreateLive(server.BaseUrl);
        client.Timeout = TimeSpan.FromSeconds(30);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromSeconds(0.3));
        await Should.ThrowAsync<OperationCanceledException>(() => SenderFor(client, timeoutSeconds: 30).SendAsync("OPTIONS", server.BaseUrl, [], null, cancel.Token).AsTask());
    }

    [Fact]
    public async Task Garbage_instead_of_http_is_not_measured()
    {
        await using var server = new RawTcpServer("this is not http at all\r\n\r\n");
        using var client = CorsHttpClient.CreateLive(server.BaseUrl);
        var exchange = await SenderFor(client).SendAsync("GET", server.BaseUrl, [], null, TestContext.Current.CancellationToken);
        exchange.Measured.ShouldBeFalse();
        exchange.TransportError!.ShouldContain("not valid HTTP");
    }

    [Fact]
    public async Task A_redirect_is_recorded_not_followed_and_a_following_client_is_refused()
    {
        await using var server = new RawTcpServer("HTTP/1.1 301 Moved Permanently\r\nLocation: /elsewhere\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var live = CorsHttpClient.CreateLive(server.BaseUrl);
        var exchange = await SenderFor(live).SendAsync("OPTIONS", server.BaseUrl, [], null, TestContext.Current.CancellationToken);
        exchange.Response!.Status.ShouldBe(301);

        using var following = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 2 }) { BaseAddress = server.BaseUrl };
        var followed = await SenderFor(following).SendAsync("GET", server.BaseUrl, [], null, TestContext.Current.CancellationToken);
        followed.Measured.ShouldBeFalse();
        followed.TransportError!.ShouldContain("AllowAutoRedirect = false");
    }

    [Fact]
    public async Task Secret_header_values_are_redacted_in_the_record_but_sent()
    {
        await using var server = new RawTcpServer("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
        using var client = CorsHttpClient.CreateLive(server.BaseUrl);
        var exchange = await SenderFor(client).SendAsync("GET", server.BaseUrl, [new("X-Api-Key", "s3cret")], null, TestContext.Current.CancellationToken);
        exchange.Request.Headers.ShouldContain(new HeaderLine("X-Api-Key", "***"));
        exchange.Request.Headers.ShouldNotContain(h => h.Value.Contains("s3cret"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
