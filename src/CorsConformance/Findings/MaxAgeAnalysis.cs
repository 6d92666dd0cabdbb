using System.Globalization;
using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Http;
using CorsConformance.Probing;
using CorsConformance.Rules;
using static CorsConformance.Findings.CorsHeaderValues;

namespace CorsConformance.Findings;

/// <summary>
/// Contract-wide: the Access-Control-Max-Age of accepted preflights, once per endpoint — above Chromium's cap (info) or
/// different from the contract's promise (warning).
/// </summary>
internal static class MaxAgeAnalysis
{
    private const int ChromiumCapSeconds = 7200;

    public static IEnumerable<Finding> Analyze(CorsContract contract, IReadOnlyList<CaseResult> results)
    {
        var firstPreflightPerEndpoint = results
            .Where(r => r.Case.Expected == ExpectedOutcome.Accepted && r.Preflight?.Response is { IsOk: true } && r.Verdict is { Accepted: true })
            .GroupBy(r => r.Case.Path, StringComparer.Ordinal)
            .Select(g => g.First());

        foreach (var result in firstPreflightPerEndpoint)
        {
            var preflight = result.Preflight!;
            var lines = preflight.Response!.Headers.Where(h => h.Name.Equals(Acma, StringComparison.OrdinalIgnoreCase)).ToArray();
            var declared = ParseSeconds(preflight.Response.Headers.Combined(Acma));
            var endpoint = contract.Endpoints.FirstOrDefault(e => e.Path == result.Case.Path);
            var promised = endpoint?.MaxAgeSeconds ?? contract.MaxAgeSeconds;

            if (declared > ChromiumCapSeconds)
                yield return FindingFactory.ContractWide(RuleIds.MaxAgeAboveBrowserCap, Severity.Info, result.Case.Path,
                    $"Preflights of {result.Case.Path} declare Access-Control-Max-Age {declared}; Chromium caches at most {ChromiumCapSeconds} s (Firefox 86400, WebKit 600)",
                    preflight, lines);
            if (promised is { } expected && declared != expected)
                yield return FindingFactory.ContractWide(RuleIds.MaxAgeDiffersFromContract, Severity.Warning, result.Case.Path,
                    $"Preflights of {result.Case.Path} declare Access-Control-Max-Age {(declared?.ToString(CultureInfo.InvariantCulture) ?? "(none: browsers cache 5 s)")}, the contract promises {expected}",
                    preflight, lines);
        }
    }

    private static int? ParseSeconds(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
}
