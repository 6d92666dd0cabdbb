using CorsConformance.Browser;
using CorsConformance.Contract;
using CorsConformance.Http;
using CorsConformance.Rules;
using CorsConformance.Security;

namespace CorsConformance.Cases;

/// <summary>
/// Expands a contract into the case matrix: endpoint × allowed origin × method × credentials × headers (each expected
/// accepted), error paths, Vary, exposed headers, and negative cases from origins the contract does not allow (expected blocked).
/// </summary>
public static class CaseMatrix
{
    private static readonly string[] SafelistedMethods = ["GET", "HEAD", "POST"];

    /// <summary>Every case for <paramref name="contract"/>, in a stable order (names are stable between runs).</summary>
    public static IReadOnlyList<CorsCase> Expand(CorsContract contract, bool includeSecurityProbes = true, bool includeWebSockets = true)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var cases = new List<CorsCase>();
        var policies = contract.Endpoints.Select(e => EndpointPolicy.For(contract, e)).ToArray();

        foreach (var policy in policies)
        {
            if (policy.Public) AddPublicCases(cases, policy);
            else foreach (var origin in policy.SampleOrigins) AddAllowedOriginCases(cases, policy, origin);
        }
        AddErrorPathCases(cases, contract);
        if (includeSecurityProbes) AddSecurityCases(cases, contract, policies);
        if (includeWebSockets) AddWebSocketCases(cases, contract);
        return Deduplicate(cases);
    }

    private static void AddAllowedOriginCases(List<CorsCase> cases, EndpointPolicy policy, string origin)
    {
        var credentials = policy.Credentials ? CredentialsMode.Include : CredentialsMode.SameOrigin;
        foreach (var method in policy.Methods)
        {
            var isSafelisted = SafelistedMethods.Contains(method, StringComparer.Ordinal);
            var withBody = method is not ("GET" or "HEAD" or "DELETE" or "OPTIONS");
            if (isSafelisted && !withBody)
            {
                cases.Add(Actual(policy, origin, method, CaseFamily.Actual, "actual", CredentialsMode.SameOrigin));
            }
            var headers = SampleHeaders.For(policy.Headers, withBody);
            if (!isSafelisted || headers.Count > 0 || withBody)
            {
                cases.Add(new CorsCase
                {
                    Name = CaseNames.Of("preflight", method, policy.Path, origin, credentials, headers),
                    Family = CaseFamily.Preflight,
                    Path = policy.Path,
                    Method = method,
                    Origin = origin,
                    Credentials = credentials,
                    Headers = headers,
                    Body = withBody ? policy.SampleBody ?? BodyFor(headers) : null,
                    Expected = ExpectedOutcome.Accepted,
                });
            }
        }

        var readMethod = policy.Methods.FirstOrDefault(m => m is "GET" or "HEAD");
        if (readMethod is null) return;
        if (policy.Credentials)
            cases.Add(Actual(policy, origin, readMethod, CaseFamily.Credentials, "credentialed", CredentialsMode.Include));
        if (policy.Exposed.Count > 0)
            cases.Add(Actual(policy, origin, readMethod, CaseFamily.ExposedHeaders, "exposed headers", credentials) with
            {
                Name = CaseNames.Of("exposed headers", readMethod, policy.Path, origin, credentials, []) + " [" + string.Join(", ", policy.Exposed) + "]",
                MustReadHeaders = policy.Exposed,
            });
        cases.Add(Actual(policy, origin, readMethod, CaseFamily.Vary, "vary", credentials));
    }

    private static void AddPublicCases(List<CorsCase> cases, EndpointPolicy policy)
    {
        const string anySite = "https://any-site.example-client.test";
        foreach (var method in policy.Methods.Where(m => m is "GET" or "HEAD"))
            cases.Add(Actual(policy, anySite, method, CaseFamily.Actual, "public", CredentialsMode.SameOrigin));
    }

    private static void AddErrorPathCases(List<CorsCase> cases, CorsContract contract)
    {
        var origin = contract.AllowedOrigins.Where(o => o != "*").Select(o => OriginPattern.TryParse(o, out var p, out _) ? p!.SampleOrigin : o).FirstOrDefault();
        if (origin is null) return;
        var credentials = contract.AllowCredentials ? CredentialsMode.Include : CredentialsMode.SameOrigin;
        void Add(string? path, int status)
        {
            if (path is null) return;
            cases.Add(new CorsCase
            {
                Name = CaseNames.Of("error path", "GET", path, origin, credentials, [], $"({status})"),
                Family = CaseFamily.ErrorPath,
                Path = path,
                Method = "GET",
                Origin = origin,
                Credentials = credentials,
                Expected = ExpectedOutcome.Accepted,
                ExpectedStatus = status,
            });
        }
        Add(contract.ErrorProbes.NotFound, 404);
        Add(contract.ErrorProbes.Throwing, 500);
        Add(contract.ErrorProbes.Unauthorized, 401);
    }

    private static void AddSecurityCases(List<CorsCase> cases, CorsContract contract, IReadOnlyList<EndpointPolicy> policies)
    {
        var guarded = policies.Where(p => !p.Public).ToArray();
        if (guarded.Length == 0) return;
        var seed = string.Join("|", contract.AllowedOrigins);
        var exactOrigins = guarded.SelectMany(p => p.Origins)
            .Where(o => o != "*" && OriginPattern.TryParse(o, out var p, out _) && !p!.IsWildcardSubdomain)
            .Distinct(StringComparer.Ordinal).ToArray();

        var generic = SecurityProbeOrigins.Generic(seed);

        // Arbitrary-origin reflection on every guarded endpoint: one request each.
        foreach (var policy in guarded)
            AddAttacker(cases, policy, generic[0]);

        // The full family list against the first guarded endpoint (origin checks are global middleware in practice).
        var main = guarded[0];
        var probes = generic.Skip(1)
            .Concat(exactOrigins.SelectMany(o => SecurityProbeOrigins.DerivedFrom(o, seed)))
            .Concat(exactOrigins.Take(1).Select(SecurityProbeOrigins.Crlf));
        foreach (var probe in probes.DistinctBy(p => p.Origin))
        {
            if (main.Allows(probe.Origin)) continue; // the contract deliberately allows it
            AddAttacker(cases, main, probe);
        }

        // Echoed Access-Control-Request-Method/-Headers, from an allowed origin.
        var allowed = main.SampleOrigins.FirstOrDefault();
        if (allowed is not null)
        {
            IReadOnlyList<HeaderLine> evilHeader = [new("X-Evil-Probe", "1")];
            cases.Add(new CorsCase
            {
                Name = CaseNames.Of("attacker", "PROBE", main.Path, allowed, main.Credentials ? CredentialsMode.Include : CredentialsMode.SameOrigin, evilHeader, "(reflects-request-headers-or-methods)"),
                Family = CaseFamily.AttackerOrigin,
                Path = main.Path,
                Method = "PROBE",
                Origin = allowed,
                Credentials = main.Credentials ? CredentialsMode.Include : CredentialsMode.SameOrigin,
                Headers = evilHeader,
                Expected = ExpectedOutcome.Blocked,
                SecurityRuleId = RuleIds.ReflectsRequestHeadersOrMethods,
            });
        }
    }

    private static void AddAttacker(List<CorsCase> cases, EndpointPolicy policy, ProbeOrigin probe)
    {
        var credentials = policy.Credentials ? CredentialsMode.Include : CredentialsMode.SameOrigin;
        var method = policy.Methods.FirstOrDefault(m => m is "GET" or "HEAD") ?? policy.Methods.FirstOrDefault() ?? "GET";
        cases.Add(new CorsCase
        {
            Name = CaseNames.Of("attacker", method, policy.Path, probe.Origin, credentials, [], $"({probe.RuleId})"),
            Family = CaseFamily.AttackerOrigin,
            Path = policy.Path,
            Method = method,
            Origin = probe.Origin,
            Credentials = credentials,
            Expected = ExpectedOutcome.Blocked,
            SecurityRuleId = probe.RuleId,
        });
    }

    private static void AddWebSocketCases(List<CorsCase> cases, CorsContract contract)
    {
        var control = contract.AllowedOrigins.Where(o => o != "*").Select(o => OriginPattern.TryParse(o, out var p, out _) ? p!.SampleOrigin : o).FirstOrDefault();
        foreach (var path in contract.WebSocketPaths)
        {
            const string attacker = "https://evil.example-attacker.test";
            cases.Add(new CorsCase
            {
                Name = $"websocket {path} from {attacker}",
                Family = CaseFamily.WebSocket,
                Path = path,
                Method = "GET",
                Origin = attacker,
                Expected = ExpectedOutcome.Blocked,
                SecurityRuleId = RuleIds.WebSocketOriginNotChecked,
                ControlOrigin = control,
            });
        }
    }

    private static CorsCase Actual(EndpointPolicy policy, string origin, string method, CaseFamily family, string prefix, CredentialsMode credentials) => new()
    {
        Name = CaseNames.Of(prefix, method, policy.Path, origin, credentials, []),
        Family = family,
        Path = policy.Path,
        Method = method,
        Origin = origin,
        Credentials = credentials,
        Expected = ExpectedOutcome.Accepted,
    };

    private static string BodyFor(IReadOnlyList<HeaderLine> headers) =>
        headers.Any(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && h.Value == SampleHeaders.JsonContentType)
            ? "{}" : "cors-conformance";

    private static IReadOnlyList<CorsCase> Deduplicate(List<CorsCase> cases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<CorsCase>(cases.Count);
        foreach (var c in cases)
        {
            var name = c.Name;
            for (var i = 2; !seen.Add(name); i++) name = $"{c.Name} #{i}";
            result.Add(name == c.Name ? c : c with { Name = name });
        }
        return result;
    }
}
