using System.Text;

namespace CorsConformance.Browser;

/// <summary>
/// Chromium's console detail sentences for CORS failures (what follows "has been blocked by CORS policy: "), as built by
/// <c>third_party/blink/renderer/platform/loader/cors/cors_error_string.cc</c> for a fetch() initiator.
/// Every sentence here was seen verbatim in Chromium 156 on real loopback servers.
/// </summary>
internal static class ChromiumMessages
{
    /// <summary>Prefix of every preflight CORS-check, ok-status and redirect failure (not of method/header failures).</summary>
    public const string PreflightPrefix = "Response to preflight request doesn't pass access control check: ";

    /// <summary>Appended for fetch() to the multiple-values, invalid-value and mismatch sentences (preflight or not).</summary>
    public const string HaveServerSendValidValue = " Have the server send the header with a valid value.";

    /// <summary>
    /// Appended to the missing-ACAO sentence on a non-preflight fetch(). Chromium up to ~2023 appended
    /// " If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS
    /// disabled."; Chromium 156 (checked on real servers) appends nothing. Change this one constant if a differential
    /// run against another Chromium shows the hint.
    /// </summary>
    public const string AcaoMissingFetchSuffix = "";

    /// <summary>The deprecation Chromium reports when <c>Access-Control-Allow-Headers: *</c> is relied on for Authorization.</summary>
    public const string AuthorizationWildcardDeprecation =
        "Authorization will not be covered by the wildcard symbol (*) in CORS Access-Control-Allow-Headers handling.";

    /// <summary>No ACAO.</summary>
    public const string AcaoMissing = "No 'Access-Control-Allow-Origin' header is present on the requested resource.";

    /// <summary><c>ACAO: *</c> on a credentialed request.</summary>
    public const string WildcardWithCredentials =
        "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.";

    /// <summary>Preflight status outside 200-299.</summary>
    public const string NotOkStatus = "It does not have HTTP ok status.";

    /// <summary>Preflight answered with a redirect.</summary>
    public const string RedirectNotAllowed = "Redirect is not allowed for a preflight request.";

    /// <summary>ACAM element that is not a token.</summary>
    public const string CannotParseAllowMethods = "Cannot parse Access-Control-Allow-Methods response header field in preflight response.";

    /// <summary>ACAH element that is not a token.</summary>
    public const string CannotParseAllowHeaders = "Cannot parse Access-Control-Allow-Headers response header field in preflight response.";

    /// <summary>ACAO holding a list (a space or comma inside, e.g. two lines combined to <c>a, a</c>).</summary>
    public static string MultipleAcaoValues(string value) =>
        $"The 'Access-Control-Allow-Origin' header contains multiple values '{EncodeHint(value)}', but only one is allowed." + HaveServerSendValidValue;

    /// <summary>ACAO that does not parse as a URL.</summary>
    public static string InvalidAcao(string value) =>
        $"The 'Access-Control-Allow-Origin' header contains the invalid value '{EncodeHint(value)}'." + HaveServerSendValidValue;

    /// <summary>ACAO that differs from the request origin.</summary>
    public static string AcaoMismatch(string value) =>
        $"The 'Access-Control-Allow-Origin' header has a value '{EncodeHint(value)}' that is not equal to the supplied origin." + HaveServerSendValidValue;

    /// <summary>ACAC other than exactly <c>true</c> on a credentialed request (<paramref name="value"/> is empty when absent).</summary>
    public static string CredentialsNotTrue(string value) =>
        $"The value of the 'Access-Control-Allow-Credentials' header in the response is '{EncodeHint(value)}' which must be 'true' when the request's credentials mode is 'include'.";

    /// <summary>Method not listed in ACAM.</summary>
    public static string MethodNotAllowed(string method) =>
        $"Method {EncodeHint(method)} is not allowed by Access-Control-Allow-Methods in preflight response.";

    /// <summary>Header not listed in ACAH (<paramref name="lowerName"/> lowercase).</summary>
    public static string HeaderNotAllowed(string lowerName) =>
        $"Request header field {EncodeHint(lowerName)} is not allowed by Access-Control-Allow-Headers in preflight response.";

    /// <summary>Chromium prints control and non-ASCII characters of a header value as <c>\uXXXX</c>.</summary>
    public static string EncodeHint(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is >= ' ' and <= '~')
                builder.Append(c);
            else
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}
