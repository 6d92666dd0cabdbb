namespace CorsConformance.Playwright.Tests.Server;

/// <summary>A server behaviour: how OPTIONS (preflight) and every other method (actual) are answered at one path.</summary>
public sealed record ServerBehaviour(string Name, ResponseSpec Preflight, ResponseSpec Actual)
{
    public override string ToString() => $"{Name}: preflight {Preflight}; actual {Actual}";
}
