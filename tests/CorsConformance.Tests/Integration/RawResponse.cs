using CorsConformance.Http;
using Xunit;

namespace CorsConformance.Tests.Integration;

/// <summary>Status and every received header line of one response (read through NonValidated only, lines kept apart).</summary>
internal sealed record RawResponse(int Status, IReadOnlyList<HeaderLine> Headers)
{
    public const string Acao = "Access-Control-Allow-Origin";
    public const string Acac = "Access-Control-Allow-Credentials";
    public const string Acam = "Access-Control-Allow-Methods";
    public const string Acah = "Access-Control-Allow-Headers";
    public const string Acma = "Access-Control-Max-Age";
    public const string Aceh = "Access-Control-Expose-Headers";

    /// <summary>Every value of <paramref name="name"/>, one per line.</summary>
    public IReadOnlyList<string> All(string name) => Headers.All(name);

    /// <summary>True when no Access-Control-* line is present.</summary>
    public bool HasNoCorsHeaders => !Headers.Any(h => h.Name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when some Vary line names Origin.</summary>
    public bool VariesByOrigin => All("Vary").SelectMany(v => v.Split(',')).Any(t => t.Trim().Equals("Origin", StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override string ToString() => $"{Status}" + string.Concat(Headers.Select(h => "\n  " + h));

    public static async Task<RawResponse> SendAsync(HttpClient client, string method, string path, string? origin, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        if (origin is not null) request.Headers.TryAddWithoutValidation("Origin", origin);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var lines = response.Headers.NonValidated.SelectMany(h => h.Value.Select(v => new HeaderLine(h.Key, v)))
            .Concat(response.Content.Headers.NonValidated.SelectMany(h => h.Value.Select(v => new HeaderLine(h.Key, v))))
            .ToArray();
        return new RawResponse((int)response.StatusCode, lines);
    }

    /// <summary>A browser's preflight for <paramref name="method"/> with <paramref name="requestHeaders"/> (lowercase, sorted, no spaces).</summary>
    public static Task<RawResponse> PreflightAsync(HttpClient client, string path, string origin, string method = "PUT", string? requestHeaders = "authorization,content-type,x-request-id")
    {
        var headers = new List<(string, string)> { ("Access-Control-Request-Method", method) };
        if (requestHeaders is not null) headers.Add(("Access-Control-Request-Headers", requestHeaders));
        return SendAsync(client, "OPTIONS", path, origin, [.. headers]);
    }

    public static Task<RawResponse> GetAsync(HttpClient client, string path, string? origin, params (string Name, string Value)[] headers) =>
        SendAsync(client, "GET", path, origin, headers);
}
