using CorsConformance.Contract;
using Shouldly;

namespace CorsConformance.Tests.Contract;

/// <summary>Content equality for contracts (records compare lists by reference, so equality is spelled out).</summary>
internal static class ContractAssert
{
    public static void SameContent(CorsContract actual, CorsContract expected)
    {
        actual.AllowedOrigins.ShouldBe(expected.AllowedOrigins);
        actual.AllowCredentials.ShouldBe(expected.AllowCredentials);
        actual.AllowedMethods.ShouldBe(expected.AllowedMethods);
        actual.AllowedHeaders.ShouldBe(expected.AllowedHeaders);
        actual.ExposedHeaders.ShouldBe(expected.ExposedHeaders);
        actual.MaxAgeSeconds.ShouldBe(expected.MaxAgeSeconds);
        actual.ErrorProbes.ShouldBe(expected.ErrorProbes);
        actual.WebSocketPaths.ShouldBe(expected.WebSocketPaths);
        actual.ExcludedPaths.ShouldBe(expected.ExcludedPaths);
        actual.AllowUnsafeLiveRequests.ShouldBe(expected.AllowUnsafeLiveRequests);
        actual.Endpoints.Count.ShouldBe(expected.Endpoints.Count);
        for (var i = 0; i < expected.Endpoints.Count; i++)
        {
            var a = actual.Endpoints[i];
            var e = expected.Endpoints[i];
            a.Path.ShouldBe(e.Path);
            a.Methods.ShouldBe(e.Methods);
            a.Public.ShouldBe(e.Public);
            a.AllowedOrigins.ShouldBe(e.AllowedOrigins);
            a.AllowCredentials.ShouldBe(e.AllowCredentials);
            a.AllowedHeaders.ShouldBe(e.AllowedHeaders);
            a.ExposedHeaders.ShouldBe(e.ExposedHeaders);
            a.MaxAgeSeconds.ShouldBe(e.MaxAgeSeconds);
            a.SampleBody.ShouldBe(e.SampleBody);
        }
    }

    public static ContractError ShouldHaveError(this CorsContractException exception, string field)
    {
        var error = exception.Errors.FirstOrDefault(e => e.Field == field);
        error.ShouldNotBeNull($"expected an error at '{field}', got:{Environment.NewLine}{exception.Message}");
        exception.Message.ShouldContain(field);
        return error;
    }
}
