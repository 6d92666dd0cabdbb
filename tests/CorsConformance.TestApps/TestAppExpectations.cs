using Rule = CorsConformance.Rules.RuleIds;

namespace CorsConformance.TestApps;

/// <summary>
/// The rule ids a run of <see cref="ShopContract.For"/> against each <see cref="TestAppKind"/> must report. A
/// conformance run agrees with an app when every expected id appears (any severity) and no other id appears at
/// warning or error severity.
/// </summary>
public static class TestAppExpectations
{
    /// <summary>The rule ids <paramref name="kind"/> breaks (empty for the correct apps).</summary>
    public static IReadOnlySet<string> RuleIds(TestAppKind kind) => kind switch
    {
        TestAppKind.Correct => Ids(),
        TestAppKind.PublicWildcardEverywhere => Ids(),
        TestAppKind.WildcardWithCredentials => Ids(Rule.WildcardWithCredentials),
        TestAppKind.MissingVaryOrigin => Ids(Rule.MissingVaryOrigin),
        // Preflight 404 without ACAO: Chromium checks ACAO before the status and prints "No 'Access-Control-Allow-Origin'
        // header is present" (catalog §5), so the rule is acao-missing (at the preflight), not preflight-not-ok.
        TestAppKind.PreflightNotFound => Ids(Rule.AcaoMissing),
        // Preflight 405 WITH every CORS header: the CORS check passes, the status fails: "It does not have HTTP ok status."
        TestAppKind.PreflightMethodNotAllowed => Ids(Rule.PreflightNotOk),
        TestAppKind.DuplicateAcao => Ids(Rule.DuplicateAcao),
        TestAppKind.ExceptionHandlerWithoutCors => Ids(Rule.ErrorPathMissingHeaders),
        TestAppKind.TrailingSlashOrigin => Ids(Rule.TrailingSlashMismatch),
        // The preflight answers 401 WITHOUT ACAO (UseCors never runs): Chromium prints the ACAO text → acao-missing. The
        // same ordering leaves the 401 of /api/account (and the 401 that replaces the 404 of an unknown route) without
        // CORS → error-path-missing-headers. Both are consequences of the one mistake.
        TestAppKind.CorsAfterAuthorization => Ids(Rule.AcaoMissing, Rule.ErrorPathMissingHeaders),
        // Every attacker origin is echoed with credentials, so every origin family of catalog §3 is accepted. The encoded
        // CR/LF origin is echoed literally (no header is injected): that is reflection, not crlf-in-reflected-value.
        TestAppKind.ReflectsAnyOrigin => Ids(
            Rule.ReflectsArbitraryOrigin, Rule.NullOriginAllowed, Rule.ThirdPartyOriginTrusted, Rule.ExtensionOriginTrusted,
            Rule.HttpOriginTrusted, Rule.PortVariationTrusted, Rule.PrefixBypass, Rule.SpecialCharBypass, Rule.SuffixBypass,
            Rule.UnescapedDotBypass, Rule.SubstringBypass, Rule.AnySubdomainTrusted),
        TestAppKind.NullOriginAllowed => Ids(Rule.NullOriginAllowed),
        // "https://" + EndsWith("example.com"): https://evilexample.com, every subdomain of example.com, and the
        // unescaped-dot probe https://appxexample.com (it, too, ends with "example.com") pass.
        TestAppKind.SuffixMatch => Ids(Rule.SuffixBypass, Rule.AnySubdomainTrusted, Rule.UnescapedDotBypass),
        // StartsWith("https://app.example.com"): .evil.test after the host, another port, and special characters after the host
        // pass. The encoded-CR/LF probe (https://app.example.com%0d%0a...) passes for the same reason: a prefix acceptance,
        // not reflection of arbitrary origins (https://evil.example-attacker.test is refused).
        TestAppKind.PrefixMatch => Ids(Rule.PrefixBypass, Rule.PortVariationTrusted, Rule.SpecialCharBypass),
        TestAppKind.UnescapedDotRegex => Ids(Rule.UnescapedDotBypass),
        TestAppKind.AnySubdomain => Ids(Rule.AnySubdomainTrusted),
        TestAppKind.HttpOriginTrusted => Ids(Rule.HttpOriginTrusted),
        TestAppKind.ReflectsRequestHeaders => Ids(Rule.ReflectsRequestHeadersOrMethods),
        TestAppKind.WebSocketNoOriginCheck => Ids(Rule.WebSocketOriginNotChecked),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Unknown test app kind {(int)kind}."),
    };

    private static HashSet<string> Ids(params string[] ids) => new(ids, StringComparer.Ordinal);
}
