using CorsConformance.Contract;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Contract;

public sealed class OriginPatternTests
{
    [Theory]
    // exact entries compare byte for byte
    [InlineData("https://app.example.com", "https://app.example.com", true)]
    [InlineData("https://app.example.com", "https://app.example.com/", false)]
    [InlineData("https://app.example.com", "https://APP.example.com", false)]
    [InlineData("https://app.example.com", "http://app.example.com", false)]
    [InlineData("https://app.example.com", "https://app.example.com:8443", false)]
    [InlineData("https://app.example.com", "https://evil.app.example.com", false)]
    [InlineData("https://app.example.com", "null", false)]
    [InlineData("http://localhost:5173", "http://localhost:5173", true)]
    [InlineData("http://localhost:5173", "http://localhost:5174", false)]
    [InlineData("http://localhost:5173", "http://localhost", false)]
    [InlineData("http://[::1]:8080", "http://[::1]:8080", true)]
    // subdomain patterns: one or more labels, same scheme and port
    [InlineData("https://*.example.com", "https://app.example.com", true)]
    [InlineData("https://*.example.com", "https://a.b.example.com", true)]
    [InlineData("https://*.example.com", "https://cors-conformance-probe.example.com", true)]
    [InlineData("https://*.example.com", "https://example.com", false)]
    [InlineData("https://*.example.com", "https://evilexample.com", false)]
    [InlineData("https://*.example.com", "https://.example.com", false)]
    [InlineData("https://*.example.com", "https://a..example.com", false)]
    [InlineData("https://*.example.com", "http://app.example.com", false)]
    [InlineData("https://*.example.com", "https://app.example.com:8443", false)]
    [InlineData("https://*.example.com", "https://app.example.com.evil.test", false)]
    [InlineData("https://*.example.com", "https://app.example.co", false)]
    [InlineData("https://*.example.com", "https://APP.example.com", false)]
    [InlineData("https://*.example.com", "https://evil.test/.example.com", false)]
    [InlineData("https://*.example.com", "https://user@app.example.com", false)]
    [InlineData("https://*.example.com", "null", false)]
    [InlineData("https://*.example.com", "", false)]
    [InlineData("https://*.example.com:8443", "https://app.example.com:8443", true)]
    [InlineData("https://*.example.com:8443", "https://app.example.com", false)]
    [InlineData("http://*.localhost", "http://app.localhost", true)]
    // any origin
    [InlineData("*", "https://anything.test", true)]
    [InlineData("*", "null", true)]
    public void Matches(string entry, string origin, bool expected) =>
        OriginPattern.Parse(entry).Matches(origin).ShouldBe(expected, $"'{entry}' vs Origin '{origin}'");

    [Theory]
    [InlineData("https://app.example.com", "https", "app.example.com", null, false, "https://app.example.com", "example.com")]
    [InlineData("http://localhost:5173", "http", "localhost", "5173", false, "http://localhost:5173", "localhost")]
    [InlineData("http://127.0.0.1:8080", "http", "127.0.0.1", "8080", false, "http://127.0.0.1:8080", "127.0.0.1")]
    [InlineData("http://[::1]:8080", "http", "[::1]", "8080", false, "http://[::1]:8080", "[::1]")]
    [InlineData("https://shop.eu.example.com", "https", "shop.eu.example.com", null, false, "https://shop.eu.example.com", "example.com")]
    [InlineData("https://*.example.com", "https", "example.com", null, true, "https://cors-conformance-probe.example.com", "example.com")]
    [InlineData("https://*.preview.example.com:8443", "https", "preview.example.com", "8443", true, "https://cors-conformance-probe.preview.example.com:8443", "example.com")]
    [InlineData("chrome-extension://abcdefghijklmnopabcdefghijklmnop", "chrome-extension", "abcdefghijklmnopabcdefghijklmnop", null, false, "chrome-extension://abcdefghijklmnopabcdefghijklmnop", "abcdefghijklmnopabcdefghijklmnop")]
    public void Parses_the_parts(string entry, string scheme, string host, string? port, bool wildcard, string sample, string registrable)
    {
        OriginPattern.TryParse(entry, out var pattern, out var error).ShouldBeTrue(error);
        error.ShouldBeNull();
        pattern.Text.ShouldBe(entry);
        pattern.ToString().ShouldBe(entry);
        pattern.Scheme.ShouldBe(scheme);
        pattern.Host.ShouldBe(host);
        pattern.Port.ShouldBe(port);
        pattern.IsWildcardSubdomain.ShouldBe(wildcard);
        pattern.IsAnyOrigin.ShouldBeFalse();
        pattern.SampleOrigin.ShouldBe(sample);
        pattern.RegistrableDomainGuess.ShouldBe(registrable);
        pattern.Matches(pattern.SampleOrigin).ShouldBeTrue("the sample origin must be allowed by its own entry");
    }

    [Fact]
    public void Star_is_any_origin()
    {
        var any = OriginPattern.Parse("*");
        any.IsAnyOrigin.ShouldBeTrue();
        any.IsWildcardSubdomain.ShouldBeFalse();
        any.RegistrableDomainGuess.ShouldBeNull();
        any.Matches(any.SampleOrigin).ShouldBeTrue();
        OriginPattern.Parse(any.SampleOrigin).IsAnyOrigin.ShouldBeFalse();
    }

    [Theory]
    [InlineData("https://app.example.com/", "trailing slash", "write 'https://app.example.com'")]
    [InlineData("app.example.com", "no scheme", "write 'https://app.example.com'")]
    [InlineData("https://App.Example.com", "upper-case", "write 'https://app.example.com'")]
    [InlineData("https://app.example.com:443", "default port", "write 'https://app.example.com'")]
    [InlineData("https://app.*.com", "left-most label", "'https://app.example.com'")]
    [InlineData("null", "null-origin-allowed", "remove 'null'")]
    [InlineData("", "is empty", "'https://app.example.com'")]
    public void Rejects_with_the_reason_and_the_fix(string entry, string reason, string fix)
    {
        OriginPattern.TryParse(entry, out var pattern, out var error).ShouldBeFalse();
        pattern.ShouldBeNull();
        error.ShouldNotBeNull();
        error.ShouldContain(reason);
        error.ShouldContain("Fix: ");
        error.ShouldContain(fix);
        Should.Throw<FormatException>(() => OriginPattern.Parse(entry)).Message.ShouldBe(error);
    }
}
