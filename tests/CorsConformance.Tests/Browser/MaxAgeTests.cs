using CorsConformance.Browser;
using CorsConformance.Http;
using Shouldly;
using Xunit;
using static CorsConformance.Tests.Browser.BrowserFixtures;

namespace CorsConformance.Tests.Browser;

/// <summary>max-age-above-browser-cap: how long each engine caches a preflight.</summary>
public sealed class MaxAgeTests
{
    public sealed record Row(string Name, RecordedResponse Preflight, int Chromium, int Firefox, int WebKit) : INamedRow
    {
        public override string ToString() => Name;
    }

    private static RecordedResponse With(params string[] maxAges) =>
        Response(204, [Acao(), Acam("PUT"), .. maxAges.Select(MaxAge)]);

    public static TheoryData<Row> Rows => Named<Row>(
    [
        new("absent: 5 s everywhere", With(), 5, 5, 5),
        new("600", With("600"), 600, 600, 600),
        new("7200: Chromium's cap", With("7200"), 7200, 7200, 600),
        new("7201: above Chromium's cap", With("7201"), 7200, 7201, 600),
        new("86400: Firefox's cap", With("86400"), 7200, 86400, 600),
        new("100000: above every cap", With("100000"), 7200, 86400, 600),
        new("0: not cached", With("0"), 0, 0, 0),
        new("-1: negative, not cached", With("-1"), 0, 0, 0),
        new("+10: signed, 10 s", With("+10"), 10, 10, 10),
        new(" 30 : surrounding spaces trimmed", With(" 30 "), 30, 30, 30),
        new("abc: unparseable, 5 s (Firefox: not cached)", With("abc"), 5, 0, 5),
        new("10.5: unparseable", With("10.5"), 5, 0, 5),
        new("empty: unparseable", With(""), 5, 0, 5),
        new("two lines 10 and 20: unparseable", With("10", "20"), 5, 0, 5),
        new("24 digits: beyond 64 bits, unparseable", With("999999999999999999999999"), 5, 0, 5),
        new("3000000000: beyond 32 bits, capped", With("3000000000"), 7200, 86400, 600),
    ]);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Effective_max_age_per_engine(Row row)
    {
        BrowserModel.EffectiveMaxAgeSeconds(row.Preflight, BrowserEngine.Chromium).ShouldBe(row.Chromium, row.Name);
        BrowserModel.EffectiveMaxAgeSeconds(row.Preflight, BrowserEngine.Firefox).ShouldBe(row.Firefox, row.Name);
        BrowserModel.EffectiveMaxAgeSeconds(row.Preflight, BrowserEngine.WebKit).ShouldBe(row.WebKit, row.Name);
    }

    public static TheoryData<string, string[], bool, bool, int?> Declared => new()
    {
        { "absent", [], false, false, null },
        { "86400", ["86400"], true, true, 86400 },
        { "-1", ["-1"], true, true, -1 },
        { "abc", ["abc"], true, false, null },
        { "two lines", ["10", "20"], true, false, null },
        { "3000000000 clamps to int.MaxValue", ["3000000000"], true, true, int.MaxValue },
    };

    [Theory]
    [MemberData(nameof(Declared))]
    public void Declared_max_age_is_readable_for_findings(string name, string[] values, bool present, bool parseable, int? seconds)
    {
        var declared = MaxAgePolicy.ReadDeclared(With(values));

        declared.Present.ShouldBe(present, name);
        declared.Parseable.ShouldBe(parseable, name);
        declared.Seconds.ShouldBe(seconds, name);
        declared.RawValue.ShouldBe(values.Length == 0 ? null : string.Join(", ", values), name);
    }

    [Fact]
    public void Caps_are_the_documented_ones()
    {
        MaxAgePolicy.CapSeconds(BrowserEngine.Chromium).ShouldBe(7200);
        MaxAgePolicy.CapSeconds(BrowserEngine.Firefox).ShouldBe(86400);
        MaxAgePolicy.CapSeconds(BrowserEngine.WebKit).ShouldBe(600);
    }
}
