using System.Net.Sockets;
using System.Text;
using CorsConformance.Http;
using CorsConformance.Probing;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Http;

/// <summary>
/// The recording contract the probe relies on: how HttpClient surfaces a header field sent as two lines versus one
/// comma-joined line, on both transports (TestServer in memory, Kestrel over a real socket).
///
/// Observed here (.NET 10, ASP.NET Core 10.0.x), identical on both transports:
/// <list type="bullet">
/// <item>Two <c>Access-Control-Allow-Origin</c> lines → two values, both in <c>Headers.NonValidated</c> and in <c>TryGetValues</c>
/// (ToString() shows them joined as <c>a, a</c>, which is exactly what Fetch's "get" and Chromium see).</item>
/// <item>One line <c>Access-Control-Allow-Origin: a, b</c> → ONE value <c>a, b</c> through both accessors (HttpClient does
/// not split ACAO; the browser model must see the comma itself).</item>
/// <item>Two <c>Vary</c> lines → two values through both accessors.</item>
/// <item>One line <c>Vary: Origin, Accept-Encoding</c> → ONE raw value through <c>NonValidated</c>, but TWO parsed values
/// through <c>TryGetValues</c> (Vary is a token list with a parser) — and after that validated access <c>NonValidated</c> of
/// the same response ALSO returns the two parsed values: the header store is rewritten in place.</item>
/// </list>
/// So the recorder reads only <c>NonValidated</c>, before anything else touches the response's headers; then one
/// recorded value is one line as received.
/// </summary>
public sealed class RepeatedHeaderTests
{
    public static TheoryData<Transport> Transports => [Transport.InMemory, Transport.Kestrel];

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Two_acao_lines_surface_as_two_values_through_NonValidated(Transport transport)
    {
        await using var server = await RepeatedHeaderServer.StartAsync(transport);
        using var response = await server.Client.GetAsync("two-acao", TestContext.Current.CancellationToken);

        response.Headers.NonValidated.TryGetValues(RepeatedHeaderServer.Acao, out var values).ShouldBeTrue();
        values.Count.ShouldBe(2);
        values.ShouldBe([RepeatedHeaderServer.Origin, RepeatedHeaderServer.Origin]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Two_acao_lines_surface_as_two_values_through_TryGetValues(Transport transport)
    {
        await using var server = await RepeatedHeaderServer.StartAsync(transport);
        using var response = await server.Client.GetAsync("two-acao", TestContext.Current.CancellationToken);

        response.Headers.TryGetValues(RepeatedHeaderServer.Acao, out var values).ShouldBeTrue();
        values.ShouldBe([RepeatedHeaderServer.Origin, RepeatedHeaderServer.Origin]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task One_acao_line_with_a_comma_stays_one_value_through_both_accessors(Transport transport)
    {
        await using var server = await RepeatedHeaderServer.StartAsync(transport);
        const string joined = RepeatedHeaderServer.Origin + ", " + RepeatedHeaderServer.OtherOrigin;

        using var first = await server.Client.GetAsync("one-line-acao", TestContext.Current.CancellationToken);
        first.Headers.NonValidated.TryGetValues(RepeatedHeaderServer.Acao, out var raw).ShouldBeTrue();
        raw.ShouldBe([joined]);

        using var second = await server.Client.GetAsync("one-line-acao", TestContext.Current.CancellationToken);
        second.Headers.TryGetValues(RepeatedHeaderServer.Acao, out var parsed).ShouldBeTrue();
        parsed.ShouldBe([joined]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Two_vary_lines_surface_as_two_values_through_both_accessors(Transport transport)
    {
        await using var server = await RepeatedHeaderServer.StartAsync(transport);

        using var first = await server.Client.GetAsync("two-vary", TestContext.Current.CancellationToken);
        first.Headers.NonValidated.TryGetValues("Vary", out var raw).ShouldBeTrue();
        raw.ShouldBe(["Origin", "Accept-Encoding"]);

        using var second = await server.Client.GetAsync("two-vary", TestContext.Current.CancellationToken);
        second.Headers.TryGetValues("Vary", out var parsed).ShouldBeTrue();
        parsed.ShouldBe(["Origin", "Accept-Encoding"]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task One_vary_line_is_one_raw_value_but_TryGetValues_splits_it_and_rewrites_the_store(Transport transport)
    {
        await using var server = await RepeatedHeaderServer.StartAsync(transport);
        using var response = await server.Client.GetAsync("one-line-vary", TestContext.Current.CancellationToken);

        response.Headers.NonValidated.TryGetValues("Vary", out var before).ShouldBeTrue();
        before.ShouldBe(["Origin, Accept-Encoding"]);

        response.Headers.TryGetValues("Vary", out var parsed).ShouldBeTrue();
        parsed.ShouldBe(["Origin", "Accept-Encoding"]);

        response.Headers.NonValidated.TryGetValues("Vary", out var after).ShouldBeTrue();
        after.ToArray().ShouldBe(["Origin", "Accept-Encoding"], customMessage: "a validated access rewrites the raw store: record before touching it");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task The_probe_recorder_keeps_two_lines_apart_and_one_line_whole(Transport transport)
    {
        await using var server = await RepeatedHeaderServer.StartAsync(transport);
        var ct = TestContext.Current.CancellationToken;

        using var two = await server.Client.GetAsync("two-acao", ct);
        var twoLines = ResponseRecorder.Record(two).Headers;
        twoLines.All(RepeatedHeaderServer.Acao).ShouldBe([RepeatedHeaderServer.Origin, RepeatedHeaderServer.Origin]);
        twoLines.Combined(RepeatedHeaderServer.Acao).ShouldBe($"{RepeatedHeaderServer.Origin}, {RepeatedHeaderServer.Origin}");

        using var one = await server.Client.GetAsync("one-line-vary", ct);
        ResponseRecorder.Record(one).Headers.All("Vary").ShouldBe(["Origin, Accept-Encoding"]);
    }

    [Fact]
    public async Task Kestrel_really_writes_two_acao_lines_on_the_wire()
    {
        await using var server = await RepeatedHeaderServer.StartAsync(Transport.Kestrel);
        var ct = TestContext.Current.CancellationToken;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseUrl.Host, server.BaseUrl.Port, ct);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /two-acao HTTP/1.1\r\nHost: {server.BaseUrl.Authority}\r\nConnection: close\r\n\r\n"), ct);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var raw = await reader.ReadToEndAsync(ct);

        var head = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n");
        head.Where(l => l.StartsWith(RepeatedHeaderServer.Acao + ":", StringComparison.OrdinalIgnoreCase))
            .ShouldBe([$"{RepeatedHeaderServer.Acao}: {RepeatedHeaderServer.Origin}", $"{RepeatedHeaderServer.Acao}: {RepeatedHeaderServer.Origin}"]);
    }
}
