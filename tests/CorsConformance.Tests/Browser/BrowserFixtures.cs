using CorsConformance.Browser;
using CorsConformance.Http;
using Xunit;

namespace CorsConformance.Tests.Browser;

/// <summary>Requests and responses for the browser-model tables: a page at <see cref="Origin"/> calling <see cref="Url"/>.</summary>
internal static class BrowserFixtures
{
    public const string Origin = "https://app.example.com";
    public static readonly Uri Url = new("https://api.example.com/orders");

    /// <summary>Chromium's prefix on preflight CORS-check, status and redirect failures.</summary>
    public const string Pre = "Response to preflight request doesn't pass access control check: ";

    /// <summary>What Chromium appends to the list/invalid/mismatch sentences for fetch().</summary>
    public const string Valid = " Have the server send the header with a valid value.";

    public static CorsRequest Fetch(
        string method = "GET",
        (string Name, string Value)[]? headers = null,
        CredentialsMode credentials = CredentialsMode.SameOrigin,
        string origin = Origin) =>
        new(origin, method, Url, (headers ?? []).Select(h => new HeaderLine(h.Name, h.Value)).ToArray(), credentials);

    public static CorsRequest Credentialed(string method = "GET", (string Name, string Value)[]? headers = null, string origin = Origin) =>
        Fetch(method, headers, CredentialsMode.Include, origin);

    public static RecordedResponse Response(int status, params (string Name, string Value)[] headers) =>
        new(status, headers.Select(h => new HeaderLine(h.Name, h.Value)).ToArray());

    public static (string, string) Acao(string value = Origin) => ("Access-Control-Allow-Origin", value);
    public static (string, string) Acac(string value = "true") => ("Access-Control-Allow-Credentials", value);
    public static (string, string) Acam(string value) => ("Access-Control-Allow-Methods", value);
    public static (string, string) Acah(string value) => ("Access-Control-Allow-Headers", value);
    public static (string, string) Aceh(string value) => ("Access-Control-Expose-Headers", value);
    public static (string, string) MaxAge(string value) => ("Access-Control-Max-Age", value);

    /// <summary>Wraps rows so each shows its own name in the test explorer and the runner output.</summary>
    public static TheoryData<T> Named<T>(IEnumerable<T> rows) where T : INamedRow
    {
        var data = new TheoryData<T>();
        foreach (var row in rows)
            data.Add(new TheoryDataRow<T>(row) { TestDisplayName = row.Name });
        return data;
    }
}

/// <summary>A table row with a readable name.</summary>
internal interface INamedRow
{
    string Name { get; }
}
