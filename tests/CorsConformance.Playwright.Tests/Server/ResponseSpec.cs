namespace CorsConformance.Playwright.Tests.Server;

/// <summary>
/// How the behaviour server answers one kind of request (preflight or actual). Header values may contain the placeholders
/// <c>{origin}</c>, <c>{acrm}</c> and <c>{acrh}</c>, replaced by the request's Origin / Access-Control-Request-Method /
/// Access-Control-Request-Headers. Every listed header becomes its own line (two ACAO entries = two ACAO lines).
/// </summary>
public sealed record ResponseSpec
{
    public int Status { get; init; } = 200;

    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    /// <summary>When set, the answer is a redirect (Status must be 3xx) to this path, keeping the request's query.</summary>
    public string? RedirectTo { get; init; }

    public string Body { get; init; } = "";

    public static ResponseSpec With(int status, params (string Name, string Value)[] headers) => new() { Status = status, Headers = headers };

    public override string ToString() =>
        $"{Status}{(RedirectTo is null ? "" : $" → {RedirectTo}")} [{string.Join("; ", Headers.Select(h => $"{h.Name}: {h.Value}"))}]";
}
