using CorsConformance.Browser;
using CorsConformance.Cases;
using CorsConformance.Http;

namespace CorsConformance.Playwright.Confirmation;

/// <summary>A case ready to run: its unique token and URL, and what the engine judges (recorded answers or a given verdict).</summary>
internal sealed record PlannedCase(CorsCase Case, string Token, CorsRequest Request)
{
    public Exchange? Preflight { get; init; }
    public Exchange? Actual { get; init; }
    public IReadOnlyList<RedirectHop> Redirects { get; init; } = [];
    public BrowserVerdict? GivenVerdict { get; init; }
    public string? RecordError { get; init; }

    /// <summary>Response header names to ask <c>headers.get()</c> about: what the server sent, what the case must read, and the safelisted ones.</summary>
    public IReadOnlyList<string> Candidates =>
    [
        .. (Actual?.Response?.Headers.Select(h => h.Name) ?? [])
            .Concat(Case.MustReadHeaders)
            .Concat(SafelistedResponseHeaders)
            .Select(n => n.ToLowerInvariant())
            .Distinct(),
    ];

    private static readonly string[] SafelistedResponseHeaders =
        ["cache-control", "content-language", "content-length", "content-type", "expires", "last-modified", "pragma"];

    public bool IsWebSocket => Case.Family == CaseFamily.WebSocket;
}
