using CorsConformance.Rules;
using CorsConformance.Security;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests.Engine;

public sealed class SecurityProbeOriginsTests
{
    [Theory]
    [InlineData("http://app.example.com", RuleIds.HttpOriginTrusted)]
    [InlineData("https://app.example.com:1337", RuleIds.PortVariationTrusted)]
    [InlineData("https://app.example.com.evil.test", RuleIds.PrefixBypass)]
    [InlineData("https://app.example.com_.evil.test", RuleIds.SpecialCharBypass)]
    [InlineData("https://app.example.com%60.evil.test", RuleIds.SpecialCharBypass)]
    [InlineData("https://evilexample.com", RuleIds.SuffixBypass)]
    [InlineData("https://appxexample.com", RuleIds.UnescapedDotBypass)]
    [InlineData("https://xample.com", RuleIds.SubstringBypass)]
    [InlineData("https://app.example.co", RuleIds.SubstringBypass)]
    [InlineData("https://evil.example.com", RuleIds.AnySubdomainTrusted)]
    public void Derives_the_catalog_probe_origins(string origin, string ruleId)
    {
        SecurityProbeOrigins.DerivedFrom("https://app.example.com", "seed").ShouldContain(p => p.Origin == origin && p.RuleId == ruleId);
    }

    [Fact]
    public void Keeps_ports_and_handles_ip_origins()
    {
        SecurityProbeOrigins.DerivedFrom("http://localhost:5173", "s").ShouldContain(p => p.Origin == "http://localhost:1337");
        SecurityProbeOrigins.DerivedFrom("http://127.0.0.1:8080", "s").ShouldNotContain(p => p.RuleId == RuleIds.SuffixBypass);
        SecurityProbeOrigins.RegistrableDomain("shop.example.co.uk").ShouldBe("example.co.uk");
    }

    [Fact]
    public void Generic_probes_are_stable_for_a_seed()
    {
        SecurityProbeOrigins.Generic("a").Select(p => p.Origin).ShouldBe(SecurityProbeOrigins.Generic("a").Select(p => p.Origin));
        SecurityProbeOrigins.Generic("a")[1].Origin.ShouldNotBe(SecurityProbeOrigins.Generic("b")[1].Origin);
        SecurityProbeOrigins.Generic("a").ShouldContain(p => p.Origin == "null" && p.RuleId == RuleIds.NullOriginAllowed);
    }
}
