using CorsConformance.Rules;

namespace CorsConformance.Playwright.Confirmation;

/// <summary>
/// The one table from Chromium's DevTools <c>corsErrorStatus.corsError</c> values (Network.CorsError) to catalog rule ids.
/// A Chromium error may be compatible with more specific catalog ids (e.g. <c>AllowOriginMismatch</c> is also what a
/// <c>trailing-slash-mismatch</c> looks like to the browser).
/// </summary>
public static class ChromiumCorsErrors
{
    private sealed record Entry(string RuleId, bool AtPreflight, string[] AlsoMatches);

    private static readonly Dictionary<string, Entry> Table = new(StringComparer.Ordinal)
    {
        ["MissingAllowOriginHeader"] = new(RuleIds.AcaoMissing, false, [RuleIds.RedirectMissingCors, RuleIds.ErrorPathMissingHeaders]),
        ["PreflightMissingAllowOriginHeader"] = new(RuleIds.AcaoMissing, true, [RuleIds.PreflightNotOk, RuleIds.ErrorPathMissingHeaders]),
        ["MultipleAllowOriginValues"] = new(RuleIds.DuplicateAcao, false, []),
        ["PreflightMultipleAllowOriginValues"] = new(RuleIds.DuplicateAcao, true, []),
        ["InvalidAllowOriginValue"] = new(RuleIds.AcaoInvalid, false, []),
        ["PreflightInvalidAllowOriginValue"] = new(RuleIds.AcaoInvalid, true, []),
        ["AllowOriginMismatch"] = new(RuleIds.AcaoMismatch, false, [RuleIds.TrailingSlashMismatch]),
        ["PreflightAllowOriginMismatch"] = new(RuleIds.AcaoMismatch, true, [RuleIds.TrailingSlashMismatch]),
        ["WildcardOriginNotAllowed"] = new(RuleIds.WildcardWithCredentials, false, []),
        ["PreflightWildcardOriginNotAllowed"] = new(RuleIds.WildcardWithCredentials, true, []),
        ["InvalidAllowCredentials"] = new(RuleIds.CredentialsNotTrue, false, []),
        ["PreflightInvalidAllowCredentials"] = new(RuleIds.CredentialsNotTrue, true, []),
        ["PreflightInvalidStatus"] = new(RuleIds.PreflightNotOk, true, []),
        ["PreflightDisallowedRedirect"] = new(RuleIds.PreflightRedirect, true, []),
        ["MethodDisallowedByPreflightResponse"] = new(RuleIds.MethodNotAllowed, true, []),
        ["HeaderDisallowedByPreflightResponse"] = new(RuleIds.HeaderNotAllowed, true, []),
        ["InvalidAllowMethodsPreflightResponse"] = new(RuleIds.AllowListUnparseable, true, []),
        ["InvalidAllowHeadersPreflightResponse"] = new(RuleIds.AllowListUnparseable, true, []),
    };

    /// <summary>
    /// Chromium errors that say nothing about the server's CORS headers but about the test set-up
    /// (Local/Private Network Access permission): the browser was launched without <c>--disable-features=LocalNetworkAccessChecks</c>.
    /// </summary>
    private static readonly HashSet<string> SetupErrors = new(StringComparer.Ordinal)
    {
        "LocalNetworkAccessPermissionDenied", "PrivateNetworkAccessPermissionDenied", "PrivateNetworkAccessPermissionUnavailable",
        "InsecurePrivateNetwork", "InvalidPrivateNetworkAccess", "UnexpectedPrivateNetworkAccess",
        "PreflightMissingAllowPrivateNetwork", "PreflightInvalidAllowPrivateNetwork",
        "PreflightMissingPrivateNetworkAccessId", "PreflightMissingPrivateNetworkAccessName",
        "PreflightMissingAllowExternal", "PreflightInvalidAllowExternal",
    };

    /// <summary>The catalog rule id for a Chromium <c>corsError</c>, or null when the error has no catalog rule.</summary>
    public static string? RuleIdFor(string? corsError) =>
        corsError is not null && Table.TryGetValue(corsError, out var entry) ? entry.RuleId : null;

    /// <summary>True when Chromium decided <paramref name="corsError"/> on the preflight response.</summary>
    public static bool IsPreflightError(string corsError) =>
        Table.TryGetValue(corsError, out var entry) ? entry.AtPreflight : corsError.StartsWith("Preflight", StringComparison.Ordinal);

    /// <summary>True when an engine rule id names the same failure as Chromium's <paramref name="corsError"/>.</summary>
    public static bool Matches(string? corsError, string? ruleId)
    {
        if (corsError is null || ruleId is null || !Table.TryGetValue(corsError, out var entry))
            return false;
        return entry.RuleId == ruleId || entry.AlsoMatches.Contains(ruleId);
    }

    /// <summary>True for errors caused by the browser set-up (local network permission), not by the server's headers.</summary>
    public static bool IsSetupError(string? corsError) => corsError is not null && SetupErrors.Contains(corsError);

    /// <summary>Every mapped Chromium error with its rule id (for documentation and reports).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = Table.ToDictionary(e => e.Key, e => e.Value.RuleId);
}
