using CorsConformance.Findings;
using CorsConformance.Probing;

namespace CorsConformance.Xunit.Hosting;

/// <summary>What the contract-wide row of one endpoint decides on.</summary>
/// <param name="Findings">The contract-wide findings (max-age promise, duplicate ACAO, preflight/actual disagreement...).</param>
/// <param name="NotMeasured">The endpoint's cases that could not be measured: the checks that needed them were not made.</param>
/// <param name="CaseCount">How many cases the endpoint has.</param>
internal sealed record ContractWideOutcome(IReadOnlyList<Finding> Findings, IReadOnlyList<CaseResult> NotMeasured, int CaseCount);
