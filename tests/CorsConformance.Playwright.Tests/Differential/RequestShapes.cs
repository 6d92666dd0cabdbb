using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Http;

namespace CorsConformance.Playwright.Tests.Differential;

/// <summary>The request shapes every corpus behaviour is checked with.</summary>
internal static class RequestShapes
{
    public sealed record Shape(string Name, string Method, CredentialsMode Credentials, HeaderLine[] Headers, string? Body, string Origin = TestCases.App);

    private static readonly HeaderLine Json = new("Content-Type", "application/json");
    private static readonly HeaderLine Authorization = new("Authorization", "Bearer differential");

    public static IReadOnlyList<Shape> All { get; } =
    [
        new("simple GET", "GET", CredentialsMode.SameOrigin, [], null),
        new("GET with credentials", "GET", CredentialsMode.Include, [], null),
        new("PUT JSON + Authorization", "PUT", CredentialsMode.SameOrigin, [Json, Authorization], "{\"id\":1}"),
        new("PUT JSON + Authorization with credentials", "PUT", CredentialsMode.Include, [Json, Authorization], "{\"id\":1}"),
        new("patch (lower-case) JSON with credentials", "patch", CredentialsMode.Include, [Json], "{\"id\":1}"),
        new("GET with X-Custom header", "GET", CredentialsMode.SameOrigin, [new("X-Custom", "1")], null),
        new("PUT JSON from an origin with a port", "PUT", CredentialsMode.SameOrigin, [Json], "{\"id\":1}", "https://app.example.com:8443"),
        new("GET with credentials from a sandboxed iframe (Origin null)", "GET", CredentialsMode.Include, [], null, "null"),
    ];

    public static CorsCase ToCase(Shape shape, string path, string behaviourName) => new()
    {
        Name = $"{shape.Name} → {behaviourName}",
        Family = shape.Method == "GET" && shape.Headers.Length == 0 ? CaseFamily.Actual : CaseFamily.Preflight,
        Path = path,
        Method = shape.Method,
        Origin = shape.Origin,
        Credentials = shape.Credentials,
        Headers = shape.Headers,
        Body = shape.Body,
        Expected = ExpectedOutcome.Accepted,
    };
}
