using CorsConformance.Browser;

namespace CorsConformance.Findings;

/// <summary>What a judge decided for one case: the browser verdict, the findings, and whether the case kept the contract.</summary>
internal sealed record Judgement(BrowserVerdict? Verdict, IReadOnlyList<Finding> Findings, bool ContractKept, string? NotMeasuredReason = null);
