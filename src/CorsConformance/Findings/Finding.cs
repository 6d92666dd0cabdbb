using CorsConformance.Browser;
using CorsConformance.Rules;

namespace CorsConformance.Findings;

/// <summary>One rule broken by the server: what, where, the evidence, what the browser prints, and the fix.</summary>
public sealed record Finding
{
    /// <summary>The catalog rule id, e.g. <c>wildcard-with-credentials</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>Error, warning or info.</summary>
    public required Severity Severity { get; init; }

    /// <summary>One-line verdict, e.g. "Chromium blocks PUT /api/orders from https://app.example.com: ACAO is '*' with credentials".</summary>
    public required string Summary { get; init; }

    /// <summary>The name of the case that revealed it, or null for a contract-wide finding.</summary>
    public string? CaseName { get; init; }

    /// <summary>The endpoint path.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The method of the case.</summary>
    public string? Method { get; init; }

    /// <summary>The origin of the case.</summary>
    public string? Origin { get; init; }

    /// <summary>The credentials mode of the case.</summary>
    public CredentialsMode? Credentials { get; init; }

    /// <summary>Accepted or blocked, as predicted for Chromium, when a browser verdict applies.</summary>
    public VerdictKind? PredictedVerdict { get; init; }

    /// <summary>The console line Chromium prints, or null when the browser prints nothing (e.g. missing Vary).</summary>
    public string? BrowserMessage { get; init; }

    /// <summary>Why this matters.</summary>
    public required string Why { get; init; }

    /// <summary>How to fix it (generic, plus ASP.NET Core and the stack the Server header reveals where known).</summary>
    public required string Fix { get; init; }

    /// <summary>The exchanges that decided it.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>A curl command reproducing the deciding request.</summary>
    public string? Curl { get; init; }
}
