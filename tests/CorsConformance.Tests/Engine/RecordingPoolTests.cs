using System.Reflection;
using CorsConformance.Browser;
using CorsConformance.Http;
using CorsConformance.Probing;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Engine;

/// <summary>
/// The pool may only ever hand back a recording that is byte-for-byte the one it replaces: a shared instance that
/// differed in one letter would put another case's evidence in a failure message.
/// </summary>
public sealed class RecordingPoolTests
{
    private static readonly HashSet<string> NoSecrets = new(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public async Task Equal_responses_from_a_real_socket_share_one_recording_and_different_ones_do_not()
    {
        const string Allowed = "HTTP/1.1 204 No Content\r\nAccess-Control-Allow-Origin: https://a.test\r\nConnection: close\r\n\r\n";
        await using var first = new RawTcpServer(Allowed);
        await using var second = new RawTcpServer(Allowed);
        await using var other = new RawTcpServer(Allowed.Replace("https://a.test", "https://A.test"));
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var sender = new ExchangeSender(client, TimeSpan.FromSeconds(5), retries: 0, NoSecrets, new RecordingPool());
        var ct = TestContext.Current.CancellationToken;

        var a = await sender.SendAsync("GET", first.BaseUrl, [new("Origin", "https://a.test")], null, ct);
        var b = await sender.SendAsync("GET", second.BaseUrl, [new("Origin", "https://a.test")], null, ct);
        var c = await sender.SendAsync("GET", other.BaseUrl, [new("Origin", "https://a.test")], null, ct);

        b.Response.ShouldBeSameAs(a.Response);
        b.Request.Headers.ShouldBeSameAs(a.Request.Headers);
        b.Request.Url.ShouldBe(second.BaseUrl); // the request itself is the case's own
        c.Response.ShouldNotBeSameAs(a.Response);
        c.Response!.Headers.All("Access-Control-Allow-Origin").ShouldBe(["https://A.test"]);
    }

    [Fact]
    public void Header_lines_are_shared_only_when_every_name_value_and_position_is_the_same()
    {
        var pool = new RecordingPool();
        IReadOnlyList<HeaderLine> original = [new("Origin", "https://a.test"), new("Accept", "*/*")];
        pool.Share(original).ShouldBeSameAs(original);
        pool.Share([new HeaderLine("Origin", "https://a.test"), new HeaderLine("Accept", "*/*")]).ShouldBeSameAs(original);

        IReadOnlyList<HeaderLine>[] different =
        [
            [new("origin", "https://a.test"), new("Accept", "*/*")],      // name case
            [new("Origin", "https://A.test"), new("Accept", "*/*")],      // value case
            [new("Accept", "*/*"), new("Origin", "https://a.test")],      // order
            [new("Origin", "https://a.test"), new("Accept", "*/* ")],     // trailing space
            [new("Origin", "https://a.test")],                            // one line fewer
        ];
        foreach (var lines in different) pool.Share(lines).ShouldBeSameAs(lines);
    }

    [Fact]
    public void Responses_differing_in_status_or_reason_phrase_are_not_shared()
    {
        var pool = new RecordingPool();
        IReadOnlyList<HeaderLine> lines = [new("Access-Control-Allow-Origin", "*")];
        var ok = pool.Share(new RecordedResponse(200, lines, "OK"));
        pool.Share(new RecordedResponse(200, [new("Access-Control-Allow-Origin", "*")], "OK")).ShouldBeSameAs(ok);
        var created = new RecordedResponse(201, lines, "OK");
        pool.Share(created).ShouldBeSameAs(created);
        var fine = new RecordedResponse(200, lines, "Fine");
        pool.Share(fine).ShouldBeSameAs(fine);
        var noReason = new RecordedResponse(200, lines);
        pool.Share(noReason).ShouldBeSameAs(noReason);
    }

    [Fact]
    public void Verdicts_are_shared_only_when_every_property_is_the_same()
    {
        var pool = new RecordingPool();
        var blocked = pool.Share(BrowserVerdict.Block("CORS-ACAO-MISSING", "No header", atPreflight: false));
        pool.Share(BrowserVerdict.Block("CORS-ACAO-MISSING", "No header", atPreflight: false)).ShouldBeSameAs(blocked);

        BrowserVerdict[] different =
        [
            BrowserVerdict.Block("CORS-ACAO-MISSING", "No header", atPreflight: true),
            BrowserVerdict.Block("CORS-ACAO-MULTIPLE", "No header", atPreflight: false),
            BrowserVerdict.Block("CORS-ACAO-MISSING", "No Header", atPreflight: false),
            BrowserVerdict.Block("CORS-ACAO-MISSING", "No header", atPreflight: false) with { FinalUrl = new Uri("https://api.test/a") },
            BrowserVerdict.Block("CORS-ACAO-MISSING", "No header", atPreflight: false) with { RedirectedFrom = new Uri("https://api.test/a") },
        ];
        foreach (var verdict in different) pool.Share(verdict).ShouldBeSameAs(verdict);

        // Uri equality ignores the fragment; the pool must not.
        var plain = pool.Share(BrowserVerdict.Accept() with { FinalUrl = new Uri("https://api.test/a") });
        var fragment = BrowserVerdict.Accept() with { FinalUrl = new Uri("https://api.test/a#x") };
        pool.Share(fragment).ShouldBeSameAs(fragment);
        plain.FinalUrl!.OriginalString.ShouldBe("https://api.test/a");

        // Lists compare by reference: a verdict with its own equal-looking list is kept, never merged into another's.
        var readable = BrowserVerdict.Accept(["X-Total"]);
        pool.Share(readable).ShouldBeSameAs(readable);
        var lookalike = BrowserVerdict.Accept(["X-Total"]);
        pool.Share(lookalike).ShouldBeSameAs(lookalike);
        pool.Share(BrowserVerdict.Accept(["X-Other"])).ReadableResponseHeaders.ShouldBe(["X-Other"]);
    }

    [Fact]
    public void The_comparer_knows_every_property_of_the_records_it_compares()
    {
        // A property added to these records must be added to RecordingComparer too, or the pool would merge records that
        // differ in it. Update this list only together with the comparer.
        Properties<BrowserVerdict>().ShouldBe(
            ["Accepted", "BlockedAtPreflight", "ChromiumDetail", "Deviations", "FinalUrl", "Kind", "ReadableResponseHeaders", "RedirectedFrom", "RuleId"],
            "BrowserVerdict changed: compare the new property in RecordingComparer (Accepted is derived from Kind)");
        Properties<RecordedResponse>().ShouldBe(
            ["Headers", "IsOk", "IsRedirect", "ReasonPhrase", "Status"],
            "RecordedResponse changed: compare the new property in RecordingComparer (IsOk and IsRedirect are derived from Status)");
        typeof(HeaderLine).GetProperties().Select(p => p.Name).Order().ShouldBe(["Name", "Value"]);
    }

    [Fact]
    public void Past_its_capacity_the_pool_keeps_new_values_as_they_are()
    {
        var pool = new RecordingPool();
        for (var i = 0; i < RecordingPool.Capacity; i++) pool.Share([new HeaderLine("X-N", i.ToString())]);
        IReadOnlyList<HeaderLine> late = [new("X-N", "late")];
        pool.Share(late).ShouldBeSameAs(late);
        pool.Share([new HeaderLine("X-N", "late")]).ShouldNotBeSameAs(late); // not remembered
        IReadOnlyList<HeaderLine> early = [new("X-N", "0")];
        pool.Share(early).ShouldNotBeSameAs(early); // remembered values are still shared
    }

    private static string[] Properties<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
}
