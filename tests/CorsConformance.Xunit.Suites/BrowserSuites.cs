using CorsConformance.Cases;
using CorsConformance.Contract;
using CorsConformance.Playwright;
using CorsConformance.Playwright.Verdicts;
using CorsConformance.Probing;
using CorsConformance.Running;

namespace CorsConformance.Xunit.Suites;

/// <summary>
/// ShopApi on a real socket, every case the engine passes confirmed by a real fetch() in Chromium (security probes off:
/// BrokenApiInChromiumCors runs them in the browser).
/// </summary>
public class ShopApiInChromiumCors : CorsConformanceTests<Program>
{
    protected override CorsContract Contract => ShopContract.Load();

    protected override RunOptions ConfigureRun(RunOptions options) => options with { IncludeSecurityProbes = false };

    protected override VerdictConfirmerSource? Browser => ChromiumConfirmation.Source();
}

/// <summary>BrokenApi in Chromium: the same rows fail, and each failure says what Chromium did.</summary>
public class BrokenApiInChromiumCors : CorsConformanceTests<BrokenApi.Program>
{
    protected override CorsContract Contract => ShopContract.Load();

    protected override VerdictConfirmerSource? Browser => ChromiumConfirmation.Source();
}

/// <summary>Browser confirmation asked for, but the configured Chromium does not exist.</summary>
public class ShopApiBrowserMissingCors : CorsConformanceTests<Program>
{
    protected override CorsContract Contract => ShopContract.OrdersOnly() with { ExcludedPaths = ["*"] };

    protected override VerdictConfirmerSource? Browser =>
        ChromiumConfirmation.Source(new BrowserConfirmerOptions { ExecutablePath = "/nonexistent/chromium" });
}

/// <summary>
/// A confirmer that reports the opposite of every engine verdict. It stands in for a browser that disagrees with the
/// engine (Chromium agrees with it on the whole differential corpus), to show how such a row fails.
/// </summary>
public class ShopApiContraryConfirmerCors : CorsConformanceTests<Program>
{
    protected override CorsContract Contract => ShopContract.OrdersOnly() with { ExcludedPaths = ["*"] };

    protected override VerdictConfirmerSource? Browser => _ => Task.FromResult<IVerdictConfirmer>(new ContraryConfirmer());

    private sealed class ContraryConfirmer : IVerdictConfirmer
    {
        public string Description => "a contrary confirmer";

        public Task<IReadOnlyList<VerdictConfirmation>> ConfirmAsync(Uri baseUrl, IReadOnlyList<CaseResult> results, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<VerdictConfirmation>>(results.Select(r => new VerdictConfirmation
            {
                Case = r.Case,
                Agrees = false,
                Observed = $"contrary: {(r.Case.Expected == ExpectedOutcome.Accepted ? "blocked" : "accepted")} at {baseUrl}",
                Disagreement = "The engine predicted one thing, the contrary confirmer did the other.",
            }).ToArray());
    }
}
