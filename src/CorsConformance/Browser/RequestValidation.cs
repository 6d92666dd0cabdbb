namespace CorsConformance.Browser;

/// <summary>Rejects requests fetch() itself would reject, with a message naming the cause.</summary>
internal static class RequestValidation
{
    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="request"/> is not something a page can fetch().</summary>
    public static void ThrowIfInvalid(CorsRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Origin))
            throw new ArgumentException("The request has no Origin: give the page's serialized origin (e.g. https://app.example.com) or \"null\".", nameof(request));
        if (request.Url is null || !request.Url.IsAbsoluteUri)
            throw new ArgumentException($"The request URL '{request.Url}' is not absolute.", nameof(request));
        if (string.IsNullOrEmpty(request.Method) || !HttpSyntax.IsToken(request.Method))
            throw new ArgumentException($"The request method '{request.Method}' is not an HTTP token; fetch() rejects it.", nameof(request));
        if (FetchMethods.IsForbidden(request.Method))
            throw new ArgumentException($"The request method '{request.Method}' is forbidden; fetch() rejects CONNECT, TRACE and TRACK before sending.", nameof(request));
        if (request.Headers is null)
            throw new ArgumentException("The request has no header list (use an empty list).", nameof(request));
        foreach (var line in request.Headers)
        {
            if (string.IsNullOrEmpty(line.Name) || !HttpSyntax.IsToken(line.Name))
                throw new ArgumentException($"The request header name '{line.Name}' is not an HTTP token; fetch() rejects it.", nameof(request));
        }
    }
}
