namespace CorsConformance.Playwright.Tests.Server;

/// <summary>A request as the behaviour server received it.</summary>
public sealed record SeenRequest(string Method, string PathAndQuery, string? Origin, IReadOnlyDictionary<string, string> Headers);
