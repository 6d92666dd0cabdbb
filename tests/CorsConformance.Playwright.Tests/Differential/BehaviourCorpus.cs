using CorsConformance.Playwright.Tests.Server;

namespace CorsConformance.Playwright.Tests.Differential;

/// <summary>
/// The generated corpus of server behaviours (catalog sections 1-2): ACAO × ACAC variants, preflight statuses and redirects,
/// ACAM × ACAH lists (case, wildcards, unparseable), error-path statuses, actual redirects, exposed headers, preflight/actual
/// disagreement and max-age values.
/// </summary>
internal static class BehaviourCorpus
{
    private const string Acao = "Access-Control-Allow-Origin";
    private const string Acac = "Access-Control-Allow-Credentials";
    private const string Acam = "Access-Control-Allow-Methods";
    private const string Acah = "Access-Control-Allow-Headers";
    private const string Aceh = "Access-Control-Expose-Headers";

    private static readonly (string, string) GoodMethods = (Acam, "GET, PUT, patch");
    private static readonly (string, string) GoodHeaders = (Acah, "content-type, authorization, x-custom");
    private static readonly (string, string) Exposed = (Aceh, "X-Total-Count");
    private static readonly (string, string) TotalCount = ("X-Total-Count", "42");

    /// <summary>ACAO variants: name and the header lines.</summary>
    private static readonly (string Name, (string, string)[] Lines)[] AcaoVariants =
    [
        ("ACAO missing", []),
        ("ACAO echo", [(Acao, "{origin}")]),
        ("ACAO exact", [(Acao, "https://app.example.com")]),
        ("ACAO two lines", [(Acao, "{origin}"), (Acao, "{origin}")]),
        ("ACAO list in one line", [(Acao, "{origin}, https://other.example")]),
        ("ACAO *", [(Acao, "*")]),
        ("ACAO other origin", [(Acao, "https://other.example.com")]),
        ("ACAO trailing slash", [(Acao, "{origin}/")]),
        ("ACAO upper-case host", [(Acao, "https://APP.example.com")]),
        ("ACAO default port", [(Acao, "https://app.example.com:443")]),
        ("ACAO null", [(Acao, "null")]),
        ("ACAO no scheme", [(Acao, "app.example.com")]),
        ("ACAO pattern", [(Acao, "*.example.com")]),
        ("ACAO empty", [(Acao, "")]),
        ("ACAO padded", [(Acao, "  {origin}  ")]),
        ("ACAO http twin", [(Acao, "http://app.example.com")]),
    ];

    private static readonly (string Name, (string, string)[] Lines)[] AcacVariants =
    [
        ("no ACAC", []),
        ("ACAC true", [(Acac, "true")]),
        ("ACAC True", [(Acac, "True")]),
        ("ACAC 1", [(Acac, "1")]),
        ("ACAC 'true, true'", [(Acac, "true, true")]),
        ("ACAC two lines", [(Acac, "true"), (Acac, "true")]),
        ("ACAC false", [(Acac, "false")]),
    ];

    private static readonly string?[] MethodLists =
        [null, "PUT", "PUT, PATCH", "PUT, patch", "put, patch", "*", "PUT PATCH", "PUT,,patch", "GET, POST", "PUT, patch, "];

    private static readonly string?[] HeaderLists =
    [
        null, "content-type, authorization", "Content-Type, Authorization", "*", "content-type", "authorization",
        "content-type, authorization, x-custom", "content type, authorization",
    ];

    public static IReadOnlyList<ServerBehaviour> Generate()
    {
        List<ServerBehaviour> all = [];

        // A. ACAO × ACAC, the same on preflight and actual (one CORS layer configured once).
        foreach (var (acaoName, acao) in AcaoVariants)
        foreach (var (acacName, acac) in AcacVariants)
        {
            (string, string)[] cors = [.. acao, .. acac];
            all.Add(new($"{acaoName}, {acacName}",
                ResponseSpec.With(204, [.. cors, GoodMethods, GoodHeaders]),
                Ok([.. cors, Exposed, TotalCount])));
        }

        // B. Preflight statuses, with and without the CORS headers on the preflight; redirects to a correct path.
        (string, string)[] good = [(Acao, "{origin}"), (Acac, "true")];
        foreach (var status in new[] { 200, 204, 301, 302, 401, 404, 405, 500 })
        {
            var redirect = status is 301 or 302 ? "/b/correct-target" : null;
            all.Add(new($"preflight {status} with CORS headers",
                ResponseSpec.With(status, [.. good, GoodMethods, GoodHeaders]) with { RedirectTo = redirect },
                Ok([.. good, Exposed, TotalCount])));
            all.Add(new($"preflight {status} without CORS headers",
                ResponseSpec.With(status) with { RedirectTo = redirect },
                Ok([.. good, Exposed, TotalCount])));
        }

        // C. ACAM × ACAH lists with an echoed origin and credentials.
        foreach (var methods in MethodLists)
        foreach (var headers in HeaderLists)
        {
            List<(string, string)> preflight = [.. good];
            if (methods is not null) preflight.Add((Acam, methods));
            if (headers is not null) preflight.Add((Acah, headers));
            all.Add(new($"ACAM {Show(methods)}, ACAH {Show(headers)} (echo + credentials)",
                ResponseSpec.With(204, [.. preflight]), Ok([.. good])));
        }

        // C'. Wildcard lists under ACAO * without credentials.
        foreach (var methods in new[] { "*", "PUT, patch" })
        foreach (var headers in new[] { "*", "content-type, authorization, x-custom", "content-type" })
        {
            all.Add(new($"ACAO *, ACAM {methods}, ACAH {headers}",
                ResponseSpec.With(204, (Acao, "*"), (Acam, methods), (Acah, headers)),
                Ok((Acao, "*"), Exposed, TotalCount)));
        }

        // D. Error paths and redirects of the actual request.
        foreach (var status in new[] { 401, 404, 500 })
        {
            all.Add(new($"actual {status} with CORS headers", ResponseSpec.With(204, [.. good, GoodMethods, GoodHeaders]),
                ResponseSpec.With(status, good) with { Body = "error" }));
            all.Add(new($"actual {status} without CORS headers", ResponseSpec.With(204, [.. good, GoodMethods, GoodHeaders]),
                ResponseSpec.With(status) with { Body = "error" }));
        }
        all.Add(new("actual 302 with CORS headers to a correct path", ResponseSpec.With(204, [.. good, GoodMethods, GoodHeaders]),
            ResponseSpec.With(302, good) with { RedirectTo = "/b/correct-target" }));
        all.Add(new("actual 302 without CORS headers to a correct path", ResponseSpec.With(204, [.. good, GoodMethods, GoodHeaders]),
            ResponseSpec.With(302) with { RedirectTo = "/b/correct-target" }));
        all.Add(new("actual 307 with CORS headers to a path without CORS", ResponseSpec.With(204, [.. good, GoodMethods, GoodHeaders]),
            ResponseSpec.With(307, good) with { RedirectTo = "/b/no-cors-target" }));

        // E. Exposed headers.
        foreach (var aceh in new string?[] { null, "X-Total-Count", "x-total-count", "*" })
        {
            (string, string)[] expose = aceh is null ? [] : [(Aceh, aceh)];
            all.Add(new($"ACEH {Show(aceh)} (echo + credentials)", ResponseSpec.With(204, [.. good, GoodMethods, GoodHeaders]),
                Ok([.. good, .. expose, TotalCount])));
            all.Add(new($"ACEH {Show(aceh)} (ACAO *)", ResponseSpec.With(204, (Acao, "*"), GoodMethods, GoodHeaders),
                Ok([(Acao, "*"), .. expose, TotalCount])));
        }

        // F. Preflight and actual disagree.
        all.Add(new("preflight correct, actual without ACAO", ResponseSpec.With(204, [.. good, GoodMethods, GoodHeaders]), Ok((Acac, "true"))));
        all.Add(new("preflight ACAO *, actual echo + credentials", ResponseSpec.With(204, (Acao, "*"), GoodMethods, GoodHeaders), Ok(good)));
        all.Add(new("preflight echo without ACAC, actual echo + credentials", ResponseSpec.With(204, (Acao, "{origin}"), GoodMethods, GoodHeaders), Ok(good)));
        all.Add(new("preflight echo + credentials, actual echo without ACAC", ResponseSpec.With(204, [.. good, GoodMethods, GoodHeaders]), Ok((Acao, "{origin}"))));

        // G. Max-age values (never decisive) and echoed request lists.
        foreach (var maxAge in new[] { "86400", "-1", "abc" })
            all.Add(new($"ACMA {maxAge}", ResponseSpec.With(204, [.. good, GoodMethods, GoodHeaders, ("Access-Control-Max-Age", maxAge)]), Ok(good)));
        all.Add(new("ACAM/ACAH echo ACRM/ACRH", ResponseSpec.With(204, [.. good, (Acam, "{acrm}"), (Acah, "{acrh}")]), Ok(good)));

        return all;
    }

    /// <summary>Redirect targets the corpus points at.</summary>
    public static IEnumerable<(string Path, ServerBehaviour Behaviour)> RedirectTargets() =>
    [
        ("/b/correct-target", new ServerBehaviour("correct target",
            ResponseSpec.With(204, (Acao, "{origin}"), (Acac, "true"), GoodMethods, GoodHeaders),
            Ok((Acao, "{origin}"), (Acac, "true")))),
        ("/b/no-cors-target", new ServerBehaviour("target without CORS", ResponseSpec.With(204), Ok())),
    ];

    private static ResponseSpec Ok(params (string, string)[] headers) => ResponseSpec.With(200, headers) with { Body = "{\"ok\":true}" };

    private static string Show(string? value) => value is null ? "missing" : $"'{value}'";
}
