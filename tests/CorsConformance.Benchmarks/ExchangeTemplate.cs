using System.Text;
using CorsConformance.Http;

namespace CorsConformance.Benchmarks;

/// <summary>
/// One recorded request, ready to be sent again with nothing but an <see cref="HttpClient"/>: method, URL, header lines,
/// body bytes and content type split the way the engine's sender splits them (Content-Type travels on the content).
/// </summary>
internal sealed class ExchangeTemplate
{
    private readonly HttpMethod _method;
    private readonly Uri _url;
    private readonly HeaderLine[] _headers;
    private readonly byte[]? _body;
    private readonly string? _contentType;

    private ExchangeTemplate(RecordedRequest request)
    {
        _method = new HttpMethod(request.Method);
        _url = request.Url;
        _headers = [.. request.Headers.Where(h => !IsContentType(h.Name))];
        _contentType = request.Headers.FirstOrDefault(h => IsContentType(h.Name)).Value;
        if (request.Body is not null || _contentType is not null)
        {
            _body = Encoding.UTF8.GetBytes(request.Body ?? "");
            _contentType ??= "text/plain;charset=UTF-8";
        }
        Key = KeyOf(request.Method, _url, _headers.Select(h => (h.Name, h.Value)), _contentType, _body);
    }

    /// <summary>The status the engine's run got for this request.</summary>
    public int Status { get; set; }

    /// <summary>What identifies the request on the wire (header order aside).</summary>
    public string Key { get; }

    public static ExchangeTemplate From(RecordedRequest request) => new(request);

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(_method, _url);
        foreach (var header in _headers) message.Headers.TryAddWithoutValidation(header.Name, header.Value);
        if (_body is not null)
        {
            message.Content = new ByteArrayContent(_body);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", _contentType);
        }
        return message;
    }

    /// <summary>The key of a request as it reached the transport.</summary>
    public static async Task<string> KeyOfAsync(HttpRequestMessage message)
    {
        var headers = message.Headers.NonValidated.SelectMany(h => h.Value.Select(v => (h.Key, v)));
        string? contentType = null;
        byte[]? body = null;
        if (message.Content is { } content)
        {
            contentType = string.Join(", ", content.Headers.NonValidated.Where(h => IsContentType(h.Key)).SelectMany(h => h.Value));
            // Content-Length is computed from the body (compared itself), whenever someone asks for it.
            headers = headers.Concat(content.Headers.NonValidated.Where(h => !IsContentType(h.Key) && !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                .SelectMany(h => h.Value.Select(v => (h.Key, v))));
            body = await content.ReadAsByteArrayAsync().ConfigureAwait(false);
        }
        return KeyOf(message.Method.Method, message.RequestUri!, headers, contentType, body);
    }

    private static string KeyOf(string method, Uri url, IEnumerable<(string Name, string Value)> headers, string? contentType, byte[]? body)
    {
        var text = new StringBuilder().Append(method).Append(' ').Append(url.AbsoluteUri).Append('\n');
        foreach (var (name, value) in headers.OrderBy(h => h.Name, StringComparer.OrdinalIgnoreCase))
            text.Append(name.ToLowerInvariant()).Append(": ").Append(value).Append('\n');
        text.Append("content-type: ").Append(contentType ?? "(none)").Append('\n');
        text.Append(body is null ? "(no body)" : Convert.ToBase64String(body));
        return text.ToString();
    }

    private static bool IsContentType(string name) => name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase);
}
