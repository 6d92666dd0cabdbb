using CorsConformance.TestApps;
using Shouldly;
using Xunit;
using static CorsConformance.Tests.Integration.RawResponse;

namespace CorsConformance.Tests.Integration;

/// <summary>
/// Each security kind trusts the attacker origins its mistake lets through (echoed with credentials), still serves the
/// shop's own origin, and still refuses an origin its mistake does not cover; the correct app refuses every one of them.
/// </summary>
public sealed class TestAppSecurityOriginTests
{
    private const string Evil = "https://evil.example-attacker.test";

    private static readonly (TestAppKind Kind, string Probe)[] Trusted =
    [
        (TestAppKind.ReflectsAnyOrigin, Evil),
        (TestAppKind.ReflectsAnyOrigin, "null"),
        (TestAppKind.ReflectsAnyOrigin, "https://codepen.io"),
        (TestAppKind.NullOriginAllowed, "null"),
        (TestAppKind.SuffixMatch, "https://evilexample.com"),
        (TestAppKind.SuffixMatch, "https://evil.example.com"),
        (TestAppKind.SuffixMatch, "https://appxexample.com"),
        (TestAppKind.PrefixMatch, "https://app.example.com.evil.test"),
        (TestAppKind.PrefixMatch, "https://app.example.com:1337"),
        (TestAppKind.PrefixMatch, "https://app.example.com_.evil.test"),
        (TestAppKind.PrefixMatch, "https://app.example.com%0d%0ax-cors-conformance-injected:1"),
        (TestAppKind.UnescapedDotRegex, "https://appxexample.com"),
        (TestAppKind.UnescapedDotRegex, "https://adminxexample.com"),
        (TestAppKind.AnySubdomain, "https://evil.example.com"),
        (TestAppKind.HttpOriginTrusted, "http://app.example.com"),
    ];

    private static readonly (TestAppKind Kind, string Probe)[] Refused =
    [
        (TestAppKind.NullOriginAllowed, Evil),
        (TestAppKind.SuffixMatch, Evil),
        (TestAppKind.SuffixMatch, "http://app.example.com"),
        (TestAppKind.PrefixMatch, Evil),
        (TestAppKind.PrefixMatch, "https://evil.example.com"),
        (TestAppKind.UnescapedDotRegex, "https://evil.example.com"),
        (TestAppKind.AnySubdomain, "https://evilexample.com"),
        (TestAppKind.AnySubdomain, "http://evil.example.com"),
        (TestAppKind.AnySubdomain, "https://app.example.com:1337"),
        (TestAppKind.HttpOriginTrusted, "http://admin.example.com"),
    ];

    public static TheoryData<TestAppKind, string> TrustedProbes => Rows(Trusted);

    public static TheoryData<TestAppKind, string> RefusedProbes => Rows(Refused);

    public static TheoryData<string> EveryProbe => [.. Trusted.Concat(Refused).Select(r => r.Probe).Distinct()];

    public static TheoryData<TestAppKind> SecurityKinds =>
    [
        TestAppKind.ReflectsAnyOrigin, TestAppKind.NullOriginAllowed, TestAppKind.SuffixMatch, TestAppKind.PrefixMatch,
        TestAppKind.UnescapedDotRegex, TestAppKind.AnySubdomain, TestAppKind.HttpOriginTrusted, TestAppKind.ReflectsRequestHeaders,
    ];

    [Theory]
    [MemberData(nameof(TrustedProbes))]
    public async Task Broken_app_echoes_the_probe_origin_with_credentials(TestAppKind kind, string probe)
    {
        await using var app = TestApp.StartInMemory(kind);
        var actual = await GetAsync(app.Client, "/api/orders", probe);
        actual.ShouldAllow(probe);
        actual.ShouldVaryByOrigin();
        (await PreflightAsync(app.Client, "/api/orders/1", probe)).ShouldAllow(probe);
    }

    [Theory]
    [MemberData(nameof(RefusedProbes))]
    public async Task Broken_app_still_refuses_origins_its_mistake_does_not_cover(TestAppKind kind, string probe)
    {
        await using var app = TestApp.StartInMemory(kind);
        (await GetAsync(app.Client, "/api/orders", probe)).ShouldHaveNoCorsHeaders();
    }

    [Theory]
    [MemberData(nameof(SecurityKinds))]
    public async Task Broken_app_still_serves_the_shop_origins(TestAppKind kind)
    {
        await using var app = TestApp.StartInMemory(kind);
        (await GetAsync(app.Client, "/api/orders", ShopContract.AppOrigin)).ShouldAllow(ShopContract.AppOrigin);
        (await GetAsync(app.Client, "/api/orders", ShopContract.AdminOrigin)).ShouldAllow(ShopContract.AdminOrigin);
        (await GetAsync(app.Client, "/api/boom", ShopContract.AppOrigin)).ShouldAllow(ShopContract.AppOrigin);
    }

    [Theory]
    [MemberData(nameof(EveryProbe))]
    public async Task Correct_refuses_every_probe_origin(string probe)
    {
        await using var app = TestApp.StartInMemory(TestAppKind.Correct);
        (await GetAsync(app.Client, "/api/orders", probe)).ShouldHaveNoCorsHeaders();
        (await PreflightAsync(app.Client, "/api/orders/1", probe)).ShouldHaveNoCorsHeaders();
    }

    private static TheoryData<TestAppKind, string> Rows((TestAppKind Kind, string Probe)[] rows)
    {
        var data = new TheoryData<TestAppKind, string>();
        foreach (var (kind, probe) in rows) data.Add(kind, probe);
        return data;
    }
}
