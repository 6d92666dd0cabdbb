using Shouldly;
using static CorsConformance.Tests.Integration.RawResponse;

namespace CorsConformance.Tests.Integration;

/// <summary>Assertions on raw responses; every failure prints the status and all header lines.</summary>
internal static class TestAppAssertions
{
    public static void ShouldHaveStatus(this RawResponse response, int status) =>
        response.Status.ShouldBe(status, $"response was:\n{response}");

    /// <summary>Exactly one ACAO line equal to <paramref name="origin"/>, and ACAC true when <paramref name="credentials"/>.</summary>
    public static void ShouldAllow(this RawResponse response, string origin, bool credentials = true)
    {
        response.All(Acao).ShouldBe([origin], $"one ACAO line '{origin}' expected; response was:\n{response}");
        if (credentials) response.All(Acac).ShouldBe(["true"], $"ACAC: true expected; response was:\n{response}");
        else response.All(Acac).ShouldBeEmpty($"no ACAC expected; response was:\n{response}");
    }

    public static void ShouldNotAllowAnyOrigin(this RawResponse response) =>
        response.All(Acao).ShouldBeEmpty($"no ACAO expected; response was:\n{response}");

    public static void ShouldHaveNoCorsHeaders(this RawResponse response) =>
        response.HasNoCorsHeaders.ShouldBeTrue($"no Access-Control-* line expected; response was:\n{response}");

    public static void ShouldVaryByOrigin(this RawResponse response, bool expected = true) =>
        response.VariesByOrigin.ShouldBe(expected, $"Vary: Origin {(expected ? "expected" : "not expected")}; response was:\n{response}");

    /// <summary>The shop's preflight allow-lists: the five methods, the three headers, max-age 600.</summary>
    public static void ShouldListShopPreflight(this RawResponse response)
    {
        response.All(Acam).ShouldBe(["GET,POST,PUT,PATCH,DELETE"], $"response was:\n{response}");
        response.All(Acah).ShouldBe(["Authorization,Content-Type,X-Request-Id"], $"response was:\n{response}");
        response.All(Acma).ShouldBe(["600"], $"response was:\n{response}");
    }
}
