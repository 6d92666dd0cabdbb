namespace CorsConformance.Browser;

/// <summary>Why a response failed the CORS check: the catalog rule and Chromium's sentence (without any preflight prefix).</summary>
/// <param name="RuleId">The catalog rule id.</param>
/// <param name="Detail">Chromium's detail sentence for a fetch() initiator.</param>
internal sealed record CorsCheckFailure(string RuleId, string Detail);
