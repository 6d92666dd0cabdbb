using CorsConformance.Http;
using Shouldly;
using Xunit;

namespace CorsConformance.Tests;

public sealed class HeaderLinesTests
{
    [Fact]
    public void Combined_joins_repeated_lines_like_fetch_get()
    {
        IReadOnlyList<HeaderLine> lines = [new("Access-Control-Allow-Origin", "https://a.test"), new("access-control-allow-origin", "https://a.test")];
        lines.Combined("ACCESS-CONTROL-ALLOW-ORIGIN").ShouldBe("https://a.test, https://a.test");
        lines.Combined("Vary").ShouldBeNull();
    }
}
