using System.Globalization;
using CorsConformance.Contract;
using CorsConformance.Http;
using CorsConformance.Rules;

namespace CorsConformance.Cli.Init;

/// <summary>
/// Turns observations into a starting contract that describes what the server does today for the origins the user intends,
/// and flags what is unsafe. Unsafe behaviour is never written into the contract (an attacker origin that is reflected is
/// flagged, not allowed), so a later <c>check</c> fails on it until it is fixed.
/// </summary>
internal static class ContractDrafter
{
    private static readonly string[] AlwaysAllowedMethods = ["GET", "HEAD", "POST"];
    private static readonly string[] MethodOrder = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

    public static ContractDraft Draft(IReadOnlyList<string> intendedOrigins, IReadOnlyList<ObservedPath> paths)
    {
        var flags = new List<InitFlag>();
        var notes = new List<string>();
        var allowedOrigins = new List<string>();
        var methods = new List<string>(AlwaysAllowedMethods);
        var headers = new List<string>();
        var exposed = new List<string>();
        int? maxAge = null;
        var credentials = false;
        var endpoints = new List<CorsEndpoint>();

        foreach (var path in paths)
        {
            var get = path.AllowedCandidates.Select(c => c.Get.Response).FirstOrDefault(r => r is not null);
            if (!path.Explicit && get is { Status: 404 })
            {
                notes.Add($"{path.Path} answers 404; not added as an endpoint (name real endpoints with --path).");
                continue;
            }
            if (path.AllowedCandidates.All(c => c.Get.Response is null))
            {
                notes.Add($"{path.Path}: no answer ({path.AllowedCandidates.FirstOrDefault()?.Get.TransportError ?? "no response"}); not added.");
                continue;
            }

            var isPublic = path.AllowedCandidates.Count > 0 && path.AllowedCandidates.All(c =>
                Acao(c.Get) == "*" && !IsTrue(c.CredentialedGet.Response, "Access-Control-Allow-Credentials"));
            var endpointMethods = new List<string>();
            foreach (var candidate in path.AllowedCandidates)
            {
                if (candidate.Get.Response is { Status: < 400 } && Accepts(candidate.Get, candidate.Origin))
                    AddDistinct(endpointMethods, "GET", StringComparer.Ordinal);
                if (candidate.Head?.Response is { Status: < 400 } && Accepts(candidate.Head, candidate.Origin))
                    AddDistinct(endpointMethods, "HEAD", StringComparer.Ordinal);
                if (Accepts(candidate.Get, candidate.Origin) || candidate.Preflights.Values.Any(p => PreflightAccepts(p, candidate.Origin)))
                    AddDistinct(allowedOrigins, candidate.Origin, StringComparer.Ordinal);
                if (Acao(candidate.CredentialedGet) == candidate.Origin && IsTrue(candidate.CredentialedGet.Response, "Access-Control-Allow-Credentials"))
                    credentials = true;
                foreach (var (method, preflight) in candidate.Preflights)
                {
                    if (!PreflightAccepts(preflight, candidate.Origin)) continue;
                    var acam = Tokens(preflight.Response!, "Access-Control-Allow-Methods");
                    if (acam.Contains(method, StringComparer.Ordinal) || acam.Contains("*", StringComparer.Ordinal))
                    {
                        AddDistinct(methods, method, StringComparer.Ordinal);
                        AddDistinct(endpointMethods, method, StringComparer.Ordinal);
                    }
                    if (acam.Contains("POST", StringComparer.Ordinal))
                        AddDistinct(endpointMethods, "POST", StringComparer.Ordinal);
                    foreach (var header in Tokens(preflight.Response!, "Access-Control-Allow-Headers"))
                    {
                        if (header == "*") { notes.Add($"{path.Path}: Access-Control-Allow-Headers is '*'; it never covers Authorization with credentials, so list the headers clients send."); continue; }
                        if (header.Equals(ContractObserver.ProbeHeader, StringComparison.OrdinalIgnoreCase)) continue;
                        AddDistinct(headers, CanonicalHeader(header), StringComparer.OrdinalIgnoreCase);
                    }
                    if (maxAge is null && preflight.Response!.Headers.Combined("Access-Control-Max-Age") is { } age
                        && int.TryParse(age.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                        maxAge = seconds;
                }
                if (candidate.Get.Response is { } response && Accepts(candidate.Get, candidate.Origin))
                    foreach (var header in Tokens(response, "Access-Control-Expose-Headers").Where(h => h != "*"))
                        AddDistinct(exposed, CanonicalHeader(header), StringComparer.OrdinalIgnoreCase);
            }

            // The methods seen working on this path, in the usual order; none seen: the contract's methods.
            var ordered = MethodOrder.Where(m => endpointMethods.Contains(m, StringComparer.Ordinal)).ToList();
            endpoints.Add(new CorsEndpoint { Path = path.Path, Methods = ordered, Public = isPublic, AllowCredentials = isPublic ? false : null });
            flags.AddRange(Unsafe(path));
        }

        foreach (var origin in intendedOrigins.Where(o => !allowedOrigins.Contains(o, StringComparer.Ordinal)))
            notes.Add($"{origin} is not accepted on any observed path today; it stays in the contract as intended, so 'check' fails until the server allows it.");
        var origins = intendedOrigins.ToList(); // the user's intent, in their order; acceptance is reported above

        var contract = new CorsContract
        {
            AllowedOrigins = origins,
            AllowCredentials = credentials,
            AllowedMethods = methods,
            AllowedHeaders = headers,
            ExposedHeaders = exposed,
            MaxAgeSeconds = maxAge,
            Endpoints = endpoints,
        };
        return new ContractDraft(contract, flags, notes.Distinct(StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<InitFlag> Unsafe(ObservedPath path)
    {
        var attackerAcao = Acao(path.Attacker.Get);
        var attackerCredentials = IsTrue(path.Attacker.CredentialedGet.Response, "Access-Control-Allow-Credentials") && Acao(path.Attacker.CredentialedGet) == ContractObserver.AttackerOrigin;
        if (attackerAcao == ContractObserver.AttackerOrigin)
            yield return new InitFlag(RuleIds.ReflectsArbitraryOrigin, Severity.Error, path.Path,
                $"Origin {ContractObserver.AttackerOrigin} was echoed back in Access-Control-Allow-Origin{(attackerCredentials ? " with Access-Control-Allow-Credentials: true: any website can read this API with the user's cookies" : ": any website can read this API")}.");

        if (Acao(path.NullOrigin.Get) == "null" || Acao(path.NullOrigin.CredentialedGet) == "null")
            yield return new InitFlag(RuleIds.NullOriginAllowed, Severity.Error, path.Path,
                "Origin null is accepted (Access-Control-Allow-Origin: null); any sandboxed iframe sends it.");

        var everything = path.AllowedCandidates.Concat([path.Attacker, path.NullOrigin]).ToList();
        if (everything.Any(o => Acao(o.CredentialedGet) == "*" && IsTrue(o.CredentialedGet.Response, "Access-Control-Allow-Credentials")))
            yield return new InitFlag(RuleIds.WildcardWithCredentials, Severity.Error, path.Path,
                "Access-Control-Allow-Origin: * is sent with Access-Control-Allow-Credentials: true; browsers block every credentialed request, and the intent (any origin with cookies) is unsafe.");

        var duplicated = everything
            .SelectMany(o => new[] { o.Get, o.CredentialedGet }.Concat(o.Preflights.Values))
            .Select(e => e.Response)
            .FirstOrDefault(r => r is not null && r.Headers.All("Access-Control-Allow-Origin").Count > 1);
        if (duplicated is not null)
            yield return new InitFlag(RuleIds.DuplicateAcao, Severity.Error, path.Path,
                $"Access-Control-Allow-Origin is sent {duplicated.Headers.All("Access-Control-Allow-Origin").Count} times ('{duplicated.Headers.Combined("Access-Control-Allow-Origin")}'); browsers block it. Two layers (app and proxy) add CORS headers.");

        var echoing = path.AllowedCandidates.FirstOrDefault(c => Acao(c.Get) == c.Origin && c.Get.Response is { } r && !VariesOnOrigin(r));
        if (echoing is not null)
            yield return new InitFlag(RuleIds.MissingVaryOrigin, Severity.Error, path.Path,
                $"Access-Control-Allow-Origin echoes {echoing.Origin} but the response has no 'Vary: Origin'; caches can replay it to another origin.");

        if (path.ReflectionProbe?.Response is { } probe)
        {
            var reflectsMethod = Tokens(probe, "Access-Control-Allow-Methods").Contains(ContractObserver.ProbeMethod, StringComparer.Ordinal);
            var reflectsHeader = Tokens(probe, "Access-Control-Allow-Headers").Contains(ContractObserver.ProbeHeader, StringComparer.OrdinalIgnoreCase);
            if (reflectsMethod || reflectsHeader)
                yield return new InitFlag(RuleIds.ReflectsRequestHeadersOrMethods, Severity.Info, path.Path,
                    $"the preflight echoes what it is asked for ({(reflectsMethod ? "method PROBE" : "")}{(reflectsMethod && reflectsHeader ? ", " : "")}{(reflectsHeader ? "header x-evil-probe" : "")}); the contract lists the methods and headers seen instead.");
        }
    }

    private static string? Acao(Exchange exchange) => exchange.Response?.Headers.Combined("Access-Control-Allow-Origin")?.Trim(' ', '\t');

    private static bool Accepts(Exchange exchange, string origin) => Acao(exchange) is { } acao && (acao == origin || acao == "*");

    private static bool PreflightAccepts(Exchange exchange, string origin) => exchange.Response is { IsOk: true } && Accepts(exchange, origin);

    private static bool IsTrue(RecordedResponse? response, string header) => response?.Headers.Combined(header) == "true";

    private static bool VariesOnOrigin(RecordedResponse response)
    {
        var vary = Tokens(response, "Vary");
        if (vary.Contains("*", StringComparer.Ordinal) || vary.Contains("Origin", StringComparer.OrdinalIgnoreCase)) return true;
        var cache = response.Headers.Combined("Cache-Control") ?? "";
        return cache.Contains("no-store", StringComparison.OrdinalIgnoreCase) || cache.Contains("private", StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> Tokens(RecordedResponse response, string header) =>
        (response.Headers.Combined(header) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static void AddDistinct(List<string> list, string value, StringComparer comparer)
    {
        if (!list.Contains(value, comparer)) list.Add(value);
    }

    /// <summary>The server's spelling (<c>ETag</c> stays <c>ETag</c>); an all-lowercase name becomes <c>Content-Type</c> style, as people write contracts.</summary>
    private static string CanonicalHeader(string name) =>
        name.Any(char.IsUpper) ? name
            : string.Join('-', name.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}
