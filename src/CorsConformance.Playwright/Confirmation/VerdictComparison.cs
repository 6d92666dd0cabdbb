using CorsConformance.Browser;
using CorsConformance.Http;

namespace CorsConformance.Playwright.Confirmation;

/// <summary>Compares the engine's verdict with what Chromium did, and words a disagreement so that it names both.</summary>
internal static class VerdictComparison
{
    public sealed record Result(Agreement Agreement, bool? RuleAgrees, bool? DetailAgrees, string? Disagreement);

    public static Result Compare(CorsRequest request, BrowserVerdict? engine, string? engineError, BrowserObservation browser, RecordedResponse? actual = null)
    {
        var subject = $"{request.Method} {request.Url} from origin '{request.Origin}' (credentials {Credentials(request.Credentials)})";
        if (browser.Outcome == BrowserOutcome.NotMeasured)
            return new(Agreement.NotCompared, null, null, $"Not compared for {subject}: {browser.Describe()}.");
        if (engine is null)
            return new(Agreement.NotCompared, null, null,
                $"Not compared for {subject}: the engine gave no verdict ({engineError ?? "no prediction"}); {browser.Describe()}.");

        var chromiumBlocked = browser.Outcome is BrowserOutcome.Blocked or BrowserOutcome.NetworkError;
        var engineBlocked = engine.Kind == VerdictKind.Blocked;
        if (chromiumBlocked != engineBlocked)
        {
            return new(Agreement.Disagree, false, false,
                $"Engine and Chromium disagree on {subject}: engine said {DescribeEngine(engine)}; {browser.Describe()}"
                + (browser.ConsoleMessage is null ? "." : $". Chromium console: {browser.ConsoleMessage}")
                + RedirectHint(actual));
        }
        if (!engineBlocked)
            return new(Agreement.Agree, null, null, null);

        var ruleAgrees = ChromiumCorsErrors.Matches(browser.CorsError, engine.RuleId);
        var detailAgrees = browser.ConsoleDetail is not null && engine.ChromiumDetail == browser.ConsoleDetail;
        return new(Agreement.Agree, ruleAgrees, detailAgrees, null);
    }

    /// <summary>The engine judges one actual response; when that was a redirect, Chromium followed it and judged the next hop too.</summary>
    private static string RedirectHint(RecordedResponse? actual) =>
        actual is { IsRedirect: true }
            ? $" (The engine judged only the first response, a {actual.Status} redirect to '{actual.Headers.Combined("Location")}'; Chromium followed it and judged the next response too.)"
            : "";

    public static string DescribeEngine(BrowserVerdict engine) => engine.Kind == VerdictKind.Accepted
        ? "Accepted"
        : $"Blocked{(engine.BlockedAtPreflight ? " at the preflight" : "")} because {engine.RuleId}: {engine.ChromiumDetail}";

    private static string Credentials(CredentialsMode mode) => mode switch
    {
        CredentialsMode.Include => "include",
        CredentialsMode.Omit => "omit",
        _ => "same-origin",
    };
}
