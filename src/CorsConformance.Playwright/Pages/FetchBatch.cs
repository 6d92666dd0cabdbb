using System.Text.Json;

namespace CorsConformance.Playwright.Pages;

/// <summary>One fetch() to issue from a page.</summary>
internal sealed record FetchItem(
    string Token,
    string Url,
    string Method,
    IReadOnlyList<string[]> Headers,
    string Credentials,
    string? Body,
    IReadOnlyList<string> Candidates);

/// <summary>What script saw for one fetch().</summary>
internal sealed record FetchResult(
    string Token,
    bool Ok,
    int? Status,
    bool Redirected,
    IReadOnlyList<string> Iterated,
    IReadOnlyList<string> Readable,
    string? Error,
    bool Aborted);

/// <summary>The script that issues a batch of fetches together (one <c>Promise.all</c>) and reports what each returned.</summary>
internal static class FetchBatch
{
    public const string Script = """
        async ({ items, timeoutMs }) => {
          const one = async (it) => {
            const ctl = new AbortController();
            const timer = setTimeout(() => ctl.abort(), timeoutMs);
            const init = { method: it.method, headers: it.headers, credentials: it.credentials, mode: 'cors', signal: ctl.signal };
            if (it.body !== null && it.body !== undefined) init.body = it.body;
            try {
              const r = await fetch(it.url, init);
              const iterated = [];
              for (const [name] of r.headers) iterated.push(name);
              const readable = it.candidates.filter(n => r.headers.get(n) !== null);
              try { await r.arrayBuffer(); } catch (e) { }
              return { token: it.token, ok: true, status: r.status, redirected: r.redirected, iterated, readable, error: null, aborted: false };
            } catch (e) {
              return { token: it.token, ok: false, status: null, redirected: false, iterated: [], readable: [], error: String(e), aborted: ctl.signal.aborted };
            } finally {
              clearTimeout(timer);
            }
          };
          return await Promise.all(items.map(one));
        }
        """;

    public static object Argument(IReadOnlyList<FetchItem> items, TimeSpan timeout) => new
    {
        items = items.Select(i => new
        {
            token = i.Token,
            url = i.Url,
            method = i.Method,
            headers = i.Headers,
            credentials = i.Credentials,
            body = i.Body,
            candidates = i.Candidates,
        }).ToArray(),
        timeoutMs = (int)timeout.TotalMilliseconds,
    };

    public static IReadOnlyList<FetchResult> Parse(JsonElement results) =>
        [.. results.EnumerateArray().Select(r => new FetchResult(
            r.GetProperty("token").GetString()!,
            r.GetProperty("ok").GetBoolean(),
            r.GetProperty("status").ValueKind == JsonValueKind.Number ? r.GetProperty("status").GetInt32() : null,
            r.GetProperty("redirected").GetBoolean(),
            [.. r.GetProperty("iterated").EnumerateArray().Select(x => x.GetString()!)],
            [.. r.GetProperty("readable").EnumerateArray().Select(x => x.GetString()!.ToLowerInvariant())],
            r.GetProperty("error").ValueKind == JsonValueKind.String ? r.GetProperty("error").GetString() : null,
            r.GetProperty("aborted").GetBoolean()))];
}
