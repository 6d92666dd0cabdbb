using CorsConformance.Browser;
using CorsConformance.Http;
using Shouldly;
using Xunit;
using static CorsConformance.Tests.Browser.BrowserFixtures;

namespace CorsConformance.Tests.Browser;

/// <summary>expose-headers-missing: which response headers script can read (checked against Chromium 156's <c>headers.keys()</c>).</summary>
public sealed class ResponseExposureTests
{
    public sealed record Row(string Name, CorsRequest Request, RecordedResponse Response, string[] Readable) : INamedRow
    {
        public override string ToString() => Name;
    }

    private static readonly string[] Safelisted =
        ["cache-control", "content-language", "content-length", "content-type", "expires", "last-modified", "pragma"];

    private static string[] SafelistedPlus(params string[] names) => [.. Safelisted.Concat(names).Order(StringComparer.Ordinal)];

    private static readonly (string, string) Total = ("X-Total", "3");
    private static readonly (string, string) Page = ("X-Page", "1");
    private static readonly (string, string) Cookie = ("Set-Cookie", "s=1");

    public static TheoryData<Row> Rows => Named<Row>(
    [
        new("no ACEH: only the safelisted names", Fetch(), Response(200, Acao(), Total, Cookie), Safelisted),
        new("ACEH lists two names (lowercased)", Fetch(), Response(200, Acao(), Aceh("X-Total, x-page"), Total, Page), SafelistedPlus("x-page", "x-total")),
        new("ACEH over two lines", Fetch(), Response(200, Acao(), Aceh("X-Total"), Aceh("X-Page")), SafelistedPlus("x-page", "x-total")),
        new("ACEH with credentials still exposes listed names", Credentialed(), Response(200, Acao(), Acac(), Aceh("X-Total"), Total), SafelistedPlus("x-total")),
        new("ACEH * without credentials: every header but Set-Cookie", Fetch(), Response(200, Acao(), Aceh("*"), Total, Page, Cookie),
            SafelistedPlus("access-control-allow-origin", "access-control-expose-headers", "x-page", "x-total")),
        new("ACEH * with credentials: literal, nothing more", Credentialed(), Response(200, Acao(), Acac(), Aceh("*"), Total), Safelisted),
        new("ACEH * with credentials plus an explicit name", Credentialed(), Response(200, Acao(), Acac(), Aceh("*, X-Total"), Total), SafelistedPlus("x-total")),
        new("ACEH unparseable: nothing exposed", Fetch(), Response(200, Acao(), Aceh("X-Total, x y"), Total), Safelisted),
        new("ACEH listing Set-Cookie never exposes it", Fetch(), Response(200, Acao(), Aceh("Set-Cookie, X-Total"), Cookie, Total), SafelistedPlus("x-total")),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Readable_headers_match_chromium(Row row)
    {
        var verdict = BrowserModel.EvaluateResponse(row.Request, row.Response);

        verdict.Accepted.ShouldBeTrue(row.Name);
        verdict.ReadableResponseHeaders.ShouldBe(row.Readable, row.Name);
    }

    [Fact]
    public void Blocked_response_exposes_nothing()
    {
        var verdict = BrowserModel.EvaluateResponse(Fetch(), Response(200, Aceh("X-Total"), Total));

        verdict.Accepted.ShouldBeFalse();
        verdict.ReadableResponseHeaders.ShouldBeEmpty();
    }
}
