namespace CorsConformance.Playwright.Tests.Server;

/// <summary>Named server behaviours the focused tests use.</summary>
internal static class Behaviours
{
    public static readonly (string, string) EchoOrigin = ("Access-Control-Allow-Origin", "{origin}");
    public static readonly (string, string) CredentialsTrue = ("Access-Control-Allow-Credentials", "true");
    public static readonly (string, string) VaryOrigin = ("Vary", "Origin");
    public static readonly (string, string) Methods = ("Access-Control-Allow-Methods", "GET, PUT, PATCH, DELETE");
    public static readonly (string, string) Headers = ("Access-Control-Allow-Headers", "content-type, authorization, x-custom");

    /// <summary>A server that keeps every rule: echoes the origin, allows credentials, lists methods and headers, answers OPTIONS 204.</summary>
    public static ServerBehaviour Correct(string name = "correct") => new(name,
        ResponseSpec.With(204, EchoOrigin, CredentialsTrue, Methods, Headers, ("Access-Control-Max-Age", "600"), VaryOrigin),
        ResponseSpec.With(200, EchoOrigin, CredentialsTrue, VaryOrigin, ("Access-Control-Expose-Headers", "X-Total-Count"), ("X-Total-Count", "42"))
            with { Body = "ok" });

    /// <summary>The correct server, except the preflight answers <paramref name="status"/> (with the CORS headers still on it).</summary>
    public static ServerBehaviour PreflightStatus(int status) => Correct() with
    {
        Name = $"preflight {status} with CORS headers",
        Preflight = Correct().Preflight with { Status = status },
    };

    /// <summary>The correct server, except OPTIONS redirects (302) to another path that would answer correctly.</summary>
    public static ServerBehaviour PreflightRedirect(string target) => Correct() with
    {
        Name = "preflight 302",
        Preflight = Correct().Preflight with { Status = 302, RedirectTo = target },
    };

    /// <summary>The correct server, except the preflight has no Access-Control-Allow-Methods.</summary>
    public static ServerBehaviour MissingAllowMethods() => Correct() with
    {
        Name = "preflight without Access-Control-Allow-Methods",
        Preflight = ResponseSpec.With(204, EchoOrigin, CredentialsTrue, Headers, VaryOrigin),
    };

    public static ServerBehaviour DuplicateAcao() => new("two ACAO lines",
        ResponseSpec.With(204, EchoOrigin, EchoOrigin, CredentialsTrue, Methods, Headers),
        ResponseSpec.With(200, EchoOrigin, EchoOrigin, CredentialsTrue) with { Body = "ok" });

    public static ServerBehaviour WildcardWithCredentials() => new("ACAO * with ACAC true",
        ResponseSpec.With(204, ("Access-Control-Allow-Origin", "*"), CredentialsTrue, Methods, Headers),
        ResponseSpec.With(200, ("Access-Control-Allow-Origin", "*"), CredentialsTrue) with { Body = "ok" });

    /// <summary>Trusts the null origin: <c>ACAO: null</c> and credentials.</summary>
    public static ServerBehaviour TrustsNullOrigin() => new("ACAO null",
        ResponseSpec.With(204, ("Access-Control-Allow-Origin", "null"), CredentialsTrue, Methods, Headers),
        ResponseSpec.With(200, ("Access-Control-Allow-Origin", "null"), CredentialsTrue) with { Body = "ok" });

    /// <summary>Allows only https://app.example.com (fixed ACAO).</summary>
    public static ServerBehaviour OnlyApp() => new("ACAO fixed to app",
        ResponseSpec.With(204, ("Access-Control-Allow-Origin", "https://app.example.com"), CredentialsTrue, Methods, Headers),
        ResponseSpec.With(200, ("Access-Control-Allow-Origin", "https://app.example.com"), CredentialsTrue) with { Body = "ok" });
}
