using System.Globalization;
using CorsConformance.Http;

namespace CorsConformance.Browser;

/// <summary>
/// How long each engine caches a preflight [#cors-preflight-cache, #http-access-control-max-age]. Default 5 s when
/// absent; an unparseable value also gives 5 s in Chromium and WebKit but disables caching in Firefox; a negative value
/// means no caching; caps are UA-defined: Chromium 7200 s, Firefox 86400 s, WebKit 600 s.
/// Seen in Chromium 156: <c>abc</c>, <c>10.5</c>, <c>10, 20</c> (two lines) and a 24-digit value expire after 5 s,
/// <c>-1</c> and <c>0</c> are not cached, <c>+10</c> is 10 s.
/// </summary>
internal static class MaxAgePolicy
{
    /// <summary>Seconds used when the header is absent.</summary>
    public const int DefaultSeconds = 5;

    /// <summary>The engine's upper bound on preflight caching.</summary>
    public static int CapSeconds(BrowserEngine engine) => engine switch
    {
        BrowserEngine.Chromium => 7200,
        BrowserEngine.Firefox => 86400,
        BrowserEngine.WebKit => 600,
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown browser engine."),
    };

    /// <summary>Reads what <paramref name="preflight"/> declares (for findings: absent, unparseable, negative, above a cap).</summary>
    public static DeclaredMaxAge ReadDeclared(RecordedResponse preflight)
    {
        ArgumentNullException.ThrowIfNull(preflight);
        var raw = ResponseHeaderValue.Get(preflight, "Access-Control-Max-Age");
        if (raw is null)
            return new DeclaredMaxAge(false, false, null, null);
        if (!IsSignedInteger(raw) || !long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return new DeclaredMaxAge(true, false, null, raw);
        return new DeclaredMaxAge(true, true, (int)Math.Clamp(value, int.MinValue, int.MaxValue), raw);
    }

    /// <summary>Seconds <paramref name="engine"/> keeps <paramref name="preflight"/> in its preflight cache.</summary>
    public static int EffectiveSeconds(RecordedResponse preflight, BrowserEngine engine)
    {
        var cap = CapSeconds(engine);
        var declared = ReadDeclared(preflight);
        if (!declared.Present)
            return DefaultSeconds;
        if (!declared.Parseable)
            return engine == BrowserEngine.Firefox ? 0 : DefaultSeconds;
        return Math.Clamp(declared.Seconds!.Value, 0, cap);
    }

    private static bool IsSignedInteger(string value)
    {
        var digits = value.Length > 0 && value[0] is '+' or '-' ? value.AsSpan(1) : value.AsSpan();
        if (digits.Length == 0)
            return false;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }
}
